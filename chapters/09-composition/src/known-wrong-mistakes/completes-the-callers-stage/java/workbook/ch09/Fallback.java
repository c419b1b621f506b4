// Mistake: completes the caller's stage with the fallback (as completeOnTimeout on it would) instead of cancelling it
// Caught by: FallbackTest#a_late_stage_gives_the_fallback_and_is_cancelled
// Says: do not complete the caller's stage
package workbook.ch09;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * A timeout with a fallback that hides slowness and nothing else: exercise 9.2.
 *
 * <pre>{@code
 * CompletableFuture<String> name = Fallback.onTimeout(
 *         Interruptible.supplyAsync(() -> Http.getCountry(client, base, "BR"), pool), Duration.ofSeconds(1), "BR");
 * }</pre>
 */
public final class Fallback {

    private Fallback() {
    }

    /**
     * Returns, at once, a new future that completes with {@code stage}'s value if {@code stage}
     * completes within {@code timeout} (counted from this call), or with {@code fallback} if it has
     * not: then {@code stage} is cancelled, {@code cancel(true)}, so that work linked to it (as
     * {@link Interruptible} links it) stops.
     *
     * <p>A failure of {@code stage} within the timeout is not slowness: the returned future fails with
     * {@code stage}'s own exception as its cause, whatever it is, a {@code TimeoutException} of the
     * stage's own included. {@code stage} itself is never completed with the fallback.
     */
    public static <T> CompletableFuture<T> onTimeout(CompletableFuture<T> stage, Duration timeout, T fallback) {
        CompletableFuture<T> result = new CompletableFuture<>();
        stage.whenComplete((value, failure) -> {
            if (failure == null) {
                result.complete(value);
            } else {
                result.completeExceptionally(failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure);
            }
        });
        CompletableFuture.delayedExecutor(timeout.toNanos(), TimeUnit.NANOSECONDS).execute(() -> {
            if (result.complete(fallback)) { // only if the stage has not completed it first
                stage.complete(fallback);
            }
        });
        return result;
    }
}
