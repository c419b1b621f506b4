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

    /**
     * @param spec     how to start each worker
     * @param maxTasks how many tasks a worker runs before it is closed and replaced
     * @throws IllegalArgumentException if {@code maxTasks < 1}
     */
    public RecyclingWorker(WorkerProcess.Spec spec, int maxTasks) {
        // TODO exercise 7.3: check maxTasks and keep what call() will need
        throw new UnsupportedOperationException(
                "Exercise 7.3 (replace a worker after N tasks) is not solved yet: write RecyclingWorker in src/exercise/java");
    }

    /**
     * Runs {@code task} in the current worker, starting one if there is none; a task that throws counts
     * too. After a worker's {@code maxTasks}-th task, closes it (it has exited when this returns), so
     * that the next call starts a fresh one.
     */
    public <T> T call(Task<T> task) throws ExecutionException, IOException {
        // TODO exercise 7.3: start a worker if needed, call it, close it after maxTasks calls
        throw new UnsupportedOperationException(
                "Exercise 7.3 (replace a worker after N tasks) is not solved yet: write RecyclingWorker.call in src/exercise/java");
    }

    /** The current worker's pid, or empty when there is none (before the first task, and after a replacement). */
    public OptionalLong pid() {
        // TODO exercise 7.3: the current worker's pid
        throw new UnsupportedOperationException(
                "Exercise 7.3 (replace a worker after N tasks) is not solved yet: write RecyclingWorker.pid in src/exercise/java");
    }

    /** Closes the current worker, if any. */
    @Override
    public void close() {
        // TODO exercise 7.3: close the current worker, if any
        throw new UnsupportedOperationException(
                "Exercise 7.3 (replace a worker after N tasks) is not solved yet: write RecyclingWorker.close in src/exercise/java");
    }
}
