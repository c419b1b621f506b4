// Mistake: each next() waits up to the whole timeout, so the deadline is counted from each next() instead of from the call
// Caught by: AsCompletedTest#one_deadline_counts_from_the_call_not_from_each_next
// Says: a deadline counted from each next()
package workbook.ch05;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
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

    // tag::solution[]
    /**
     * The futures in the order they finish; {@code next()} throws {@link TimeoutException} once
     * {@code timeout} has passed since this call.
     */
    public static <T> Completions<T> asCompleted(Collection<? extends Future<T>> futures, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<Future<T>> unique = new LinkedHashSet<>(futures); // futures are equal only to themselves
        BlockingQueue<Future<T>> finished = new LinkedBlockingQueue<>();
        List<Future<T>> pending = new ArrayList<>();
        for (Future<T> future : unique) {
            if (future.isDone()) {
                finished.add(future);
            } else {
                pending.add(future);
            }
        }
        List<Thread> watchers = new ArrayList<>();
        for (Future<T> future : pending) {
            if (future instanceof CompletableFuture<T> stage) {
                stage.whenComplete((result, failure) -> finished.add(future)); // it tells us: no thread
            } else {
                // A plain Future has no hook: a virtual thread parks in get() until it is done.
                watchers.add(Thread.ofVirtual().name("as-completed-watcher")
                        .start(() -> watch(future, deadline, finished)));
            }
        }
        return new Completions<>() {
            private int returned;

            @Override
            public boolean hasNext() {
                return returned < unique.size();
            }

            @Override
            public Future<T> next() throws InterruptedException, TimeoutException {
                if (!hasNext()) {
                    throw new NoSuchElementException("all " + unique.size() + " futures were returned");
                }
                Future<T> next = finished.poll(); // a finished future is never held back
                if (next == null) {
                    next = finished.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
                }
                if (next == null) {
                    watchers.forEach(Thread::interrupt);
                    throw new TimeoutException(
                            (unique.size() - returned) + " (of " + unique.size() + ") futures unfinished");
                }
                returned++;
                return next;
            }
        };
    }

    private static <T> void watch(Future<T> future, long deadline, BlockingQueue<Future<T>> finished) {
        try {
            future.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | CancellationException e) {
            // finished all the same: the caller reads the outcome from the future
        } catch (TimeoutException | InterruptedException e) {
            return; // past the deadline nobody takes it: the watcher never outlives the iteration
        }
        finished.add(future);
    }
    // end::solution[]
}
