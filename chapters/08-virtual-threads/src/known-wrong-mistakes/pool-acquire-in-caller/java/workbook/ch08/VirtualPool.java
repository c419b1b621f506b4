// Mistake: the place is taken in execute, on the caller's thread, so submit blocks when the pool is full
// Caught by: VirtualPoolTest#runs_at_most_size_tasks_at_once_and_submit_never_waits_for_a_place
// Says: never wait for a place
package workbook.ch08;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Exercise 8.2: a drop-in replacement for {@code Executors.newFixedThreadPool(size)} that runs each task
 * on a new virtual thread, so that callers written for the pool keep working unchanged.
 *
 * <p>What callers of a fixed pool rely on, and this executor keeps: at most {@code size} tasks run at
 * once and the others wait their turn, in order; {@code submit} never blocks; a task that fails does not
 * cost a place; {@code shutdown} refuses new tasks but runs those submitted; {@code shutdownNow}
 * interrupts the running tasks and runs none of those still waiting; {@code close()} waits for all.
 * Its threads are named {@code NAME-1}, {@code NAME-2}, ... as a naming thread factory would name a pool's.
 *
 * <pre>{@code
 * ExecutorService executor = VirtualPool.newFixedPool(100, "flags");  // was Executors.newFixedThreadPool(100)
 * }</pre>
 *
 * <p>Unlike a pool's {@code shutdownNow}, this one returns an empty list: the tasks waiting for their turn
 * are virtual threads blocked on the semaphore, which the interrupt ends without running them.
 */
public final class VirtualPool extends AbstractExecutorService {

    private final Semaphore places;
    private final ExecutorService threads;
    private volatile boolean stopped; // shutdownNow was called: tasks not yet running never will

    private VirtualPool(int size, String name) {
        this.places = new Semaphore(size, true); // fair: tasks get their turn in the order they came
        this.threads = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name(name + "-", 1).factory());
    }

    /**
     * A new executor that runs at most {@code size} tasks at once, each on a new virtual thread.
     *
     * @throws IllegalArgumentException if {@code size} is less than 1
     */
    public static ExecutorService newFixedPool(int size, String name) {
        if (size < 1) {
            throw new IllegalArgumentException("the size must be at least 1, not " + size);
        }
        return new VirtualPool(size, Objects.requireNonNull(name, "name"));
    }

    // tag::solution[]
    @Override
    public void execute(Runnable command) {
        Objects.requireNonNull(command, "command");
        try {
            places.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.RejectedExecutionException("interrupted while waiting for a place", e);
        }
        threads.execute(() -> {
            try {
                command.run();
            } finally {
                places.release();
            }
        });
    }
    // end::solution[]

    @Override
    public void shutdown() {
        threads.shutdown();
    }

    @Override
    public List<Runnable> shutdownNow() {
        stopped = true; // before the interrupts: a task that gets its place anyway sees it
        threads.shutdownNow();
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return threads.isShutdown();
    }

    @Override
    public boolean isTerminated() {
        return threads.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return threads.awaitTermination(timeout, unit);
    }
}
