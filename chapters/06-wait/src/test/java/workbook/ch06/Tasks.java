package workbook.ch06;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import workbook.support.Bounded;

/**
 * Tasks for the exercise tests whose end the test decides (they succeed, fail, or block until they are
 * interrupted, and remember which of them were started and which were interrupted) and a pool to run
 * them, which {@link #close()} stops, interrupting whatever still runs.
 *
 * <pre>{@code
 * @AutoClose
 * final Tasks tasks = new Tasks();
 * }</pre>
 */
final class Tasks implements AutoCloseable {

    private final ExecutorService pool = Executors.newCachedThreadPool();

    private final Set<String> started = ConcurrentHashMap.newKeySet();
    private final Set<String> interrupted = ConcurrentHashMap.newKeySet();

    /** The pool for the code under test to run the tasks on. */
    ExecutorService pool() {
        return pool;
    }

    /** Returns {@code name} at once. */
    Callable<String> succeeding(String name) {
        return () -> {
            started.add(name);
            return name;
        };
    }

    /** Throws {@code IOException(name)} at once. */
    Callable<String> failing(String name) {
        return () -> {
            started.add(name);
            throw new IOException(name);
        };
    }

    /**
     * Blocks until interrupted. Never left to hang a build: after {@link Bounded#DEFAULT} it gives up
     * and answers {@code name + " (never interrupted)"}, which no test expects.
     */
    Callable<String> blocking(String name) {
        return () -> {
            started.add(name);
            try {
                new CountDownLatch(1).await(Bounded.DEFAULT.toNanos(), TimeUnit.NANOSECONDS);
                return name + " (never interrupted)";
            } catch (InterruptedException e) {
                interrupted.add(name);
                throw e;
            }
        };
    }

    /** The tasks that have been called, by name. */
    Set<String> started() {
        return Set.copyOf(started);
    }

    /** The messages of an exception's cause and of its suppressed exceptions. */
    static List<String> reasons(Throwable e) {
        List<String> reasons = new ArrayList<>(List.of(e.getCause().getMessage()));
        Arrays.stream(e.getSuppressed()).map(Throwable::getMessage).forEach(reasons::add);
        return reasons;
    }

    /**
     * {@code task}, run only once the blocking tasks named have started: without it a quick task can
     * decide the answer before a slow one has started, and a slow task cancelled before it started is
     * never interrupted.
     */
    <T> Callable<T> afterStarted(Callable<T> task, String... names) {
        return () -> {
            Bounded.until(String.join(", ", names) + " to start", () -> started.containsAll(Set.of(names)));
            return task.call();
        };
    }

    /** Waits until each of {@code names} has been interrupted, or fails naming them and {@code why}. */
    void awaitInterrupted(String why, String... names) {
        Bounded.until(why + ": " + String.join(", ", names) + " to be interrupted",
                () -> interrupted.containsAll(Set.of(names)));
    }

    @Override
    public void close() {
        pool.shutdownNow();
        pool.close();
    }
}
