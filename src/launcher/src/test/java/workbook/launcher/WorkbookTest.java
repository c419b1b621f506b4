package workbook.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher against the workbook it lives in. */
class WorkbookTest {

    private final Workbook workbook = new Workbook(Path.of(System.getProperty("user.dir"), "..", "..").normalize());

    @Test
    void finds_a_chapter_by_number_or_folder_name() throws IOException {
        assertThat(workbook.chapter("1").name()).isEqualTo("01-flags");
        assertThat(workbook.chapter("01").name()).isEqualTo("01-flags");
        assertThat(workbook.chapter("01-flags").title()).isEqualTo("The flags problem");
    }

    @Test
    void an_unknown_chapter_is_a_usage_error_naming_the_chapters() {
        assertThatThrownBy(() -> workbook.chapter("99")).isInstanceOf(Workbook.UsageException.class)
                .hasMessageContaining("no chapter '99'").hasMessageContaining("1");
        assertThatThrownBy(() -> workbook.execute(List.of("frobnicate")))
                .isInstanceOf(Workbook.UsageException.class).hasMessageContaining("unknown command");
        assertThatThrownBy(() -> workbook.execute(List.of("run")))
                .isInstanceOf(Workbook.UsageException.class).hasMessageContaining("chapter number");
        assertThatThrownBy(() -> workbook.execute(List.of("list", "extra")))
                .isInstanceOf(Workbook.UsageException.class).hasMessage("list takes no arguments, not extra");
    }

    @Test
    void lists_examples_with_the_flagship_and_the_exercises_in_order() throws IOException {
        Workbook.Chapter first = workbook.chapter("1");
        assertThat(Workbook.flagship(first)).contains("workbook.ch01.Flags2Sequential");
        assertThat(Workbook.examples(first)).contains("workbook.ch01.Flags", "workbook.ch01.Flags2Sequential");
        assertThat(Workbook.exercises(first)).first().asString().startsWith("1.1 ");
        assertThat(workbook.list()).contains("./workbook run 1", "exercise  1.2 ");
    }

    @Test
    void a_main_method_shown_in_a_javadoc_is_no_example(@TempDir Path dir) throws IOException {
        Workbook.Chapter chapter = sample(dir, "Shown", "/**\n * <pre>{@code\n * public static void main(String[] args) {\n * }\n * }</pre>\n */");
        Files.writeString(dir.resolve("src/main/java/workbook/ch99/Runs.java"),
                "package workbook.ch99;\nfinal class Runs {\n    public static void main(String[] args) {\n    }\n}\n");
        assertThat(Workbook.examples(chapter)).as("a main method shown in a javadoc is no example")
                .containsExactly("workbook.ch99.Runs");
    }

    /** A chapter 99 in {@code dir} with one class, {@code name}, under the javadoc {@code doc}. */
    private static Workbook.Chapter sample(Path dir, String name, String doc) throws IOException {
        Path source = Files.createDirectories(dir.resolve("src/main/java/workbook/ch99")).resolve(name + ".java");
        Files.writeString(source, "package workbook.ch99;\n" + doc + "\nfinal class " + name + " {\n}\n");
        return new Workbook.Chapter(dir, 99, "A sample");
    }

    @Test
    void an_example_whose_usage_shows_no_arguments_refuses_them(@TempDir Path dir) throws IOException {
        Workbook.Chapter seventh = workbook.chapter("7");
        assertThat(Workbook.takesNoArguments(seventh, "workbook.ch07.ResultAndExceptionFromWorker")).as("./workbook run 7 --example ResultAndExceptionFromWorker").isTrue();
        assertThat(Workbook.takesNoArguments(seventh, "workbook.ch07.PrimesInProcesses")).as("its usage has no --example").isFalse();
        assertThat(Workbook.takesNoArguments(workbook.chapter("3"), "workbook.ch03.DemoExecutorMap"))
                .as("one usage line without arguments, one with").isFalse();
        Workbook.Chapter sample = sample(Files.createTempDirectory(dir, "ch99"), "Probe",
                "/**\n * ./workbook run 99 --example Probe           # embedded server\n"
                        + " * ./workbook run 99 --example Probe http://127.0.0.1:8001/flags\n */");
        assertThat(Workbook.takesNoArguments(sample, "workbook.ch99.Probe")).as("a # comment is no argument, a URL is").isFalse();
        assertThatThrownBy(() -> workbook.execute(List.of("run", "7", "--example", "ResultAndExceptionFromWorker", "extra")))
                .isInstanceOf(Workbook.UsageException.class)
                .hasMessage("ResultAndExceptionFromWorker takes no arguments, not extra; run it as ./workbook run 7 --example ResultAndExceptionFromWorker");
    }

    @Test
    void a_cache_a_jvm_writes_is_there_whole_or_not_at_all(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("workbook.aot");
        Path part = dir.resolve("workbook.aot.part");
        Workbook.writeWhole(cache, dir.resolve("log"), file -> List.of("sh", "-c", "echo half > '" + file + "'; exit 1"));
        assertThat(cache).as("a writer that failed leaves no cache").doesNotExist();
        assertThat(part).as("... and no part of one").doesNotExist();
        Workbook.writeWhole(cache, dir.resolve("log"), file -> List.of("sh", "-c", "echo whole > '" + file + "'"));
        assertThat(cache).as("a writer that succeeded").hasContent("whole");
        assertThat(part).doesNotExist();
    }

    @Test
    void reads_a_modules_jvm_options_and_its_wish_for_an_ahead_of_time_cache(@TempDir Path module) throws IOException {
        Files.writeString(module.resolve("pom.xml"), """
                <project><properties>
                  <workbook.jvmArgs> -XX:TieredStopAtLevel=1   -XX:+UseSerialGC </workbook.jvmArgs>
                  <workbook.aot>true</workbook.aot>
                </properties></project>""");
        assertThat(Workbook.jvmOptions(module)).containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        assertThat(Workbook.aheadOfTime(module)).as("a cache where the JDK can make one: 24 and newer")
                .isEqualTo(Runtime.version().feature() >= 24);
        assertThat(Workbook.pomProperty(module, "workbook.main")).as("a property it does not have").isEmpty();

        Files.writeString(module.resolve("pom.xml"), "<project><properties/></project>");
        assertThat(Workbook.jvmOptions(module)).isEmpty();
        assertThat(Workbook.aheadOfTime(module)).isFalse();
    }

    @Test
    void chapter_05_runs_with_an_ahead_of_time_cache_and_chapter_07_without() throws IOException {
        assertThat(Workbook.pomProperty(workbook.chapter("5").dir(), "workbook.aot")).isEqualTo("true");
        // its workers inherit the class-data archive of the JVM that starts them, which a cache is not
        assertThat(Workbook.pomProperty(workbook.chapter("7").dir(), "workbook.aot")).isEmpty();
    }

    @Test
    void a_run_that_prints_only_its_usage_does_not_train_a_cache() {
        assertThat(Workbook.onlyUsage(List.of("--help"))).isTrue();
        assertThat(Workbook.onlyUsage(List.of("-s", "DELAY", "-V"))).isTrue();
        assertThat(Workbook.onlyUsage(List.of("-s", "DELAY", "-m", "20"))).isFalse();
        assertThat(Workbook.onlyUsage(List.of())).isFalse();
    }

    @Test
    void orders_exercise_numbers_as_numbers() {
        assertThat(Workbook.compareIds("3.10", "3.9")).isPositive();
        assertThat(Workbook.compareIds("2.1", "10.1")).isNegative();
    }
}
