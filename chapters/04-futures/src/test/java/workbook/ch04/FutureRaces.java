package workbook.ch04;

import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

import org.jetbrains.lincheck.Lincheck;

/**
 * Model checks of this chapter's futures when two threads use one at once: Lincheck takes control of
 * the scheduling and tries the interleavings of their steps one after another, so that a race whose
 * window is a few instructions wide is found every time, not once in a thousand runs.
 *
 * <pre>{@code
 * FutureRaces.callbackAddedWhileCompletingRunsOnce();   // throws LincheckAssertionError on a race
 * }</pre>
 *
 * <p>A failure is a {@code LincheckAssertionError} whose message starts with what went wrong and then
 * shows the interleaving, step by step. As in chapter 02's {@code OutcomeCounterChecks}: each future is
 * made in a lambda with a body and published in a static field, and each check is a plain
 * {@code throw}, habits that keep Lincheck 3.7 reliable.
 */
final class FutureRaces {

    /** How many interleavings to try at most: each race here is caught within the first few dozen. */
    static final int INVOCATIONS = 100;

    /** Where a scenario publishes its future, so that Lincheck treats it as shared between threads. */
    static volatile Object shared;

    private FutureRaces() {
    }

    /**
     * Runs one small model check of the JDK classes the checks below use, so that Lincheck's one-off
     * start (attaching its agent and rewriting those classes, seconds on a busy machine) is paid before
     * the tests whose time is limited ({@code ModelChecks.startBefore} runs it).
     */
    static void warmUp() {
        Lincheck.runConcurrentTest(1, () -> {
            FutureTask<Integer> task = new FutureTask<>(() -> 1);
            shared = task;
            Thread completing = Thread.ofPlatform().start(task);
            Thread watching = Thread.ofPlatform().start(() -> task.cancel(true));
            join(completing, watching);
        });
    }

    /** One thread completes a {@link CallbackFutureTask} while another adds a callback: it runs exactly once. */
    static void callbackAddedWhileCompletingRunsOnce() {
        CallbackFutureTask<Integer> plain = new CallbackFutureTask<>(() -> 1);
        plain.addDoneCallback(f -> { }); // an unsolved stub fails here, plainly, before Lincheck runs
        Lincheck.runConcurrentTest(INVOCATIONS, () -> {
            CallbackFutureTask<Integer> task = new CallbackFutureTask<>(() -> 1);
            shared = task;
            AtomicInteger calls = new AtomicInteger();
            Thread completing = Thread.ofPlatform().start(() -> task.run());
            Thread adding = Thread.ofPlatform().start(() -> task.addDoneCallback(f -> calls.incrementAndGet()));
            join(completing, adding);
            int n = calls.get();
            if (n == 0) {
                throw new AssertionError("a lost callback: added while the task completed, it never ran; decide "
                        + "'add to the list or call now' and 'mark completed and take the list' under one lock");
            }
            if (n > 1) {
                throw new AssertionError("a callback run twice: added while the task completed, it ran " + n
                        + " times; it must either join the list or run at once, decided under one lock");
            }
        });
    }

    /** One thread runs a {@link TrackingFuture} while another cancels it: exactly one of them wins. */
    static void runAndCancelNeverBothWin() {
        new TrackingFuture<>(() -> 1).cancel(false); // an unsolved stub fails here, plainly, before Lincheck runs
        Lincheck.runConcurrentTest(INVOCATIONS, () -> {
            AtomicInteger runs = new AtomicInteger();
            TrackingFuture<Integer> task = new TrackingFuture<>(() -> runs.incrementAndGet());
            shared = task;
            boolean[] cancelled = new boolean[1];
            Thread running = Thread.ofPlatform().start(() -> task.run());
            Thread cancelling = Thread.ofPlatform().start(() -> cancelled[0] = task.cancel(true));
            join(running, cancelling);
            if (cancelled[0] && runs.get() > 0) {
                throw new AssertionError("both won: cancel() returned true although the task ran; run() and "
                        + "cancel() must claim the task in one atomic step (compareAndSet), the first one wins");
            }
            if (!cancelled[0] && runs.get() == 0) {
                throw new AssertionError("neither won: cancel() returned false although the task never ran; "
                        + "run() and cancel() claim the task with compareAndSet, and the first one wins");
            }
            TrackingFuture.Phase phase = task.phase();
            if (cancelled[0] != (phase == TrackingFuture.Phase.CANCELLED)) {
                throw new AssertionError("cancel() returned " + cancelled[0] + " but the phase is " + phase
                        + ": the phase is claimed in the same atomic step (compareAndSet) that decides who wins");
            }
        });
    }

    /** One thread runs a {@link TrackingFuture} while another watches it: once it is done, it is FINISHED. */
    static void aDoneTaskIsNeverRunning() {
        new TrackingFuture<>(() -> 1).phase(); // an unsolved stub fails here, plainly, before Lincheck runs
        Lincheck.runConcurrentTest(INVOCATIONS, () -> {
            TrackingFuture<Integer> task = new TrackingFuture<>(() -> 1);
            shared = task;
            TrackingFuture.Phase[] seen = new TrackingFuture.Phase[1];
            Thread running = Thread.ofPlatform().start(() -> task.run());
            Thread watching = Thread.ofPlatform().start(() -> {
                if (task.isDone()) {
                    seen[0] = task.phase();
                }
            });
            join(running, watching);
            if (seen[0] != null && seen[0] != TrackingFuture.Phase.FINISHED) {
                throw new AssertionError("a done task said " + seen[0] + ": isDone() was already true (get() "
                        + "would have returned), so a phase set after super.run() returns comes too late; "
                        + "take FINISHED from isDone()");
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
