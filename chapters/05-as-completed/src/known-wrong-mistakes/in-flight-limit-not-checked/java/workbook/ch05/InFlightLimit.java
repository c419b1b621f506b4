// Mistake: a limit below 1 is not refused, so a Semaphore(0) makes every task wait forever
// Caught by: InFlightLimitTest#a_limit_below_one_is_refused
// Says: a limit below 1 is refused
package workbook.ch05;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Exercise 5.3: a cap on how many tasks run at once that does not depend on the size of the pool.
 *
 * <p>A fixed pool of N threads caps requests in flight at N, as {@code max_workers} does in Python. An
 * executor with a thread per task (such as {@code Executors.newVirtualThreadPerTaskExecutor()}) has no such cap: the limit must
 * come from the tasks themselves.
 *
 * <pre>{@code
 * try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
 *     List<Future<DownloadStatus>> futures = InFlightLimit.submitAll(executor, 5, downloads);
 *     ...                                       // never more than 5 requests in flight
 * }
 * }</pre>
 */
public final class InFlightLimit {

    private InFlightLimit() {
    }

    // tag::solution[]
    /**
     * Submits every task to {@code executor}, wrapped so that at most {@code limit} of them run at once,
     * and returns at once with their futures, in the order of {@code tasks}. A task frees its place when
     * it ends, whether it returns or throws; a task cancelled before its turn never takes one.
     *
     * @throws IllegalArgumentException if {@code limit} is less than 1
     */
    public static <T> List<Future<T>> submitAll(ExecutorService executor, int limit,
                                                List<? extends Callable<T>> tasks) {
        Semaphore places = new Semaphore(limit, true); // fair: tasks get their turn in order
        List<Future<T>> futures = new ArrayList<>(tasks.size());
        for (Callable<T> task : tasks) {
            futures.add(executor.submit(() -> {
                places.acquire(); // outside the try: interrupted here, we hold no place to give back
                try {
                    return task.call();
                } finally {
                    places.release();
                }
            }));
        }
        return futures;
    }
    // end::solution[]
}
