// Mistake: the worker is replaced once it has run more than maxTasks tasks (> instead of >=), so each worker runs one task too many
// Caught by: RecyclingWorkerTest#every_two_tasks_a_fresh_worker_takes_over_and_the_old_one_has_exited
// Says: has exited
package workbook.ch07;

import java.io.IOException;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;

/**
 * Exercise 7.3: one worker at a time, replaced after a number of tasks, as Python's
 * {@code max_tasks_per_child}: whatever a task leaves behind in its worker (a leak, a cache, a changed
 * global) is gone with the worker, and its memory goes back to the system.
 *
 * <pre>{@code
 * try (RecyclingWorker worker = new RecyclingWorker(WorkerProcess.Spec.defaults(), 100)) {
 *     Result r = worker.call(() -> leakyLibrary.compute(input));
 * }
 * }</pre>
 */
public final class RecyclingWorker implements AutoCloseable {

    private final WorkerProcess.Spec spec;
    private final int maxTasks;
    private WorkerProcess current;

    /**
     * @param spec     how to start each worker
     * @param maxTasks how many tasks a worker runs before it is closed and replaced
     * @throws IllegalArgumentException if {@code maxTasks < 1}
     */
    public RecyclingWorker(WorkerProcess.Spec spec, int maxTasks) {
        if (maxTasks < 1) {
            throw new IllegalArgumentException("a worker must run at least 1 task, not " + maxTasks);
        }
        this.spec = spec;
        this.maxTasks = maxTasks;
    }

    /**
     * Runs {@code task} in the current worker, starting one if there is none; a task that throws counts
     * too. After a worker's {@code maxTasks}-th task, closes it (it has exited when this returns), so
     * that the next call starts a fresh one.
     */
    public <T> T call(Task<T> task) throws ExecutionException, IOException {
        if (current == null) {
            current = WorkerProcess.start(spec);
        }
        try {
            return current.call(task);
        } finally {
            if (current.calls() > maxTasks) {
                current.close();
                current = null;
            }
        }
    }

    /** The current worker's pid, or empty when there is none (before the first task, and after a replacement). */
    public OptionalLong pid() {
        return current == null ? OptionalLong.empty() : OptionalLong.of(current.pid());
    }

    /** Closes the current worker, if any. */
    @Override
    public void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
