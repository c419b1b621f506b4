// Mistake: passing cancel() on to FutureTask once the task runs, which cancels and interrupts it
// Caught by: TrackingFutureTest#an_executing_task_is_running_and_cancel_leaves_it_alone
// Says: cancel(true) of an executing task fails
package workbook.ch04;

import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Exercise 4.2: a {@link FutureTask} that knows, as Python's futures do, whether its task is still
 * waiting in a queue ({@link Phase#PENDING}) or executing ({@link Phase#RUNNING}), and that can be
 * cancelled only while it waits.
 *
 * <p>{@link java.util.concurrent.Future.State#RUNNING} means only "not completed": a plain
 * {@code FutureTask} cannot tell a queued task from one that executes, and its {@code cancel} succeeds in
 * both cases. Here the first of {@link #run()} and {@link #cancel(boolean)} to claim the task wins: once
 * it runs, {@code cancel} returns {@code false} and the task finishes, like Python's
 * {@code future.cancel()}.
 *
 * <pre>{@code
 * TrackingFuture<byte[]> br = new TrackingFuture<>(() -> Http.getFlag(client, baseUrl, "BR"));
 * executor.execute(br);
 * if (!br.cancel(false)) {          // too late: it is executing, or done
 *     System.out.println(br.phase());
 * }
 * }</pre>
 *
 * @param <V> the result type of the task
 */
public class TrackingFuture<V> extends FutureTask<V> {

    /** Where a task is, with Python's names ({@code PENDING}, {@code RUNNING}, {@code CANCELLED}, {@code FINISHED}). */
    public enum Phase {
        /** Submitted, not started yet: it can still be cancelled. */
        PENDING,
        /** Executing now: it cannot be cancelled any more. */
        RUNNING,
        /** Cancelled before it started: it will never run. */
        CANCELLED,
        /** Ran to the end, with a result or an exception. */
        FINISHED
    }

    private final AtomicReference<Phase> claim = new AtomicReference<>(Phase.PENDING);

    public TrackingFuture(Callable<V> callable) {
        super(callable);
    }

    /** Runs the task, unless it was cancelled first. */
    @Override
    public void run() {
        if (claim.compareAndSet(Phase.PENDING, Phase.RUNNING)) {
            super.run();
        }
    }

    /**
     * Cancels the task if it has not started; returns whether it is cancelled, so {@code false} once it
     * is running or finished. {@code mayInterruptIfRunning} makes no difference: a task that is running
     * is never cancelled, so there is nothing to interrupt.
     */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        if (claim.compareAndSet(Phase.PENDING, Phase.CANCELLED)) {
            return super.cancel(false);
        }
        return super.cancel(mayInterruptIfRunning);
    }

    /** Where the task is now. */
    public Phase phase() {
        Phase claimed = claim.get();
        return claimed == Phase.RUNNING && isDone() ? Phase.FINISHED : claimed;
    }

    /** Whether the task is executing now, like Python's {@code future.running()}. */
    public boolean running() {
        return phase() == Phase.RUNNING;
    }
}
