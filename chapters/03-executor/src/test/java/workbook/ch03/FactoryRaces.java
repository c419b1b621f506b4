package workbook.ch03;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.jetbrains.lincheck.Lincheck;

/**
 * A model check of a {@link NamingThreadFactory} called from two threads at once: Lincheck takes control
 * of the scheduling and tries the interleavings of their steps one after another, so that a counter
 * that loses an increment is caught every time, not once in a thousand runs.
 *
 * <pre>{@code
 * FactoryRaces.noNumberTwice(() -> new NamingThreadFactory("t"));   // throws LincheckAssertionError
 * }</pre>
 *
 * <p>A failure is a {@code LincheckAssertionError} whose message starts with what went wrong and then
 * shows the interleaving, step by step. As in chapter 02's {@code OutcomeCounterChecks}: the factory
 * is made by a lambda with a body and published in a static field, and the check is a plain
 * {@code throw}, habits that keep Lincheck 3.7 reliable.
 */
final class FactoryRaces {

    /** How many interleavings to try at most: a racy counter is caught within the first few. */
    static final int INVOCATIONS = 100;

    /** Where the scenario publishes its factory, so that Lincheck treats it as shared between threads. */
    static volatile Object shared;

    private FactoryRaces() {
    }

    /**
     * Runs one small model check of the JDK classes the checks below use, so that Lincheck's one-off
     * start (attaching its agent and rewriting those classes, seconds on a busy machine) is paid before
     * the tests whose time is limited ({@code ModelChecks.startBefore} runs it).
     */
    static void warmUp() {
        Lincheck.runConcurrentTest(1, () -> {
            AtomicInteger count = new AtomicInteger();
            shared = count;
            Thread a = Thread.ofPlatform().start(() -> new Thread(() -> { }, "t-" + count.incrementAndGet()).setDaemon(true));
            Thread b = Thread.ofPlatform().start(() -> count.get());
            join(a, b);
        });
    }

    /** Two threads call {@code newThread} once each: whatever the interleaving, they get 1 and 2. */
    static void noNumberTwice(Supplier<NamingThreadFactory> newFactory) {
        newFactory.get().newThread(() -> { }); // an unsolved stub fails here, plainly, before Lincheck runs
        Lincheck.runConcurrentTest(INVOCATIONS, () -> {
            NamingThreadFactory factory = newFactory.get();
            shared = factory;
            String[] names = new String[2];
            Thread a = Thread.ofPlatform().start(() -> names[0] = factory.newThread(() -> { }).getName());
            Thread b = Thread.ofPlatform().start(() -> names[1] = factory.newThread(() -> { }).getName());
            join(a, b);
            int created = factory.created();
            if (names[0].equals(names[1]) || created != 2) {
                throw new AssertionError("a lost increment: two threads called newThread at once and got "
                        + names[0] + " and " + names[1] + ", created() " + created
                        + "; count with one atomic step (AtomicInteger.incrementAndGet), not a read, an add and a write");
            }
        });
    }

    private static void join(Thread... threads) {
        try {
            for (Thread t : threads) {
                t.join(); // Lincheck runs every thread to its end and fails a scenario that hangs
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while joining the scenario's threads", e);
        }
    }
}
