package workbook.ch07;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

/**
 * Exercise 7.4: the smallest pool that can break: one worker, one thread that feeds it tasks from a
 * queue, and, when the worker dies, a {@link BrokenPoolException} for every task not finished and for
 * every later submit, as Python's {@code BrokenProcessPool}.
 *
 * <pre>{@code
 * try (OneWorkerPool pool = new OneWorkerPool(WorkerProcess.Spec.defaults())) {
 *     CompletableFuture<Boolean> prime = pool.submit(() -> Primes.isPrime(n));
 * }
 * }</pre>
 */
public final class OneWorkerPool implements AutoCloseable {

    /** Starts the worker, and the thread that feeds it. */
    public OneWorkerPool(WorkerProcess.Spec spec) throws IOException {
        // TODO exercise 7.4: start the worker and a thread that takes tasks from a queue and calls the worker
        throw new UnsupportedOperationException(
                "Exercise 7.4 (break the pool when its worker dies) is not solved yet: write OneWorkerPool in src/exercise/java");
    }

    /**
     * Serializes {@code task} (a task that cannot be serialized is a {@link RejectedExecutionException})
     * and queues it.
     *
     * @throws BrokenPoolException        if the worker has died: the same one the unfinished tasks failed with
     * @throws RejectedExecutionException if the pool is closed
     */
    public synchronized <T> CompletableFuture<T> submit(Task<T> task) {
        // TODO exercise 7.4: reject if broken or closed, else queue the serialized task with a new future
        throw new UnsupportedOperationException(
                "Exercise 7.4 (break the pool when its worker dies) is not solved yet: write OneWorkerPool.submit in src/exercise/java");
    }

    /**
     * Lets the queued tasks finish (or fail, if the worker dies), then closes the worker. Interrupted
     * while it waits, it kills the worker, as {@code ExecutorService.close()} calls {@code shutdownNow()}.
     */
    @Override
    public void close() {
        // TODO exercise 7.4: stop the feeder after the queued tasks, wait for it, close the worker
        throw new UnsupportedOperationException(
                "Exercise 7.4 (break the pool when its worker dies) is not solved yet: write OneWorkerPool.close in src/exercise/java");
    }
}
