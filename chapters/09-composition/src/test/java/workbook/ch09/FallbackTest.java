package workbook.ch09;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import workbook.support.Bounded;
import workbook.support.Exercise;

@Exercise(id = "9.2", title = "A timeout with a fallback that hides nothing else", stub = Fallback.class, hint = {
        """
        `orTimeout` and `completeOnTimeout` complete the very future they are called on, for everyone who \
        waits on it ("Timeouts and fallbacks"). How do you give the caller a fallback without touching its \
        stage, and how do you tell a late stage from one that failed in time?""",
        """
        Make a new `CompletableFuture` for the result and pass the stage's outcome on to it with \
        `whenComplete`: its value, or its failure unwrapped from a `CompletionException`, whatever it is. \
        Then run a task after the timeout on `CompletableFuture.delayedExecutor`: if completing the result \
        with the fallback succeeds, the stage was late, so `cancel(true)` it.""" })
@Timeout(30)
class FallbackTest {

    final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void a_value_in_time_is_the_answer() throws Exception {
        CompletableFuture<String> stage = new CompletableFuture<>();
        CompletableFuture<String> name = Fallback.onTimeout(stage, Duration.ofSeconds(5), "BR");
        stage.complete("Brazil");
        assertThat(Bounded.get(name, "the name")).as("the stage answered in time").isEqualTo("Brazil");
    }

    @Test
    void a_late_stage_gives_the_fallback_and_is_cancelled() throws Exception {
        CompletableFuture<String> stage = new CompletableFuture<>();
        CompletableFuture<String> name = Fallback.onTimeout(stage, Duration.ofMillis(100), "BR");
        assertThat(Bounded.get(name, "the fallback after 100 ms")).as("the stage never answers").isEqualTo("BR");
        // the fallback may reach this thread a moment before the cancel does: wait for the stage to settle
        Bounded.until("the late stage to be settled: cancel the late stage, cancel(true), so that its work stops",
                stage::isDone);
        assertThat(stage.isCancelled()).as("cancel the late stage, cancel(true), so that its work stops; do not "
                + "complete the caller's stage with the fallback: the stage is %s", stage).isTrue();
    }

    @Test
    void the_work_behind_a_late_stage_is_interrupted() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        CompletableFuture<String> stage = Interruptible.supplyAsync(() -> {
            started.countDown();
            try {
                new CountDownLatch(1).await();   // a request that never answers
                return "never";
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
        }, pool);
        Bounded.await(started, "the stage's work to start");
        assertThat(Bounded.get(Fallback.onTimeout(stage, Duration.ofMillis(100), "BR"), "the fallback")).isEqualTo("BR");
        Bounded.await(interrupted, "cancel the late stage with cancel(true): its work (from Interruptible) to be interrupted");
    }

    @Test
    void a_failure_in_time_is_not_hidden() {
        CompletableFuture<String> stage = CompletableFuture.<String>failedFuture(new IOException("HTTP 500")).thenApply(s -> s);
        CompletableFuture<String> name = Fallback.onTimeout(stage, Duration.ofSeconds(5), "BR");
        assertThat(Outcomes.of(name, "the failure"))
                .as("a failure is not slowness: the fallback stands in only for a late answer, and the stage's own "
                        + "exception is the cause")
                .isEqualTo("failed: IOException: HTTP 500");
    }

    @Test
    void the_stages_own_timeout_is_a_failure_too() {
        CompletableFuture<String> stage = new CompletableFuture<>();
        stage.completeExceptionally(new TimeoutException("the server's own timeout"));
        CompletableFuture<String> name = Fallback.onTimeout(stage, Duration.ofSeconds(5), "BR");
        assertThat(Outcomes.of(name, "the failure"))
                .as("a stage that fails in time with its own TimeoutException has failed: only this call's timeout "
                        + "gives the fallback")
                .isEqualTo("failed: TimeoutException: the server's own timeout");
    }

    @Test
    void returns_at_once() {
        CompletableFuture<String> stage = new CompletableFuture<>();
        CompletableFuture<String> name = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> Fallback.onTimeout(stage, Duration.ofSeconds(30), "BR"),
                "onTimeout must return at once, a future that completes later: do not block on get(timeout)");
        assertThat(name).as("30 s to go").isNotDone();
        stage.complete("Brazil");
        assertThat(name).as("completes with the stage").isCompletedWithValue("Brazil");
    }

    @Test
    void the_timeout_counts_from_the_call() throws Exception {
        CompletableFuture<String> stage = new CompletableFuture<>();
        CompletableFuture<String> name = Fallback.onTimeout(stage, Duration.ofMillis(200), "BR");
        CompletableFuture<String> late = name.thenApply(n -> n);           // a caller's next stage
        assertThat(Bounded.get(late, "the next stage, after the fallback")).as("the fallback flows on").isEqualTo("BR");
        stage.complete("Brazil");
        assertThat(name.join()).as("an answer after the timeout changes nothing").isEqualTo("BR");
    }
}
