// Mistake: a count of the tasks in flight instead of a Semaphore, polled until it is below the limit and then incremented, so that two tasks can both see room for one
// Caught by: InFlightLimitTest#two_tasks_under_a_limit_of_one_never_run_at_once_in_any_interleaving
// Says: one atomic step
package workbook.ch05;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

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
        if (limit < 1) {
            throw new IllegalArgumentException("the limit must be at least 1, not " + limit);
        }
        AtomicInteger inFlight = new AtomicInteger();
        List<Future<T>> futures = new ArrayList<>(tasks.size());
        for (Callable<T> task : tasks) {
            futures.add(executor.submit(() -> {
                while (inFlight.get() >= limit) {
                    Thread.sleep(1);
                }
                inFlight.incrementAndGet(); // outside the try: interrupted above, we hold no place to give back
                try {
                    return task.call();
                } finally {
                    inFlight.decrementAndGet();
                }
            }));
        }
        return futures;
    }
    // end::solution[]
}
