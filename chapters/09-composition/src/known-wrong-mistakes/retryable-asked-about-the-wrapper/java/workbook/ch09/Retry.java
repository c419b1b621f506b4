// Mistake: asks retryable about the CompletionException that wraps a failure, not the failure itself
// Caught by: RetryTest#the_retryable_test_sees_the_attempts_own_exception
// Says: not the CompletionException
package workbook.ch09;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Retries a failed stage with exponential backoff: exercise 9.1.
 *
 * <pre>{@code
 * CompletableFuture<byte[]> flag = Retry.withBackoff(
 *         () -> Interruptible.supplyAsync(() -> Http.getFlag(client, base, "BR"), pool),
 *         4, Duration.ofMillis(100), e -> e instanceof IOException, timer);
 * }</pre>
 */
public final class Retry {

    private Retry() {
    }

    /**
     * Starts {@code attempt} and, each time its stage fails with a failure that {@code retryable}
     * accepts, starts it again after a backoff: {@code firstDelay} before the second attempt, twice
     * that before the third, and so on, waited on {@code timer} (no thread sleeps through it). Returns
     * at once.
     *
     * <p>The returned future completes with the first success; fails with a failure that is not
     * retryable as soon as it comes; and after {@code maxAttempts} failed attempts, fails with the
     * last one's exception, the earlier ones {@linkplain Throwable#addSuppressed suppressed} on it.
     * {@code retryable} and the outcome see each attempt's own exception, never the
     * {@link CompletionException} that may wrap it. An {@code attempt} that throws counts as a failed
     * attempt. Cancelling the returned future stops the retries: no attempt starts after it.
     *
     * @throws IllegalArgumentException if {@code maxAttempts} is less than 1
     */
    public static <T> CompletableFuture<T> withBackoff(Supplier<? extends CompletionStage<T>> attempt, int maxAttempts,
                                                       Duration firstDelay, Predicate<? super Throwable> retryable,
                                                       ScheduledExecutorService timer) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        attempt(new Attempts<>(attempt, maxAttempts, retryable, timer, result, new ArrayList<>()), 1, firstDelay);
        return result;
    }

    private record Attempts<T>(Supplier<? extends CompletionStage<T>> attempt, int maxAttempts,
                               Predicate<? super Throwable> retryable, ScheduledExecutorService timer,
                               CompletableFuture<T> result, List<Throwable> earlier) {
    }

    private static <T> void attempt(Attempts<T> a, int n, Duration delay) {
        if (a.result().isDone()) {
            return; // cancelled by the caller
        }
        CompletionStage<T> stage;
        try {
            stage = a.attempt().get();
        } catch (RuntimeException e) {
            stage = CompletableFuture.failedFuture(e);
        }
        stage.whenComplete((value, failure) -> {
            if (failure == null) {
                a.result().complete(value);
                return;
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (n >= a.maxAttempts() || !a.retryable().test(failure)) {
                a.earlier().forEach(cause::addSuppressed);
                a.result().completeExceptionally(cause);
                return;
            }
            a.earlier().add(cause);
            try {
                a.timer().schedule(() -> attempt(a, n + 1, delay.multipliedBy(2)), delay.toNanos(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) { // the timer was shut down: no more attempts
                a.earlier().remove(cause);
                a.earlier().forEach(cause::addSuppressed);
                cause.addSuppressed(e);
                a.result().completeExceptionally(cause);
            }
        });
    }
}
