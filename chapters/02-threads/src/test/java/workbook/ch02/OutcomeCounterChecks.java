package workbook.ch02;

import static workbook.flags.DownloadStatus.ERROR;
import static workbook.flags.DownloadStatus.OK;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.jetbrains.lincheck.Lincheck;

import workbook.flags.DownloadStatus;

/**
 * Model checks of an {@link OutcomeCounter}: each runs a small scenario of two threads under Lincheck,
 * which takes control of the scheduling and tries the interleavings of their steps one after another,
 * so that a race a plain test hits once in a million runs is found every time.
 *
 * <pre>{@code
 * OutcomeCounterChecks.noLostUpdate(() -> new BrokenOutcomeCounter());   // throws LincheckAssertionError
 * }</pre>
 *
 * <p>A failure is a {@code LincheckAssertionError} whose message shows the interleaving, step by step.
 * Three habits keep Lincheck 3.7 reliable here, each found the hard way on JDK 25:
 * <ul>
 * <li>pass the counter's maker as a lambda with a body, {@code () -> new X()}: with {@code X::new} the
 *     object is made by code Lincheck does not instrument, and it never switches threads around it;
 * <li>{@linkplain #share publish} the counter in a static field, or Lincheck takes it for an object only
 *     one thread can see;
 * <li>check with a plain {@code throw}: AssertJ's fluent objects confuse the instrumentation.
 * </ul>
 * {@code BrokenOutcomeCounterTest} proves that these checks do catch the known-broken counters.
 */
final class OutcomeCounterChecks {

    /** How many interleavings to try at most: a racy counter is caught within the first few. */
    static final int INVOCATIONS = 300;

    /** Where each scenario publishes its counter, so that Lincheck treats it as shared between threads. */
    static volatile Object shared;

    private OutcomeCounterChecks() {
    }

    /**
     * Runs one small model check of the JDK classes the checks below use, so that Lincheck's one-off
     * start (attaching its agent and rewriting those classes, seconds on a busy machine) is paid before
     * the tests whose time is limited ({@code ModelChecks.startBefore} runs it).
     */
    static void warmUp() {
        Lincheck.runConcurrentTest(1, () -> {
            AtomicReference<Map<DownloadStatus, Long>> seen = new AtomicReference<>();
            shared = seen;
            Thread a = Thread.ofPlatform().start(() -> seen.set(Map.of(OK, 1L)));
            Thread b = Thread.ofPlatform().start(() -> seen.get());
            join(a, b);
        });
    }

    // tag::lost-update[]
    /** Two threads record an outcome each: whatever the interleaving, both must be counted. */
    static void noLostUpdate(Supplier<OutcomeCounter> newCounter) {
        worksOnOneThread(newCounter);
        Lincheck.runConcurrentTest(INVOCATIONS, () -> {
            OutcomeCounter counter = share(newCounter.get());
            Thread a = Thread.ofPlatform().start(() -> counter.record(OK));
            Thread b = Thread.ofPlatform().start(() -> counter.record(OK));
            join(a, b);
            long ok = counter.count(OK);
            if (ok != 2) {
                throw new AssertionError("a lost update: two threads recorded OK once each, but the count is " + ok);
            }
        });
    }
    // end::lost-update[]

    // tag::torn-snapshot[]
    /**
     * One thread records {@code OK} then {@code ERROR} while another takes a snapshot: a snapshot that
     * shows the {@code ERROR} must show the {@code OK} recorded before it.
     */
    static void noTornSnapshot(Supplier<OutcomeCounter> newCounter) {
        worksOnOneThread(newCounter);
        Lincheck.runConcurrentTest(INVOCATIONS, () -> {
            OutcomeCounter counter = share(newCounter.get());
            AtomicReference<Map<DownloadStatus, Long>> seen = new AtomicReference<>();
            Thread writer = Thread.ofPlatform().start(() -> {
                counter.record(OK);
                counter.record(ERROR);
            });
            Thread reader = Thread.ofPlatform().start(() -> seen.set(counter.snapshot()));
            join(writer, reader);
            Map<DownloadStatus, Long> snapshot = seen.get();
            if (snapshot.get(ERROR) == 1 && snapshot.get(OK) != 1) {
                throw new AssertionError("a torn snapshot, mixing two instants: a snapshot with the ERROR but without the OK recorded before it: "
                        + snapshot);
            }
        });
    }
    // end::torn-snapshot[]

    /** Calls every method once on one thread, so that an unsolved stub fails plainly, before Lincheck runs. */
    private static void worksOnOneThread(Supplier<OutcomeCounter> newCounter) {
        OutcomeCounter counter = newCounter.get();
        counter.record(OK);
        counter.count(OK);
        counter.snapshot();
    }

    private static OutcomeCounter share(OutcomeCounter counter) {
        shared = counter;
        return counter;
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
