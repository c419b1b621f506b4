package workbook.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./workbook reset N.M} in a sample workbook that git keeps, as a clone is. */
class ResetTest {

    @TempDir
    Path root;
    Sample sample;
    Path first;

    @BeforeEach
    void aClone() throws Exception {
        sample = new Sample(root);
        first = sample.chapter.resolve("src/exercise/java/workbook/ch01/First.java");
        git("init", "-q");
        git("add", "chapters");
        git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "the stubs");
        sample.builtNow();
    }

    private void git(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", root.toString()));
        command.addAll(List.of(args));
        Process git = new ProcessBuilder(command).inheritIO().start();
        assertThat(git.waitFor(30, TimeUnit.SECONDS)).as("git " + String.join(" ", args) + " ends within 30 s").isTrue();
        assertThat(git.exitValue()).as("git " + String.join(" ", args)).isZero();
    }

    @Test
    void reset_puts_the_stub_back_and_keeps_the_learners_version_where_it_says() throws IOException {
        String stub = Files.readString(first);
        Files.writeString(first, "package workbook.ch01;\nclass First {\n    int answer = 42;\n}\n");

        assertThat(sample.run("reset", "1.1")).isZero();

        assertThat(first).as("the stub is back").hasContent(stub);
        String said = sample.out();
        assertThat(said).contains("Your version is kept in .workbook/backups/1.1-", "First.java is the stub again");
        Path backup = root.resolve(said.substring(said.indexOf(".workbook/"), said.indexOf('\n')).strip());
        assertThat(backup).as("the learner's version, at the path reset printed").content().contains("int answer = 42;");
    }

    @Test
    void reset_of_a_stub_changes_nothing_and_keeps_nothing() throws IOException {
        assertThat(sample.run("reset", "1.1")).isZero();
        assertThat(sample.out()).contains("is the stub already");
        assertThat(root.resolve(Stubs.BACKUPS)).as("nothing to keep").doesNotExist();
    }

    @Test
    void two_resets_keep_two_versions() throws IOException {
        Files.writeString(first, "// one\n");
        sample.run("reset", "1.1");
        Files.writeString(first, "// two\n");
        sample.run("reset", "1.1");
        try (var kept = Files.list(root.resolve(Stubs.BACKUPS))) {
            assertThat(kept.map(d -> d.resolve("First.java")).map(ResetTest::read).toList())
                    .as("no backup overwrites another").containsExactlyInAnyOrder("// one\n", "// two\n");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
