// Mistake: acquire() is inside the try, so a task interrupted while waiting for a permit gives back one it never took
// Caught by: BoundedAllTest#an_interrupted_caller_stops_every_task_and_waits_for_them_and_no_permit_is_lost_or_made
// Says: acquire before the try
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
                    try {
                        permits.acquire();
                        return task.call();
                    } finally {
                        permits.release(); // returned, thrown or interrupted: the permit goes back
                    }
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
