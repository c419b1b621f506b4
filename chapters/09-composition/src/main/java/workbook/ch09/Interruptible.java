package workbook.ch09;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;

/**
 * Starts a task whose {@link CompletableFuture} reaches back to the work: completing the future from
 * outside, by {@code cancel}, {@code orTimeout}, {@code completeOnTimeout} or {@code complete},
 * interrupts the task if it is still running.
 *
 * <p>{@link CompletableFuture#supplyAsync} gives no such link: its future has no idea which thread
 * computes it, so {@code cancel(true)} marks the future cancelled and leaves the work running.
 *
 * <pre>{@code
 * CompletableFuture<byte[]> flag = Interruptible.supplyAsync(() -> Http.getFlag(client, base, "BR"), pool);
 * flag.orTimeout(1, TimeUnit.SECONDS);   // after a second: TimeoutException, and the request is interrupted
 * }</pre>
 *
 * <p>Only the future returned here is linked: a stage made from it ({@code thenApply} and the others)
 * is a new future, and cancelling that one does not reach back to this one.
 */
public final class Interruptible {

    private Interruptible() {
    }

    // tag::supply[]
    /** Runs {@code work} on {@code executor}; completing the returned future first interrupts the work. */
    public static <T> CompletableFuture<T> supplyAsync(Callable<T> work, Executor executor) {
        CompletableFuture<T> result = new CompletableFuture<>();
        FutureTask<T> task = new FutureTask<>(work) {
            @Override
            protected void done() {              // the work ended: pass on how
                switch (state()) {
                    case SUCCESS -> result.complete(resultNow());
                    case FAILED -> result.completeExceptionally(exceptionNow());
                    default -> result.cancel(false);
                }
            }
        };
        result.whenComplete((value, failure) -> task.cancel(true)); // a no-op once the work has ended
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(e);
        }
        return result;
    }
    // end::supply[]
}
