// Mistake: turning the caller's InterruptedException into a TimeoutException
// Caught by: TimedGetTest#an_interrupt_while_waiting_is_passed_on_and_cancels_the_task
// Says: not turned into a timeout
package workbook.ch04;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Exercise 4.3: waits a limited time for a future's result and cancels the task, interrupting it, when
 * the result will not be used: on a timeout, or when the waiting thread is interrupted.
 *
 * <p>{@link Future#get(long, TimeUnit)} only stops the caller's wait; the task runs on and holds its
 * worker thread. Whoever gives up on a result should say so to the task:
 *
 * <pre>{@code
 * Future<byte[]> br = executor.submit(() -> Http.getFlag(client, baseUrl, "BR"));
 * try {
 *     save(TimedGet.getOrCancel(br, Duration.ofSeconds(2)));
 * } catch (TimeoutException e) {
 *     System.out.println("BR: too slow, download cancelled");
 * }
 * }</pre>
 */
public final class TimedGet {

    private TimedGet() {
    }

    /**
     * Returns the future's result if it is ready within {@code timeout}; otherwise cancels it with
     * {@code cancel(true)} and rethrows.
     *
     * @throws TimeoutException     if the result is not ready in time (the task has been cancelled)
     * @throws InterruptedException if the calling thread is interrupted while it waits (the task has
     *                              been cancelled)
     * @throws ExecutionException   if the task failed; its cause is the task's exception
     * @throws java.util.concurrent.CancellationException if someone else cancelled the task
     */
    public static <V> V getOrCancel(Future<V> future, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            throw new TimeoutException("interrupted while waiting");
        } finally {
            future.cancel(true); // harmless once the task is done: cancel then changes nothing
        }
    }
}
