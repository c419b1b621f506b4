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
    void shows_each_exercise_as_a_card_with_the_first_hint_level_only() throws IOException {
        List<ExerciseCards.Card> cards = ExerciseCards.read(Path.of(System.getProperty("user.dir"), ".."));
        assertThat(cards).as("the chapters' exercises").isNotEmpty();
        for (ExerciseCards.Card card : cards) {
            Matcher m = Pattern.compile("<div class=\"title\">Exercise " + Pattern.quote(card.id())
                    + "</div>(.*?)</div>\\s*</div>", Pattern.DOTALL).matcher(html);
            assertThat(m.find()).as("the card of exercise %s: does its chapter include {generated}/exercises/%s.adoc?",
                    card.id(), card.id()).isTrue();
            String text = text(m.group(1));
            assertThat(text).as("card %s names the file to edit", card.id()).contains(card.stubFile());
            assertThat(text).as("card %s shows hint level 1, and no more", card.id())
                    .contains("Hint: " + plain(card.hint().getFirst()) + " ./workbook hint " + card.id());
            assertThat(text).as("card %s: a backtick AsciiDoc did not turn into code", card.id()).doesNotContain("`");
            assertThat(m.find()).as("exercise %s has one card", card.id()).isFalse();
        }
    }

    @Test
    void every_exercise_hint_has_a_nudge_and_an_approach() throws IOException {
        for (ExerciseCards.Card card : ExerciseCards.read(Path.of(System.getProperty("user.dir"), ".."))) {
            assertThat(card.hint()).as("the hint levels of exercise %s (a nudge, then the approach)", card.id())
                    .hasSizeGreaterThanOrEqualTo(2).allSatisfy(level -> assertThat(level).isNotBlank());
        }
    }

    @Test
    void quotes_no_exercise_annotation() {
        assertThat(html).as("a listing of an @Exercise annotation shows every hint level: include the card instead")
                .doesNotContain("<span class=\"nd\">@Exercise</span>");
    }

    /** What a reader sees of some HTML: no tags, entities resolved, one space between words. */
    private static String text(String html) {
        String text = html.replaceAll("<[^>]+>", "").replace("&#8217;", "'").replace("&#34;", "\"")
                .replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return text.replaceAll("\\s+", " ").strip();
    }

    /** A hint as the terminal shows it, as a reader of the book sees it: no backticks, one space between words. */
    private static String plain(String hint) {
        return hint.replace("`", "").replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
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
