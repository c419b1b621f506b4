package workbook.support;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.TestInfo;

/**
 * Starts Lincheck before the first model check of a test class, outside the check's time limit.
 *
 * <p>A test that model-checks (chapters 02 to 05 do, through a {@code ...Races} or {@code ...Checks}
 * class of their tests) has a name that ends with {@value #NAME_SUFFIX}, and its class starts Lincheck
 * from {@code @BeforeEach}, which {@link HangGuard} does not time:
 *
 * <pre>{@code
 * @BeforeEach
 * void startLincheckBeforeAModelCheck(TestInfo test) {
 *     ModelChecks.startBefore(test, FactoryRaces::warmUp);
 * }
 * }</pre>
 *
 * <p>Implementation notes: Lincheck's first check in a JVM attaches its agent and rewrites the JDK
 * classes it meets, seconds on a quiet machine and tens on a busy one; a warm-up is one tiny check of
 * the same classes. It runs once per test class as loaded (the proof loads a chapter's tests anew for
 * the stubs, the solutions and each known mistake), and not at all for a run of a class's other tests.
 */
public final class ModelChecks {

    /**
     * How the name of every test that model-checks ends, and of no other: the proof gives a known mistake
     * whose named test ends so a JVM of its own.
     */
    public static final String NAME_SUFFIX = "_in_any_interleaving";

    private static final Set<Class<?>> STARTED = ConcurrentHashMap.newKeySet();

    private ModelChecks() {
    }

    /** Runs {@code warmUp} if {@code test} model-checks and its class has not started Lincheck yet. */
    public static void startBefore(TestInfo test, Runnable warmUp) {
        boolean modelCheck = test.getTestMethod().map(m -> m.getName().endsWith(NAME_SUFFIX)).orElse(false);
        Class<?> testClass = test.getTestClass().orElseThrow();
        if (modelCheck && !STARTED.contains(testClass)) {
            warmUp.run();
            STARTED.add(testClass);
        }
    }
}
