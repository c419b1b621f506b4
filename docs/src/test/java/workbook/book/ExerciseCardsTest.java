package workbook.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads {@code @Exercise} annotations from source as the compiler would, and writes cards that show level 1. */
class ExerciseCardsTest {

    @TempDir
    Path root;

    private Path chapter(String test) throws IOException {
        Path chapter = root.resolve("chapters/42-answer");
        Files.createDirectories(chapter.resolve("src/test/java/workbook/ch42"));
        Files.createDirectories(chapter.resolve("src/exercise/java/workbook/ch42"));
        Files.writeString(chapter.resolve("src/exercise/java/workbook/ch42/Deep.java"), "class Deep {}");
        Files.writeString(chapter.resolve("src/test/java/workbook/ch42/DeepTest.java"), test);
        return chapter;
    }

    @Test
    void reads_levels_from_text_blocks_and_concatenated_literals() throws IOException {
        chapter("""
                package workbook.ch42;
                import workbook.support.Exercise;
                @Exercise(id = "42.1", title = "The " + "answer", stub = Deep.class, hint = {
                        \"""
                        What is six \\
                        times seven?\""",
                        "Not thirteen " + "in base ten." })
                class DeepTest { }
                """);

        List<ExerciseCards.Card> cards = ExerciseCards.read(root);

        assertThat(cards).singleElement().satisfies(card -> {
            assertThat(card.id()).isEqualTo("42.1");
            assertThat(card.title()).as("a title folded from a concatenation").isEqualTo("The answer");
            assertThat(card.testClass()).isEqualTo("DeepTest");
            assertThat(card.stubFile()).isEqualTo("src/exercise/java/workbook/ch42/Deep.java");
            assertThat(card.hint()).as("a text block's line continuation, and a concatenation, as javac folds them")
                    .containsExactly("What is six times seven?", "Not thirteen in base ten.");
        });
    }

    @Test
    void a_single_string_is_a_hint_of_one_level() throws IOException {
        chapter("""
                package workbook.ch42;
                @workbook.support.Exercise(id = "42.1", title = "t", stub = Deep.class, hint = "Only this.")
                class DeepTest { }
                """);

        assertThat(ExerciseCards.read(root)).singleElement()
                .satisfies(card -> assertThat(card.hint()).containsExactly("Only this."));
    }

    @Test
    void the_card_shows_the_file_the_check_and_the_first_level_only() {
        var card = new ExerciseCards.Card("42.1", "The answer", Path.of("chapters/42-answer"), "DeepTest",
                "src/exercise/java/workbook/ch42/Deep.java", List.of("Ask `Deep`'s {question}.", "The SECOND level."));

        String adoc = ExerciseCards.render(card);

        assertThat(adoc).contains(".Exercise 42.1", "`src/exercise/java/workbook/ch42/Deep.java`",
                "`./workbook check 42`", "`./workbook hint 42.1`");
        assertThat(adoc).as("level 1, with what AsciiDoc would misread escaped")
                .contains("*Hint:* Ask `Deep`&#8217;s \\{question}.");
        assertThat(adoc).as("the book shows level 1 only").doesNotContain("SECOND");
    }

    @Test
    void refuses_source_it_cannot_parse_with_the_file_and_line() throws IOException {
        chapter("""
                package workbook.ch42;
                @workbook.support.Exercise(id = "42.1", title = "t", stub = Deep.class, hint = { "a" "b" })
                class DeepTest { }
                """);

        assertThatThrownBy(() -> ExerciseCards.read(root)).hasMessageContaining("DeepTest.java:2");
    }

    @Test
    void refuses_a_stub_that_is_not_where_the_card_would_send_the_reader() throws IOException {
        chapter("""
                package workbook.ch42;
                @workbook.support.Exercise(id = "42.1", title = "t", stub = Shallow.class, hint = "h")
                class DeepTest { }
                """);

        assertThatThrownBy(() -> ExerciseCards.read(root)).hasMessageContaining("no stub at");
    }
}
