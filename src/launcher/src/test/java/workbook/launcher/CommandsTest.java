package workbook.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each command of the launcher, in this JVM, on a sample workbook whose Maven is a script. */
class CommandsTest {

    static final List<String> COMMANDS = List.of("list", "run", "check", "test", "hint", "reset", "watch", "jshell",
            "book", "serve", "bench");

    @TempDir
    Path root;
    Sample sample;

    @BeforeEach
    void sample() throws IOException {
        sample = new Sample(root);
    }

    @Test
    void help_names_every_command_and_each_has_its_own() {
        assertThat(sample.run("help")).isZero();
        assertThat(sample.out()).contains(COMMANDS);
        for (String command : COMMANDS) {
            assertThat(sample.run(command, "--help")).as(command + " --help").isZero();
            assertThat(sample.out()).as(command + " --help").contains("Usage: workbook " + command);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"frobnicate", "run", "list extra", "hint 9.9", "hint 1.9", "hint x", "reset x", "watch 99",
            "test 1.9", "jshell", "check 1 2", "run 1 --example Quiet extra", "run 1 --example Nope", "run 1 --example"})
    void bad_input_is_a_one_line_message_and_exit_status_2(String args) {
        assertThat(sample.run(args.split(" "))).as("./workbook " + args).isEqualTo(2);
        assertThat(sample.err()).as("./workbook " + args).startsWith("workbook: ").contains("Try ./workbook ")
                .doesNotContain("\tat ", "Exception");
        assertThat(sample.out()).as("nothing on standard output").isEmpty();
    }

    @Test
    void bad_input_says_what_was_wrong() {
        sample.run("hint", "9.9");
        assertThat(sample.err()).contains("no chapter '9'; the chapters are [1]");
        sample.run("hint", "1.9");
        assertThat(sample.err()).contains("no exercise 1.9; chapter 1 has 1.1, 1.2");
        sample.run("reset", "x");
        assertThat(sample.err()).contains("'x' is not an exercise number such as 1.2");
        sample.run("run", "1", "--example", "Quiet", "extra");
        assertThat(sample.err()).contains("Quiet takes no arguments, not extra; run it as ./workbook run 1 --example Quiet");
    }

    @Test
    void list_shows_each_example_with_how_to_run_it_and_the_exercises() {
        assertThat(sample.run("list")).isZero();
        assertThat(sample.out()).contains("01  A sample chapter   (chapters/01-sample)")
                .containsPattern("example +SampleExample +\\./workbook run 1\\n")
                .contains("./workbook run 1 --example Quiet\n", "./workbook run 1 --example Loud [WORDS...]")
                .contains("exercise  1.1 The first exercise", "exercise  1.2 The second exercise");
    }

    @Test
    void run_gives_the_example_its_arguments_and_returns_its_exit_status() {
        assertThat(sample.run("run", "1", "--bogus")).as("picocli's usage error in the example: 2").isEqualTo(2);
        assertThat(sample.run("run", "01-sample", "--example", "Loud", "-n", "3", "a")).isZero();
        assertThat(sample.run("run", "1", "--example", "SampleExample", "-n", "3")).as("the flagship by its name").isZero();
        assertThat(sample.run("run", "1", "--example", "workbook.launcher.Quiet")).as("an example by its class").isZero();
        assertThat(root.resolve("examples.log")).as("what the examples printed").content()
                .contains("Unknown option: '--bogus'", "sample ran with n=3 and [a]", "sample ran with n=3 and []", "quiet");
    }

