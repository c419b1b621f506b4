package workbook.ch06;


import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.Future;

/**
 * Exercise 6.1: waits for futures as Python's {@code concurrent.futures.wait} does, until the first
 * completes, the first fails, or all complete, but never longer than a timeout, and answers with the
 * futures that are done and those that are not.
 *
 * <pre>{@code
 * List<Future<byte[]>> downloads = ...;
 * Wait.DoneAndNotDone<byte[]> result = Wait.wait(downloads, Duration.ofSeconds(5), ReturnWhen.FIRST_EXCEPTION);
 * for (Future<byte[]> f : result.done()) {
 *     switch (f.state()) { ... }                  // SUCCESS, FAILED or CANCELLED
 * }
 * result.notDone().forEach(f -> f.cancel(true));  // wait itself cancels nothing
 * }</pre>
 *
 * <p>Any {@link Future} will do, not only a {@link java.util.concurrent.CompletableFuture}. The name
 * is Python's; it overloads, and does not hide, {@link Object#wait()}, whose parameters differ.
 */
public final class Wait {

    // tag::api[]
    /** When {@link #wait(Collection, Duration, ReturnWhen) wait} returns, as Python's {@code return_when}. */
    public enum ReturnWhen {
        /** When any future is done: it succeeded, failed or was cancelled. */
        FIRST_COMPLETED,
        /** When any future fails (its {@link Future#state() state} is FAILED), or else when all are done. */
        FIRST_EXCEPTION,
        /** When every future is done. */
        ALL_COMPLETED
    }

    /**
     * What {@link #wait(Collection, Duration, ReturnWhen) wait} answers, as Python's {@code DoneAndNotDoneFutures}.
     *
     * @param done    the futures that were done when wait returned (succeeded, failed or cancelled)
     * @param notDone the others: still pending or running
     */
    public record DoneAndNotDone<T>(Set<Future<T>> done, Set<Future<T>> notDone) {
    }
    // end::api[]

    private Wait() {
    }

    /**
     * Waits until {@code returnWhen} is met or {@code timeout} has passed, whichever comes first, and
     * returns the futures that are done and those that are not. A timeout is not an error: wait then
     * returns what is done so far. Futures already done count at once; a future given twice counts once.
     *
     * @throws InterruptedException if the calling thread is interrupted while waiting
     */
    public static <T> DoneAndNotDone<T> wait(Collection<? extends Future<T>> fs, Duration timeout,
                                             ReturnWhen returnWhen) throws InterruptedException {
        // TODO exercise 6.1: wait for futures as Python's wait does
        throw new UnsupportedOperationException(
                "Exercise 6.1 (wait for futures as Python's wait does) is not solved yet: write Wait.wait in src/exercise/java");
    }
}
