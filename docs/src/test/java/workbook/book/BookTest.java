package workbook.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the rendered book: it must be whole, quote real code, and read offline. */
class BookTest {

    static String html;

    @BeforeAll
    static void read() throws IOException {
        Path book = Path.of(System.getProperty("workbook.book", "target/book/index.html"));
        assertThat(book).as("the rendered book (built in generate-resources)").exists();
        html = Files.readString(book);
    }

    @Test
    void has_a_table_of_contents_with_every_chapter() throws IOException {
        assertThat(html).contains("id=\"toc\"");
        try (var chapters = Files.list(Path.of(System.getProperty("user.dir"), "..", "chapters"))) {
            for (Path chapter : chapters.filter(c -> Files.exists(c.resolve("README.adoc"))).toList()) {
                String title = Files.readAllLines(chapter.resolve("README.adoc")).getFirst().substring(2).strip();
                assertThat(html).as("the book holds %s", chapter.getFileName()).contains(title);
            }
        }
    }

    @Test
    void quotes_highlighted_code_from_the_sources() {
        assertThat(html).as("a listing quoted by tag from Flags2Sequential.java").contains("downloadOne");
        assertThat(html).as("rouge highlighting").contains("class=\"rouge highlight\"");
        assertThat(html).as("no include left unresolved").doesNotContain("Unresolved directive");
        Matcher leftover = Pattern.compile("<pre[^>]*>(?:(?!</pre>).)*?(tag|end)::[\\w-]+\\[\\]", Pattern.DOTALL).matcher(html);
        assertThat(leftover.find()).as("a listing that shows a tag marker: was a tag misspelt?").isFalse();
    }

    @Test
    void java_listings_start_at_the_left_margin() {
        Matcher listing = Pattern.compile("<code[^>]*data-lang=\"java\"[^>]*>(.*?)</code>", Pattern.DOTALL).matcher(html);
        int listings = 0;
        List<String> indented = new ArrayList<>();
        while (listing.find()) {
            listings++;
            String code = listing.group(1).replaceAll("<[^>]+>", "");
            int least = code.lines().filter(line -> !line.isBlank())
                    .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
            if (least > 0) {
                indented.add(code.lines().filter(line -> !line.isBlank()).findFirst().orElseThrow().strip());
            }
        }
        assertThat(listings).as("Java listings in the book").isGreaterThan(100);
        assertThat(indented).as("listings that keep their class's indentation (include the tag with indent=0), "
                + "by their first line").isEmpty();
    }

    @Test
    void python_names_with_double_underscores_render_as_written() {
        assertThat(html).as("__pycache__ in monospace, not an italic \"pycache\"").contains("<code>__pycache__</code>")
                .doesNotContain("<em>pycache</em>");
    }

    @Test
    void loads_nothing_from_the_network() {
        List<String> remote = Pattern.compile("<(link|script|img)[^>]+(href|src)=\"(https?:)?//[^\"]+\"")
                .matcher(html).results().map(MatchResult::group).toList();
        assertThat(remote).as("stylesheets, scripts or images from the network").isEmpty();
        assertThat(html.replaceAll("(?s)/\\*.*?\\*/", "")).as("no @import of web fonts outside comments")
                .doesNotContain("@import");
    }
}