    @Test
    void bare_workbook_says_where_the_learner_stands_and_what_is_next() throws IOException {
        assertThat(sample.run()).isZero();
        assertThat(sample.out()).contains("01  A sample chapter", "2 exercises, not checked yet",
                "Next: exercise 1.1, The first exercise", "chapters/01-sample/src/exercise/java/workbook/ch01/First.java",
                "./workbook hint 1.1", "Commands: list");

        sample.verdict("1.1", true);
        sample.verdict("1.2", false);
        assertThat(sample.run()).isZero();
        assertThat(sample.out()).contains("1/2 solved", "Next: exercise 1.2, The second exercise");

        sample.verdict("1.2", true);
        sample.run();
        assertThat(sample.out()).contains("2/2 solved", "Every exercise is solved");
    }

    @Test
    void hint_tells_one_more_level_each_time_up_to_where_the_solution_is() {
        assertThat(sample.run("hint", "1.1")).isZero();
        assertThat(sample.out()).contains("Hint 1 of 3: A nudge.", "hint 1.1 again tells more").doesNotContain("The approach");
        sample.run("hint", "1.1");
        assertThat(sample.out()).contains("Hint 1 of 3: A nudge.", "Hint 2 of 3: The approach.").doesNotContain("Hint 3");
        sample.run("hint", "1.1");
        assertThat(sample.out()).contains("Hint 3 of 3: The reference solution is "
                + "chapters/01-sample/src/solution/java/workbook/ch01/First.java", "That was the last level");
        sample.run("hint", "1.1");
        assertThat(sample.out()).as("no level after the last").contains("Hint 3 of 3").doesNotContain("Hint 4");
        assertThat(root.resolve(Hints.FILE)).as("the levels shown are kept here").content().contains("1.1=3");

        sample.run("hint", "1.2");
        assertThat(sample.out()).as("each exercise starts at its first level").contains("Hint 1 of 2: Only a nudge.");
    }

    @Test
    void check_counts_from_the_verdicts_the_self_check_wrote() throws IOException {
        sample.verdict("1.1", true); // an old verdict, which check must forget
        sample.mvnw("""
                mkdir -p chapters/01-sample/target/workbook-check
                echo '  [ ] 1.1 The first exercise' > chapters/01-sample/target/workbook-check.txt
                echo '{"id": "1.1", "title": "The first exercise", "test": "T", "passed": 1, "total": 2, "solved": false}' \\
                  > chapters/01-sample/target/workbook-check/1.1.json
                echo '{"id": "1.2", "title": "The second exercise", "test": "T", "passed": 2, "total": 2, "solved": true}' \\
                  > chapters/01-sample/target/workbook-check/1.2.json""");
        assertThat(sample.run("check", "1")).isZero();
        assertThat(sample.out()).contains("Chapter 01  A sample chapter", "  [ ] 1.1 The first exercise", "1/2 exercises solved");
        assertThat(root.resolve("mvnw.log")).content()
                .contains("-pl chapters/01-sample -am test -Dworkbook.check=true", "-Dtest=workbook/ch01/**");

        sample.mvnw("echo '[ERROR] /x/First.java:[3,5] class, interface, enum, or record expected'; exit 1");
        assertThat(sample.run("check")).as("code that does not compile").isEqualTo(1);
        assertThat(sample.out()).contains("does not compile", "[ERROR] /x/First.java:[3,5]");
    }

    @Test
    void test_runs_one_exercise_test_class_and_says_whether_it_is_solved() throws IOException {
        sample.mvnw("""
                mkdir -p chapters/01-sample/target/workbook-check
                echo '{"id": "1.2", "title": "The second exercise", "test": "T", "passed": 2, "total": 2, "solved": true}' \\
                  > chapters/01-sample/target/workbook-check/1.2.json""");
        assertThat(sample.run("test", "1.2")).isZero();
        assertThat(sample.out()).contains("Exercise 1.2: 2/2 tests pass, solved.");
        assertThat(root.resolve("mvnw.log")).content().contains("-Dtest=workbook.ch01.SecondTest");

        sample.mvnw("exit 1");
        assertThat(sample.run("test", "1.1")).as("no verdict: the code did not compile").isEqualTo(1);
        assertThat(sample.out()).contains("does not compile");
    }
}
