package workbook.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
 * that passes on the stub teaches nothing, and one that fails on the solution cannot be passed. A test
 * class that fails as a whole on the solution (a leak found after its tests) is a verdict of its own.
 *
 * <p>The chapter's {@linkplain Mistakes known mistakes} ({@code workbook.proof.mistakes}, its
 * {@code src/known-wrong-mistakes}) are proven the other way: each must fail the test its header names, with a
 * message that says what the mistake is. A known mistake that passes would turn a learner's self-check
 * green on a wrong answer.
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
        List<DynamicTest> verdicts = new ArrayList<>();
        for (String id : ids) {
            ExerciseRun.Outcome stub = onStubs.get(id);
            ExerciseRun.Outcome solution = onSolutions.get(id);
            ExerciseRun.Outcome any = Objects.requireNonNullElse(stub, solution);
            if (any.isClassLevel()) {
                // a class that fails as a whole on its stub (a stub that leaks) is the learner's to fix
                if (solution != null) {
                    verdicts.add(DynamicTest.dynamicTest(any.name() + " (the class as a whole)", () -> fail(
                            any.name() + ": must finish cleanly on the solution but failed as a whole: "
                                    + solution.message())));
                }
                continue;
            }
            verdicts.add(DynamicTest.dynamicTest(any.name(), () -> {
                List<String> problems = problems(stub, solution);
                if (!problems.isEmpty()) {
                    fail(any.name() + ": " + String.join("; ", problems));
                }
            }));
        }
        return verdicts.stream();
    }

    @TestFactory
    @DisplayName("every known mistake fails a test whose message names it")
    Stream<DynamicTest> everyKnownMistakeFailsATestThatNamesIt() {
        Path tests = folder("workbook.proof.tests");
        Path stubs = folder("workbook.proof.stubs");
        Path solutions = folder("workbook.proof.solutions");
        String root = System.getProperty("workbook.proof.mistakes", "");
        Assumptions.assumeTrue(!root.isBlank() && Files.isDirectory(Path.of(root)),
                "this chapter has no known mistakes (src/known-wrong-mistakes)");
        Path compiled = solutions.resolveSibling("mistake-classes");
        List<Path> classpath = new ArrayList<>(List.of(solutions));
        classpath.addAll(Mistakes.testClasspath());

        Map<String, List<String>> testsByStub = new TreeMap<>();
        List<String> classes = ExerciseRun.exerciseClassNames(tests, stubs);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {url(tests), url(stubs)},
                ExerciseProofTest.class.getClassLoader())) {
            for (String name : classes) {
                Exercise exercise = Class.forName(name, false, loader).getAnnotation(Exercise.class);
                if (exercise != null) {
                    testsByStub.computeIfAbsent(exercise.stub().getName(), k -> new ArrayList<>()).add(name);
                }
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }

        return Mistakes.find(Path.of(root)).stream().map(mistake -> DynamicTest.dynamicTest(
                mistake.name() + ": " + mistake.description(), () -> {
                    List<String> testClasses = mistake.classNames().stream()
                            .flatMap(c -> testsByStub.getOrDefault(c, List.of()).stream()).distinct().toList();
                    if (testClasses.isEmpty()) {
                        fail("mistake " + mistake.name() + " holds " + mistake.classNames()
                                + ", which no @Exercise(stub = ...) names: which exercise does it get wrong?");
                    }
                    Path out = Mistakes.compile(mistake, compiled.resolve(mistake.name()), classpath);
                    // the test its header names is enough to prove it caught; all of them, to say which do
                    List<String> named = testClasses.stream()
                            .filter(c -> c.substring(c.lastIndexOf('.') + 1).equals(mistake.caughtByClass())).toList();
                    boolean forked = testClasses.stream().anyMatch(c -> ForkedRun.needed(tests, c));
                    Map<String, ExerciseRun.Outcome> outcomes = named.isEmpty() ? Map.of()
                            : run(forked && ForkedRun.modelChecks(mistake.caughtByMethod()), named,
                                    mistake.caughtByMethod(), tests, out, solutions);
                    if (problem(mistake, testClasses, outcomes) != null) {
                        outcomes = run(forked, testClasses, "", tests, out, solutions);
                    }
                    String problem = problem(mistake, testClasses, outcomes);
                    if (problem != null) {
                        fail(problem);
                    }
                    System.out.println("known mistake " + mistake.name() + " caught by " + caughtBy(outcomes));
                }));
    }

    /** What is wrong with how the tests met a known mistake, or null if they caught it as its header says. */
    static String problem(Mistakes.Mistake mistake, List<String> testClasses, Map<String, ExerciseRun.Outcome> outcomes) {
        List<ExerciseRun.Outcome> failed = outcomes.values().stream().filter(o -> o.status() == Status.FAILED).toList();
        if (failed.isEmpty()) {
            return "known mistake " + mistake.name() + " (" + mistake.description() + ") passes every test of "
                    + testClasses + ": the self-check would call it solved. A test must catch it.";
        }
        ExerciseRun.Outcome named = failed.stream().filter(mistake::namedBy).findFirst().orElse(null);
        if (named == null) {
            return "mistake " + mistake.name() + " is caught by " + caughtBy(outcomes) + ", but not by "
                    + mistake.caughtByClass() + (mistake.caughtByMethod().isEmpty() ? "" : "#" + mistake.caughtByMethod())
                    + " as its header says";
        }
        if (!mistake.isSaidBy(named.message())) {
            return "mistake " + mistake.name() + " is caught by " + named.name() + ", whose message does not say \""
                    + mistake.says() + "\" (it says: " + abbreviate(named.message())
                    + "). A learner should read what the mistake is.";
        }
        return null;
    }

    private static String caughtBy(Map<String, ExerciseRun.Outcome> outcomes) {
        return outcomes.values().stream().filter(o -> o.status() == Status.FAILED)
                .map(o -> o.isClassLevel() ? o.testClass() + " (as a whole)" : o.name())
                .collect(Collectors.joining(", "));
    }

    /** Runs in this JVM, or, for tests that rewrite the classes they check (Lincheck), in one of its own. */
    private static Map<String, ExerciseRun.Outcome> run(boolean forked, List<String> classes, String method,
                                                        Path tests, Path mistake, Path solutions) throws Exception {
        return forked ? ForkedRun.run(classes, method, Mistakes.testClasspath(), tests, mistake, solutions)
                : ExerciseRun.run(classes, method, tests, mistake, solutions);
    }

    private static String abbreviate(String message) {
        String oneLine = message.replaceAll("\\s+", " ");
        return oneLine.length() <= 400 ? oneLine : oneLine.substring(0, 400) + "...";
    }

    private static URL url(Path folder) {
        try {
            return folder.toUri().toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
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
