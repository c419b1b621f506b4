package workbook.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof, proven: a made-up chapter whose exercise test class has one good test and one of each
 * defect the proof exists to catch.
 */
class ExerciseProofSelfTest {

    private static final String STUB = """
            package fixture;
            public class Twice {
                public static int of(int x) {
                    // TODO
                    throw new UnsupportedOperationException("Exercise 9.1 is not solved yet");
                }
            }
            """;
    private static final String SOLUTION = """
            package fixture;
            public class Twice {
                public static int of(int x) {
                    return 2 * x;
                }
            }
            """;
    private static final String TEST = """
            package fixture;
            import static org.junit.jupiter.api.Assertions.assertEquals;
            import org.junit.jupiter.api.*;
            import workbook.support.Exercise;
            @Exercise(id = "9.1", title = "Twice", stub = Twice.class, hint = "Multiply by two.")
            class TwiceTest {
                @Test void good() { assertEquals(6, Twice.of(3), "twice three is six, not three squared"); }
                @Test void cannotFail() { assertEquals(4, 2 + 2); }
                @Test void cannotPass() { assertEquals(5, Twice.of(2)); }
                @Disabled @Test void disabled() { assertEquals(4, Twice.of(2)); }
            }
            """;

    @TempDir
    static Path dir;
    static Path stubs;
    static Path solutions;
    static Path tests;

    @BeforeAll
    static void compileTheFixture() throws IOException, URISyntaxException {
        stubs = compile("stubs", STUB, "Twice.java", null);
        solutions = compile("solutions", SOLUTION, "Twice.java", null);
        tests = compile("tests", TEST, "TwiceTest.java", stubs);
    }

    @Test
    void finds_the_exercise_test_classes() {
        assertThat(ExerciseRun.exerciseClassNames(tests, stubs)).containsExactly("fixture.TwiceTest");
    }

    @Test
    void passes_a_good_test_and_names_each_defect() {
        List<String> classes = ExerciseRun.exerciseClassNames(tests, stubs);
        Map<String, ExerciseRun.Outcome> onStubs = ExerciseRun.run(tests, stubs, classes);
        Map<String, ExerciseRun.Outcome> onSolutions = ExerciseRun.run(tests, solutions, classes);
        Map<String, String> verdicts = onStubs.keySet().stream().collect(Collectors.toMap(
                id -> onStubs.get(id).name().replaceAll(".*> ", "").replace("()", ""),
                id -> String.join("; ", ExerciseProofTest.problems(onStubs.get(id), onSolutions.get(id)))));

        assertThat(verdicts).as("one verdict per test method").hasSize(4);
        assertThat(verdicts.get("good")).as("fails on the stub, passes on the solution").isEmpty();
        assertThat(verdicts.get("cannotFail")).startsWith("must FAIL on the stub but was SUCCESSFUL");
        assertThat(verdicts.get("cannotPass")).startsWith("must PASS on the solution but was FAILED");
        assertThat(verdicts.get("disabled")).contains("must FAIL on the stub but was SKIPPED");
    }

    private static final String HANGING_TEST = """
            package fixture;
            import org.junit.jupiter.api.*;
            import workbook.support.Exercise;
            @Exercise(id = "9.2", title = "Hangs", stub = Twice.class, hint = "Do not wait forever.")
            class HangingTest {
                @Test void waits_forever() throws Exception { new java.util.concurrent.CountDownLatch(1).await(); }
                @Test void also_waits() throws Exception { new java.util.concurrent.CountDownLatch(1).await(); }
            }
            """;

