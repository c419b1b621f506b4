// Mistake: a bare shutdownNow(), leaving the futures of the tasks that never started to wait for ever
// Caught by: TwoPhaseShutdownTest#a_task_still_running_after_the_grace_is_interrupted_and_queued_ones_never_start
// Says: must be cancelled
package workbook.ch03;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Exercise 3.3: stops an {@link ExecutorService} in two phases, as its javadoc recommends: first
 * politely ({@code shutdown()}: queued tasks still run), then, if that takes longer than a grace
 * period, firmly ({@code shutdownNow()}: running tasks are interrupted, queued ones never start).
 *
 * <pre>{@code
 * ExecutorService pool = Executors.newFixedThreadPool(4);
 * try {
 *     ...
 * } finally {
 *     Outcome outcome = TwoPhaseShutdown.shutdownAndAwait(pool, Duration.ofSeconds(5));
 *     if (!outcome.terminated()) {
 *         log.warn("a task ignores interruption; still running");
 *     }
 * }
 * }</pre>
 *
 * <p>Unlike a bare {@code shutdownNow()}, it cancels the {@link Future}s of the tasks that never
 * started, as Python's {@code shutdown(cancel_futures=True)} does: otherwise whoever waits on them
 * waits forever.
 */
public final class TwoPhaseShutdown {

    /**
     * What the shutdown came to.
     *
     * @param terminated   whether every task was over when it returned
     * @param neverStarted the tasks that were still queued when the pool was shut down now; empty if
     *                     the first phase was enough
     */
    public record Outcome(boolean terminated, List<Runnable> neverStarted) {
    }

    private TwoPhaseShutdown() {
    }

    /**
     * Shuts {@code pool} down and waits up to {@code grace} for its tasks to finish; then shuts it down
     * now, cancels the futures of the tasks that never started, and waits up to {@code grace} again.
     * If the calling thread is interrupted while it waits, it shuts the pool down now, sets the
     * interrupt status again and returns at once.
     */
    public static Outcome shutdownAndAwait(ExecutorService pool, Duration grace) {
        List<Runnable> neverStarted = new ArrayList<>();
        pool.shutdown(); // no new tasks; the queued ones still run
        try {
            if (!pool.awaitTermination(grace.toNanos(), TimeUnit.NANOSECONDS)) {
                neverStarted.addAll(stopNow(pool));
                pool.awaitTermination(grace.toNanos(), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            neverStarted.addAll(stopNow(pool)); // or again: it interrupts whatever still runs
            Thread.currentThread().interrupt(); // keep the request to stop for our caller to see
        }
        return new Outcome(pool.isTerminated(), List.copyOf(neverStarted));
    }

    private static List<Runnable> stopNow(ExecutorService pool) {
        List<Runnable> neverStarted = pool.shutdownNow();
        for (Runnable task : neverStarted) {
            if (task instanceof Future<?> future) { // what submit() queued: its future would wait forever
                // nobody will run it; its future is left as it is
            }
        }
        return neverStarted;
    }
}
