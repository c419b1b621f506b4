package workbook.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes the learner's self-check report: each exercise's state and the first level of the hint for the
 * first unsolved one, for a person, and each exercise's verdict as JSON, for the launcher.
 *
 * <p>Registered as a JUnit Platform listener through {@code META-INF/services}, it stays silent unless
 * the system property {@code workbook.check} is {@code true}, which {@code ./workbook check} sets. It
 * then writes, in the module being tested, {@code target/workbook-check.txt}, which the launcher prints
 * as it is, and one {@code target/workbook-check/ID.json} per exercise that ran, such as
 * <pre>{"id": "1.2", "title": "Fetch one flag", "test": "workbook.ch01.FlagFetcherTest", "passed": 3, "total": 5, "solved": false}</pre>
 * which is all the launcher reads of a check: how many are solved, and where the learner stands.
 */
public final class CheckReport implements TestExecutionListener {

    /** The report file, relative to the module Surefire runs in. */
    public static final Path REPORT = Path.of("target", "workbook-check.txt");

    /** The folder of the verdicts, one {@code ID.json} per exercise, relative to the module Surefire runs in. */
    public static final Path VERDICTS = Path.of("target", "workbook-check");

    /** How many failing tests the report shows for the next exercise, and how many lines of each. */
    private static final int FAILURES_SHOWN = 3;
    private static final int LINES_SHOWN = 8;

    private static final class Tally {
        final Class<?> type;
        final Exercise exercise;
        int passed;
        int total;
        /** Failing tests by their message: a stub fails every test with the same one. */
        final Map<String, List<String>> failures = new LinkedHashMap<>();
        String classFailure;

        Tally(Class<?> type, Exercise exercise) {
            this.type = type;
            this.exercise = exercise;
        }

        boolean solved() {
            return total > 0 && passed == total && classFailure == null;
        }
    }

    private final boolean active = Boolean.getBoolean("workbook.check");
    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (!active) {
            return;
        }
        Optional<Tally> tally = exerciseOf(id);
        if (tally.isEmpty()) {
            return;
        }
        boolean ok = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
        String message = result.getThrowable().map(CheckReport::message).orElse("failed");
        if (id.isTest()) {
            tally.get().total++;
            tally.get().passed += ok ? 1 : 0;
            if (!ok) {
                tally.get().failures.computeIfAbsent(lines(message, LINES_SHOWN), m -> new ArrayList<>())
                        .add(id.getDisplayName());
            }
        } else if (!ok && id.getSource().orElse(null) instanceof ClassSource) {
            // the class failed as a whole: in its set-up, or by leaving a thread behind after its tests,
            // which its tests' own verdicts do not show
            tally.get().classFailure = lines(message, 40);
        }
    }

    private static String message(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getName() : m;
    }

    /** The first {@code max} non-blank lines of a message, indented; AssertJ's blank lines dropped. */
    private static String lines(String message, int max) {
        List<String> kept = message.lines().filter(l -> !l.isBlank()).toList();
        String shown = String.join("\n", kept.subList(0, Math.min(max, kept.size())).stream()
                .map(l -> "            " + l.strip()).toList());
        return kept.size() > max ? shown + "\n            ..." : shown;
    }

    private Optional<Tally> exerciseOf(TestIdentifier id) {
        for (Optional<TestIdentifier> t = Optional.of(id); t.isPresent(); t = plan.getParent(t.get())) {
            if (t.get().getSource().orElse(null) instanceof ClassSource source) {
                Class<?> type = source.getJavaClass();
                Exercise exercise = type.getAnnotation(Exercise.class);
                return exercise == null ? Optional.empty()
                        : Optional.of(tallies.computeIfAbsent(type.getName(), n -> new Tally(type, exercise)));
            }
        }
        return Optional.empty();
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (!active || tallies.isEmpty()) {
            return;
        }
        List<Tally> all = new ArrayList<>(tallies.values());
        all.sort(Comparator.comparing((Tally t) -> t.exercise.id(), ExerciseIds::compare));
        StringBuilder out = new StringBuilder();
        Tally next = null;
        for (Tally t : all) {
            if (!t.solved() && next == null) {
                next = t;
            }
            out.append(String.format("  [%s] %-5s %-52s %d/%d tests pass%s%n",
                    t.solved() ? "x" : " ", t.exercise.id(), t.exercise.title(), t.passed, t.total,
                    t.classFailure == null ? "" : ", but the class failed as a whole (see below)"));
        }
        if (next != null) {
            out.append(String.format("%nNext: exercise %s, %s%n  edit    src/exercise/java/%s.java%n",
                    next.exercise.id(), next.exercise.title(), next.exercise.stub().getName().replace('.', '/')));
            int shown = 0;
            for (Map.Entry<String, List<String>> failure : next.failures.entrySet()) {
                if (shown++ == FAILURES_SHOWN) {
                    out.append(String.format("  ... and %d more failures%n", next.failures.size() - FAILURES_SHOWN));
                    break;
                }
                List<String> tests = failure.getValue();
                out.append("  failing ").append(tests.get(0)).append(tests.size() == 1 ? ""
                        : " (and " + (tests.size() - 1) + " more tests with the same message)").append('\n')
                        .append(failure.getKey()).append('\n');
            }
            if (next.classFailure != null) {
                out.append("  the class as a whole:\n").append(next.classFailure).append('\n');
            }
            out.append(String.format("  hint    %s%n  more    ./workbook hint %s gives one more level each time%n"
                            + "  full    ./workbook test %s, or run %s in your IDE%n",
                    wrap(next.exercise.hint()[0].strip(), 90, "\n          "), next.exercise.id(),
                    next.exercise.id(), next.type.getSimpleName()));
        }
        try {
            Files.createDirectories(VERDICTS);
            for (Tally t : all) {
                Map<String, Object> verdict = new LinkedHashMap<>();
                verdict.put("id", t.exercise.id());
                verdict.put("title", t.exercise.title());
                verdict.put("test", t.type.getName());
                verdict.put("passed", t.passed);
                verdict.put("total", t.total);
                verdict.put("solved", t.solved());
                Files.writeString(VERDICTS.resolve(t.exercise.id() + ".json"), Json.GSON.toJson(verdict) + "\n");
            }
            Files.writeString(REPORT, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String wrap(String text, int width, String newline) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (String word : text.split("\\s+")) {
            if (column > 0 && column + word.length() + 1 > width) {
                out.append(newline);
                column = 0;
            } else if (column > 0) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
        }
        return out.toString();
    }
}