    @Test
    void a_known_mistake_must_fail_the_test_its_header_names_with_the_words_it_promises(@TempDir Path root)
            throws IOException {
        List<String> classes = List.of("fixture.TwiceTest");
        String squared = "package fixture;\npublic class Twice { public static int of(int x) { return x * x; } }\n";
        Map<String, String> verdicts = new java.util.TreeMap<>();
        for (String[] m : List.of(
                new String[] {"squared", "TwiceTest#good", "three squared", squared},
                new String[] {"wrong-test", "TwiceTest#cannotFail", "three squared", squared},
                new String[] {"wrong-words", "TwiceTest#good", "off by one", squared},
                new String[] {"harmless", "TwiceTest#good", "x", SOLUTION})) {
            Path file = Files.createDirectories(root.resolve(m[0] + "/java/fixture")).resolve("Twice.java");
            Files.writeString(file, "// Mistake: " + m[0] + "\n// Caught by: " + m[1] + "\n// Says: " + m[2] + "\n" + m[3]);
        }
        for (Mistakes.Mistake mistake : Mistakes.find(root)) {
            assertThat(mistake.classNames()).containsExactly("fixture.Twice");
            Path out = Mistakes.compile(mistake, dir.resolve("mistakes/" + mistake.name()), List.of(solutions,
                    classpathOf(Exercise.class), classpathOf(org.junit.jupiter.api.Test.class)));
            Map<String, ExerciseRun.Outcome> outcomes = new java.util.HashMap<>(ExerciseRun.run(classes, tests, out, solutions));
            outcomes.values().removeIf(o -> o.method().equals("cannotPass")); // it fails on anything
            verdicts.put(mistake.name(), String.valueOf(ExerciseProofTest.problem(mistake, classes, outcomes)));
        }
        assertThat(verdicts.get("squared")).as("caught as its header says").isEqualTo("null");
        assertThat(verdicts.get("wrong-test")).contains("is caught by", "not by TwiceTest#cannotFail");
        assertThat(verdicts.get("wrong-words")).contains("does not say \"off by one\"");
        assertThat(verdicts.get("harmless")).contains("passes every test", "self-check would call it solved");
    }

    @Test
    void a_mistake_with_no_header_is_refused_by_name(@TempDir Path root) throws IOException {
        Path file = Files.createDirectories(root.resolve("nameless/java/fixture")).resolve("Twice.java");
        Files.writeString(file, SOLUTION);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Mistakes.find(root))
                .hasMessageContaining("mistake nameless").hasMessageContaining("// Caught by:");
    }

    @Test
    void a_test_that_hangs_fails_within_its_limit_and_says_where_it_waited() throws Exception {
        Path hanging = compile("hanging-tests", HANGING_TEST, "HangingTest.java", stubs);
        System.setProperty("workbook.test.limit.seconds", "1");
        try {
            long start = System.nanoTime();
            Map<String, ExerciseRun.Outcome> outcomes = ExerciseRun.run(List.of("fixture.HangingTest"), hanging, solutions);
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - start))
                    .as("two hanging tests, each ended by the guard").isLessThan(java.time.Duration.ofSeconds(20));
            assertThat(outcomes.values()).filteredOn(o -> !o.isClassLevel()).hasSize(2).allSatisfy(o -> {
                assertThat(o.status()).isEqualTo(org.junit.platform.engine.TestExecutionResult.Status.FAILED);
                assertThat(o.message()).contains("did not finish within 1 s", "CountDownLatch.await",
                        "fixture.HangingTest");
            });
        } finally {
            System.clearProperty("workbook.test.limit.seconds");
        }
    }

    private static String classpathOfString(Class<?> c) throws URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static Path classpathOf(Class<?> c) {
        try {
            return Path.of(classpathOfString(c));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path compile(String name, String source, String file, Path classpathExtra)
            throws IOException, URISyntaxException {
        Path src = Files.createDirectories(dir.resolve(name + "-src/fixture")).resolve(file);
        Files.writeString(src, source);
        Path out = Files.createDirectories(dir.resolve(name));
        List<String> classpath = new ArrayList<>();
        for (Class<?> c : List.of(Exercise.class, org.junit.jupiter.api.Test.class,
                org.apiguardian.api.API.class, org.opentest4j.AssertionFailedError.class)) {
            classpath.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        if (classpathExtra != null) {
            classpath.add(classpathExtra.toString());
        }
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", out.toString(),
                "-cp", String.join(java.io.File.pathSeparator, classpath), src.toString());
        assertThat(status).as("javac on the fixture %s", file).isZero();
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(f -> f.toString().endsWith(".class"))).isNotEmpty();
        }
        return out;
    }
}
