// Mistake: the permit is released after the task returns, not in a finally, so a task that throws keeps it
// Caught by: BoundedAllTest#a_failing_task_gives_its_permit_back
// Says: release in finally
package workbook.ch08;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Exercise 8.1: runs tasks on a virtual thread each, at most as many at once as a semaphore has permits,
 * and gives back every permit it takes, whether a task returns, throws or is interrupted.
 *
 * <p>The semaphore is the caller's, so that several calls (several jobs) can share one limit, as the
 * requests in flight to one server do.
 *
 * <pre>{@code
 * Semaphore toTheServer = new Semaphore(100);
 * List<Future<DownloadStatus>> done = BoundedAll.runAll(toTheServer, downloads);
 * // toTheServer.availablePermits() is 100 again, however the downloads ended
 * }</pre>
 */
public final class BoundedAll {

    private BoundedAll() {
    }

    // tag::solution[]
    /**
     * Runs every task on a new virtual thread, each holding one of {@code permits} while it runs, waits
     * until all have ended, and returns their futures in the order of {@code tasks}, all done.
     *
     * <p>If the calling thread is interrupted while it waits, every task still running or waiting for a
     * permit is interrupted, and the method throws {@link InterruptedException} once they have all ended.
     * Either way, {@code permits} has as many permits available afterwards as before.
     */
    public static <T> List<Future<T>> runAll(Semaphore permits, List<? extends Callable<T>> tasks)
            throws InterruptedException {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<T>> futures = new ArrayList<>(tasks.size());
            for (Callable<T> task : tasks) {
                futures.add(executor.submit(() -> {
                    permits.acquire(); // outside the try: interrupted here, we hold no permit to give back
                    T result = task.call();
                    permits.release();
                    return result;
                }));
            }
            try {
                for (Future<T> future : futures) {
                    try {
                        future.get();
                    } catch (ExecutionException | CancellationException e) {
                        // the future keeps the outcome: the caller reads it with state() and exceptionNow()
                    }
                }
            } catch (InterruptedException e) {
                executor.shutdownNow(); // interrupts the tasks, running or waiting for a permit
                throw e;                // after close() has waited for every one of them to end
            }
            return futures;
        }
    }
    // end::solution[]
}
