package workbook.ch09;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import workbook.support.Bounded;
import workbook.support.Exercise;

@Exercise(id = "9.1", title = "Retry with backoff", stub = Retry.class, hint = {
        """
        No thread may sleep through a backoff: who waits, then? And what is a retry, in a world of stages, \
        if not a new attempt started when the last one completes? See "Timeouts and fallbacks" and "Cancel \
        stops nothing, unless told how".""",
        """
        Create the result `CompletableFuture` and return it at once. Write a method that starts attempt n: \
        when its stage completes, it either completes the result, or schedules attempt n + 1 on the timer \
        after the delay, doubled each time. A chain of callbacks, not a loop, and no thread waits.""",
        """
        A failure arrives wrapped in a `CompletionException`: ask `retryable` about the failure inside it. \
        The last failure carries the earlier ones as suppressed. And before an attempt starts, is the result \
        already done? The caller may have cancelled it.""" })
@Timeout(30)
class RetryTest {

    static final Predicate<Throwable> IO = e -> e instanceof IOException;

    final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    final AtomicInteger attempts = new AtomicInteger();
    final List<Long> startedAt = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopTimer() throws InterruptedException {
        timer.shutdownNow();
        assertThat(timer.awaitTermination(10, TimeUnit.SECONDS)).as("the timer ends").isTrue();
    }

    /** An attempt that fails {@code failures} times, as a dependent stage would (wrapped), then answers. */
    Supplier<CompletionStage<String>> failingTimes(int failures) {
        return () -> {
            int n = attempts.incrementAndGet();
            startedAt.add(System.nanoTime());
            if (n > failures) {
                return CompletableFuture.completedFuture("answer " + n);
            }
            // a stage made from a failed one: its failure comes wrapped in a CompletionException
            return CompletableFuture.<String>failedFuture(new IOException("attempt " + n)).thenApply(s -> s);
        };
    }

    @Test
    void returns_the_first_success() {
        CompletableFuture<String> retry = Retry.withBackoff(failingTimes(2), 5, Duration.ofMillis(10), IO, timer);
        assertThat(Outcomes.of(retry, "the retry to answer after two failures"))
                .as("two attempts fail with an IOException, the third answers").isEqualTo("answer 3");
        assertThat(attempts).as("no attempt after the first success").hasValue(3);
    }

    @Test
    void the_retryable_test_sees_the_attempts_own_exception() {
        CompletableFuture<String> retry = Retry.withBackoff(failingTimes(1), 3, Duration.ofMillis(10), IO, timer);
        assertThat(Outcomes.of(retry, "the retry to answer after one failure"))
                .as("retryable is asked about the attempt's own exception (an IOException), not the "
                        + "CompletionException that wraps it").isEqualTo("answer 2");
    }

    @Test
    void gives_up_after_max_attempts_with_the_last_failure() throws Exception {
        List<Throwable> failure = new CopyOnWriteArrayList<>();
        CompletableFuture<String> retry = Retry.withBackoff(failingTimes(Integer.MAX_VALUE), 3, Duration.ofMillis(10), IO, timer);
        retry.whenComplete((value, e) -> failure.add(e));
        assertThat(Outcomes.of(retry, Duration.ofSeconds(3), "the retry to give up after 3 attempts"))
                .as("fails with the last attempt's own exception, after exactly 3 attempts")
                .isEqualTo("failed: IOException: attempt 3");
        assertThat(failure.getFirst().getSuppressed()).as("the earlier failures, suppressed on the last")
                .extracting(Throwable::getMessage).containsExactly("attempt 1", "attempt 2");
        assertThat(attempts).as("exactly 3 attempts").hasValue(3);
    }

    @Test
    void backs_off_longer_before_each_retry() throws Exception {
        Bounded.get(Retry.withBackoff(failingTimes(3), 4, Duration.ofMillis(100), IO, timer), "four attempts");
        assertThat(startedAt).hasSize(4);
        assertThat(gap(0)).as("back off before retrying: the second attempt waits firstDelay, 100 ms, after the first")
                .isGreaterThanOrEqualTo(Duration.ofMillis(100));
        assertThat(gap(1)).as("double the delay after each failure: 200 ms before the third attempt")
                .isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(gap(2)).as("double the delay after each failure: 400 ms before the fourth attempt")
                .isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    Duration gap(int i) {
        return Duration.ofNanos(startedAt.get(i + 1) - startedAt.get(i));
    }

    @Test
    void does_not_retry_a_failure_that_is_not_retryable() {
        Supplier<CompletionStage<String>> broken = () -> {
            attempts.incrementAndGet();
            return CompletableFuture.failedFuture(new IllegalStateException("a bug, not a glitch"));
        };
        CompletableFuture<String> retry = Retry.withBackoff(broken, 5, Duration.ofMillis(10), IO, timer);
        assertThat(Outcomes.of(retry, "the retry to fail")).as("the attempt's own exception")
                .isEqualTo("failed: IllegalStateException: a bug, not a glitch");
        assertThat(attempts).as("a failure that is not retryable fails at once, after 1 attempt").hasValue(1);
    }

    @Test
    void returns_at_once_and_waits_on_the_timer() {
        CompletableFuture<String> retry = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> Retry.withBackoff(failingTimes(1), 3, Duration.ofSeconds(30), IO, timer),
                "withBackoff must return at once and let the timer wait out the 30 s backoff, not sleep through it");
        assertThat(retry).as("the second attempt waits 30 s on the timer").isNotDone();
        retry.cancel(true);
    }

    @Test
    void cancelling_stops_the_retries() throws InterruptedException {
        CompletableFuture<String> retry = Retry.withBackoff(failingTimes(Integer.MAX_VALUE), 5, Duration.ofMillis(100), IO, timer);
        assertThat(attempts).as("the first attempt starts at once").hasValue(1);
        retry.cancel(true);
        timer.shutdown();               // runs what was scheduled, then ends
        assertThat(timer.awaitTermination(10, TimeUnit.SECONDS)).as("the timer ends").isTrue();
        assertThat(attempts).as("cancelling the retry stops it: no attempt starts after the cancel").hasValue(1);
    }

    @Test
    void refuses_fewer_than_one_attempt() {
        assertThatThrownBy(() -> Retry.withBackoff(failingTimes(0), 0, Duration.ofMillis(10), IO, timer))
                .as("maxAttempts 0").isInstanceOf(IllegalArgumentException.class);
    }
}
