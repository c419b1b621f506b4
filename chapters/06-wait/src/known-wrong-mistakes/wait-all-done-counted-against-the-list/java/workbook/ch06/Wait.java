// Mistake: "all done" is counted against the size of the list given, so a future given twice is waited for twice and ALL_COMPLETED waits out its timeout
// Caught by: WaitTest#a_future_given_twice_is_waited_for_once
// Says: counts once
package workbook.ch06;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;

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
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<Future<T>> all = new LinkedHashSet<>(fs);
        Set<Future<T>> done = new LinkedHashSet<>();
        for (Future<T> f : all) {
            if (f.isDone()) {
                done.add(f);
            }
        }
        if (!met(returnWhen, done, fs.size())) {
            waitForMore(all, done, deadline, returnWhen, fs.size());
        }
        Set<Future<T>> finished = new LinkedHashSet<>();
        Set<Future<T>> notDone = new LinkedHashSet<>();
        for (Future<T> f : all) {
            (f.isDone() ? finished : notDone).add(f);
        }
        return new DoneAndNotDone<>(finished, notDone);
    }

    private static <T> void waitForMore(Set<Future<T>> all, Set<Future<T>> done, long deadline,
                                        ReturnWhen returnWhen, int total) throws InterruptedException {
        // A Future has no callback: a watcher per future blocks in get() and reports when it returns.
        BlockingQueue<Future<T>> finished = new LinkedBlockingQueue<>();
        try (ExecutorService watchers = Executors.newCachedThreadPool()) {
            try {
                for (Future<T> f : all) {
                    if (!done.contains(f)) {
                        watchers.execute(() -> watch(f, finished));
                    }
                }
                while (!met(returnWhen, done, total)) {
                    Future<T> f = finished.poll(deadline - System.nanoTime(), NANOSECONDS);
                    if (f == null) {
                        return;                                  // timed out: answer with what is done
                    }
                    done.add(f);
                }
            } finally {
                watchers.shutdownNow();                          // stop the watchers still in get()
            }
        }
    }

    private static <T> void watch(Future<T> f, BlockingQueue<Future<T>> finished) {
        try {
            f.get();
        } catch (InterruptedException e) {
            return;                                              // wait has returned: stop watching
        } catch (ExecutionException | CancellationException e) {
            // failed or cancelled: done all the same
        }
        finished.add(f);
    }

    private static <T> boolean met(ReturnWhen returnWhen, Set<Future<T>> done, int total) {
        return done.size() == total || switch (returnWhen) {
            case FIRST_COMPLETED -> !done.isEmpty();
            case FIRST_EXCEPTION -> done.stream().anyMatch(f -> f.state() == Future.State.FAILED);
            case ALL_COMPLETED -> false;
        };
    }
}
