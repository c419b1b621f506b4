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
                @Test void good() { assertEquals(4, Twice.of(2)); }
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
