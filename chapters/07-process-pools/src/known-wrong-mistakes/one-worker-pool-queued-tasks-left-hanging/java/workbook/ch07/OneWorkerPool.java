// Mistake: when the worker dies only the task it was running fails: the tasks queued behind it are never completed
// Caught by: OneWorkerPoolTest#the_tasks_queued_behind_it_fail_with_the_same_exception
// Says: fail every task still queued
package workbook.ch07;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
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

    /** A task waiting for the worker: its serialized form, and the future to complete. */
    private record Job(long id, byte[] task, CompletableFuture<Object> future) {
    }

    private static final Job STOP = new Job(0, new byte[0], null);

    private final BlockingQueue<Job> queue = new LinkedBlockingQueue<>();
    private final WorkerProcess worker;
    private final Thread feeder;
    private long ids;
    private boolean closed;              // guarded by this
    private BrokenPoolException broken;  // guarded by this

    /** Starts the worker, and the thread that feeds it. */
    public OneWorkerPool(WorkerProcess.Spec spec) throws IOException {
        worker = WorkerProcess.start(spec);
        feeder = Thread.ofPlatform().name("one-worker-pool-feeder").start(this::feed);
    }

    /**
     * Serializes {@code task} (a task that cannot be serialized is a {@link RejectedExecutionException})
     * and queues it.
     *
     * @throws BrokenPoolException        if the worker has died: the same one the unfinished tasks failed with
     * @throws RejectedExecutionException if the pool is closed
     */
    @SuppressWarnings("unchecked")
    public synchronized <T> CompletableFuture<T> submit(Task<T> task) {
        if (broken != null) {
            throw broken;
        }
        if (closed) {
            throw new RejectedExecutionException("the pool is closed");
        }
        byte[] bytes;
        try {
            bytes = WorkerProtocol.serialize(task);
        } catch (IOException e) {
            throw new RejectedExecutionException("cannot serialize the task", e);
        }
        CompletableFuture<Object> future = new CompletableFuture<>();
        queue.add(new Job(++ids, bytes, future));
        return (CompletableFuture<T>) future;
    }

    private void feed() {
        try {
            for (Job job = queue.take(); job != STOP; job = queue.take()) {
                try {
                    job.future().complete(worker.call(job.id(), job.task()));
                } catch (ExecutionException e) {
                    job.future().completeExceptionally(e.getCause()); // the task threw: the worker is fine
                } catch (IOException e) {
                    breakPool(job, e);
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The worker died running {@code running}: fail it and every queued task, and reject what comes later. */
    private void breakPool(Job running, IOException why) {
        BrokenPoolException failure = BrokenPoolException.died(worker.pid(), worker.awaitExit(), why);
        List<Job> pending = new ArrayList<>();
        synchronized (this) {
            broken = failure;
        }
        running.future().completeExceptionally(failure);
        for (Job job : pending) {
            if (job != STOP) {
                job.future().completeExceptionally(failure);
            }
        }
    }

    /**
     * Lets the queued tasks finish (or fail, if the worker dies), then closes the worker. Interrupted
     * while it waits, it kills the worker, as {@code ExecutorService.close()} calls {@code shutdownNow()}.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (!closed) {
                closed = true;
                queue.add(STOP);
            }
        }
        try {
            feeder.join();
        } catch (InterruptedException e) {
            worker.kill(); // the feeder then fails what is left, and ends
            Thread.currentThread().interrupt();
        }
        worker.close();
    }
}
