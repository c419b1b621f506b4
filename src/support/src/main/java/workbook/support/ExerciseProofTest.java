package workbook.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.engine.TestExecutionResult.Status;

/**
 * Proves, test method by test method, that a chapter's exercise tests fail on the stubs and pass on the
 * reference solutions, and that every stub has its exercise test class.
 *
 * <p>A chapter's build scans this class from {@code workbook-support} (Surefire's
 * {@code dependenciesToScan}) and tells it where its classes are through four system properties:
 * {@code workbook.proof.tests}, {@code workbook.proof.stubs}, {@code workbook.proof.solutions} and
 * {@code workbook.proof.exerciseSources} (the stubs' sources). Every exercise test becomes one dynamic
 * test here; it fails with a message such as {@code must FAIL on the stub but was SUCCESSFUL}. A test
 * that passes on the stub teaches nothing, and one that fails on the solution cannot be passed.
 */
@DisplayName("Exercise proof")
class ExerciseProofTest {

    @TestFactory
    @DisplayName("every exercise test fails on its stub and passes on its solution")
    Stream<DynamicTest> everyExerciseTestFailsOnTheStubAndPassesOnTheSolution() {
        Path tests = folder("workbook.proof.tests");
        Path stubs = folder("workbook.proof.stubs");
        Path solutions = folder("workbook.proof.solutions");

        List<String> classes = ExerciseRun.exerciseClassNames(tests, stubs);
        assertFalse(classes.isEmpty(), "A chapter with src/exercise/java must have @Exercise test classes in " + tests);
        Map<String, ExerciseRun.Outcome> onStubs = ExerciseRun.run(tests, stubs, classes);
        Map<String, ExerciseRun.Outcome> onSolutions = ExerciseRun.run(tests, solutions, classes);

        TreeSet<String> ids = new TreeSet<>(onStubs.keySet());
        ids.addAll(onSolutions.keySet());
        assertFalse(ids.isEmpty(), "No exercise test ran in " + classes);
        return ids.stream().map(id -> {
            ExerciseRun.Outcome stub = onStubs.get(id);
            ExerciseRun.Outcome solution = onSolutions.get(id);
            String name = Objects.requireNonNullElse(stub, solution).name();
            return DynamicTest.dynamicTest(name, () -> {
                List<String> problems = problems(stub, solution);
                if (!problems.isEmpty()) {
                    fail(name + ": " + String.join("; ", problems));
                }
            });
        });
    }

    @Test
    @DisplayName("every stub in src/exercise/java has an @Exercise test class")
    void everyStubHasItsExerciseTest() throws Exception {
        Path tests = folder("workbook.proof.tests");
        Path stubs = folder("workbook.proof.stubs");
        Path sources = folder("workbook.proof.exerciseSources");
        Set<String> tested = new TreeSet<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {tests.toUri().toURL(), stubs.toUri().toURL()},
                ExerciseProofTest.class.getClassLoader())) {
            for (String name : ExerciseRun.exerciseClassNames(tests, stubs)) {
                Exercise exercise = Class.forName(name, false, loader).getAnnotation(Exercise.class);
                if (exercise != null) {
                    tested.add(exercise.stub().getName());
                }
            }
        }
        List<String> untested;
        try (Stream<Path> files = Files.walk(sources)) {
            untested = files.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> sources.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "."))
                    .map(f -> f.substring(0, f.length() - ".java".length()))
                    .filter(stub -> !tested.contains(stub))
                    .sorted().toList();
        }
        if (!untested.isEmpty()) {
            fail("No @Exercise test class names these stubs (stub = X.class): " + untested
                    + ". Each exercise needs its test class, annotated @Exercise, or the self-check cannot see it.");
        }
    }

    /** What is wrong with one exercise test, given its outcomes on the stub and on the solution; empty if nothing. */
    static List<String> problems(ExerciseRun.Outcome onStub, ExerciseRun.Outcome onSolution) {
        return Stream.of(problem("stub", onStub, Status.FAILED), problem("solution", onSolution, Status.SUCCESSFUL))
                .flatMap(Optional::stream).toList();
    }

    private static Optional<String> problem(String side, ExerciseRun.Outcome outcome, Status expected) {
        if (outcome == null) {
            return Optional.of("did not run on the " + side + " (a different set of tests was discovered)");
        }
        if (outcome.status() == expected) {
            return Optional.empty();
        }
        String got = outcome.status() == null ? "SKIPPED" : outcome.status().name();
        String detail = outcome.why().isEmpty() ? "" : " (" + outcome.why() + ")";
        return Optional.of("must " + (expected == Status.FAILED ? "FAIL" : "PASS") + " on the " + side
                + " but was " + got + detail);
    }

    private static Path folder(String property) {
        String value = System.getProperty(property);
        Assumptions.assumeTrue(value != null && !value.isBlank(),
                "not in a chapter build (" + property + " is not set)");
        Path folder = Path.of(value);
        if (!Files.isDirectory(folder)) {
            fail(property + " names " + folder + ", which does not exist: was the chapter compiled?");
        }
        return folder;
    }
}
