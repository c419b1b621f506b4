package workbook.ch07;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Python 3.14's {@code terminate_workers()} on a {@link ProcessPool}: each worker ends on SIGTERM, the task
 * it was running fails with a {@link BrokenPoolException} that says how the worker ended, the queued task
 * is cancelled, and the pool, broken, takes no more.
 *
 * <pre>./workbook run 7 --example TerminateWorkers</pre>
 */
public final class TerminateWorkers {

    private TerminateWorkers() {
    }

    // tag::terminate-workers[]
    public static void main(String[] args) throws InterruptedException {
        try (ProcessPool pool = new ProcessPool(2)) {
            Task<Object> runaway = () -> {
                while (true) {
                    Thread.onSpinWait();
                }
            };
            List<Future<Object>> tasks = List.of(pool.submit(runaway), pool.submit(runaway), pool.submit(runaway));
            try {
                tasks.getFirst().get(1, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                System.out.println("3 runaway tasks on 2 workers, after 1 s: terminateWorkers()");
            }
            pool.terminateWorkers();
            for (int i = 0; i < tasks.size(); i++) {
                System.out.println("task " + (i + 1) + ": " + outcome(tasks.get(i)));
            }
            try {
                pool.submit(() -> 42);
            } catch (BrokenPoolException e) {
                System.out.println("submit rejected: " + e.getMessage());
            }
            boolean ended = pool.awaitTermination(10, TimeUnit.SECONDS);
            System.out.println("pool terminated: " + ended + "; workers left: " + pool.workers().size());
        }
    }

    static String outcome(Future<?> task) throws InterruptedException {
        try {
            return "returned " + task.get(10, TimeUnit.SECONDS);
        } catch (CancellationException e) {
            return "cancelled";
        } catch (ExecutionException e) {
            return "failed: " + e.getCause().getMessage();
        } catch (TimeoutException e) {
            return "still running";
        }
    }
    // end::terminate-workers[]
}
