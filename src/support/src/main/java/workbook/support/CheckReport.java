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
 * Writes the learner's self-check report: each exercise's state, the hint for the first unsolved one,
 * and {@code S/M exercises solved}.
 *
 * <p>Registered as a JUnit Platform listener through {@code META-INF/services}, it stays silent unless
 * the system property {@code workbook.check} is {@code true}, which {@code ./workbook check} sets. It
 * then writes {@code target/workbook-check.txt} in the module being tested, for the launcher to print.
 */
public final class CheckReport implements TestExecutionListener {

    /** The report file, relative to the module Surefire runs in. */
    public static final Path REPORT = Path.of("target", "workbook-check.txt");

    private static final class Tally {
        final Class<?> type;
        final Exercise exercise;
        int passed;
        int total;
        String firstFailure;

        Tally(Class<?> type, Exercise exercise) {
            this.type = type;
            this.exercise = exercise;
        }

        boolean solved() {
            return total > 0 && passed == total;
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
        if (id.isTest()) {
            tally.get().total++;
            tally.get().passed += ok ? 1 : 0;
        }
        if (!ok && tally.get().firstFailure == null) {
            tally.get().firstFailure = id.getDisplayName() + ": " + result.getThrowable()
                    .map(t -> String.valueOf(t.getMessage()).lines().findFirst().orElse(t.getClass().getName()))
                    .orElse("failed");
        }
        if (!id.isTest() && !ok) {
            tally.get().passed = 0; // the class failed as a whole (set-up, or a leak after its tests)
            tally.get().total = Math.max(1, tally.get().total);
        }
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
        all.sort(Comparator.comparing((Tally t) -> t.exercise.id(), CheckReport::byNumber));
        StringBuilder out = new StringBuilder();
        int solved = 0;
        Tally next = null;
        for (Tally t : all) {
            solved += t.solved() ? 1 : 0;
            if (!t.solved() && next == null) {
                next = t;
            }
            out.append(String.format("  [%s] %-5s %-52s %d/%d tests pass%n",
                    t.solved() ? "x" : " ", t.exercise.id(), t.exercise.title(), t.passed, t.total));
        }
        if (next != null) {
            out.append(String.format("%nNext: exercise %s, %s%n  edit    src/exercise/java/%s.java%n  failing %s%n  hint    %s%n",
                    next.exercise.id(), next.exercise.title(), next.exercise.stub().getName().replace('.', '/'),
                    next.firstFailure, wrap(next.exercise.hint().strip(), 90, "\n          ")));
        }
        out.append(String.format("%n%d/%d exercises solved%n", solved, all.size()));
        try {
            Files.createDirectories(REPORT.getParent());
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

    /** Orders "3.10" after "3.9". */
    private static int byNumber(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
