package workbook.ch09;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
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
        // TODO 9.1: retry a failed stage with a doubling backoff on the timer, at most maxAttempts times
        throw new UnsupportedOperationException("Exercise 9.1: retry a failed stage with a doubling backoff on the timer, at most maxAttempts times");
    }
}
