// Mistake: a fixed pool whose threads are virtual: the tasks share a few virtual threads instead of getting one each
// Caught by: VirtualPoolTest#each_task_runs_on_a_new_virtual_thread_named_after_the_pool
// Says: not a pool of virtual threads
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
        this.threads = Executors.newFixedThreadPool(size, Thread.ofVirtual().name(name + "-", 1).factory());
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
        threads.execute(() -> { // a new virtual thread, at once: the caller never waits
            try {
                places.acquire(); // waiting for a place is this thread's "queue"
            } catch (InterruptedException e) {
                return; // shutdownNow before its turn: it never runs
            }
            if (stopped) { // interrupted and given the place at once: acquire may return all the same
                places.release();
                return;
            }
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
