package workbook.ch05;

import java.time.Duration;
import java.util.Collection;
import java.util.NoSuchElementException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

/**
 * Exercise 5.1: Python's {@code concurrent.futures.as_completed}, for any Java {@link Future}.
 *
 * <p>The futures come back in the order they finish: first those already finished at the call, in the
 * order given, then each of the others as soon as it finishes. One deadline, counted from the call,
 * covers the whole iteration. A future given twice comes back once; the futures may come from
 * different executors, or from none.
 *
 * <pre>{@code
 * Completions<DownloadStatus> done = AsCompleted.asCompleted(futures, Duration.ofSeconds(5));
 * while (done.hasNext()) {
 *     Future<DownloadStatus> future = done.next(); // waits; TimeoutException 5 s after the call
 *     switch (future.state()) { ... }
 * }
 * }</pre>
 */
public final class AsCompleted {

    // tag::completions[]
    /**
     * The futures of {@link #asCompleted}, in the order they finish. An iterator whose {@code next()}
     * waits, and says so: {@link java.util.Iterator#next()} could not throw the checked
     * {@link TimeoutException} that Python's {@code __next__} raises.
     */
    public interface Completions<T> {

        /** Whether a future remains that {@link #next()} has not returned yet; never waits. */
        boolean hasNext();

        /**
         * The next future to finish (done, failed or cancelled), waiting for it if none has finished yet.
         *
         * @throws TimeoutException     if the deadline passes first; the message says how many futures
         *                              are unfinished, such as {@code "2 (of 20) futures unfinished"}
         * @throws NoSuchElementException if every future has been returned
         */
        Future<T> next() throws InterruptedException, TimeoutException;
    }
    // end::completions[]

    private AsCompleted() {
    }

    /**
     * The futures in the order they finish; {@code next()} throws {@link TimeoutException} once
     * {@code timeout} has passed since this call.
     */
    public static <T> Completions<T> asCompleted(Collection<? extends Future<T>> futures, Duration timeout) {
        // TODO exercise 5.1: yield the futures as they complete
        throw new UnsupportedOperationException(
                "Exercise 5.1 (as_completed for Java futures) is not solved yet: write AsCompleted.asCompleted in src/exercise/java");
    }
}
