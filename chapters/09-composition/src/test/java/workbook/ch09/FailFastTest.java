package workbook.ch09;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import workbook.support.Bounded;
import workbook.support.Exercise;

@Exercise(id = "9.3", title = "allOf that fails fast and cancels the rest", stub = FailFast.class, hint = {
        """
        `CompletableFuture.allOf` waits for every stage even after one has failed ("Waiting for all: allOf \
        and a structured scope"). Which callback tells you of each stage the moment it ends, and who cancels \
        the others when the result fails, or is cancelled by its caller?""",
        """
        Make the result future and an array for the values, by index. A `whenComplete` on each stage either \
        fails the result at once or puts the value in its place, and the stage that brings the last value \
        completes the result. A `whenComplete` on the result cancels every stage when it failed, which also \
        covers the caller's cancel.""",
        """
        Callbacks run on whichever threads complete the stages: count the values with something atomic, and \
        never `join()` inside one. A failure comes wrapped in a `CompletionException`. What does an empty \
        list give?""" })
@Timeout(30)
class FailFastTest {

    final ExecutorService pool = Executors.newCachedThreadPool();
    final List<CompletableFuture<String>> made = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        made.forEach(stage -> stage.cancel(true)); // frees a thread a wrong answer left blocked in join()
        pool.shutdownNow();
    }

    CompletableFuture<String> pending() {
        CompletableFuture<String> stage = new CompletableFuture<>();
        made.add(stage);
        return stage;
    }

    @Test
    void gives_every_value_in_input_order() throws Exception {
        CompletableFuture<String> br = pending(), cn = pending(), us = pending();
        CompletableFuture<List<String>> all = FailFast.allOf(List.of(br, cn, us));
        us.complete("US");
        cn.complete("CN");
        assertThat(all).as("BR has not answered").isNotDone();
        br.complete("BR");
        assertThat(Outcomes.of(all, "every value")).as("the values in input order, not completion order")
                .isEqualTo("[BR, CN, US]");
    }

    @Test
    void fails_at_the_first_failure_without_waiting_for_the_others() {
        CompletableFuture<String> slow = pending();
        CompletableFuture<String> failing = pending();
        CompletableFuture<List<String>> all = FailFast.allOf(List.of(slow, failing));
        failing.completeExceptionally(new IOException("HTTP 500"));
        assertThat(Outcomes.of(all, Duration.ofSeconds(2),
                "the composite to fail fast at the first failure, without waiting for the others"))
                .as("the failing stage's own exception").isEqualTo("failed: IOException: HTTP 500");
    }

    @Test
    void cancels_the_others_after_a_failure() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        CompletableFuture<String> slow = Interruptible.supplyAsync(() -> {
            started.countDown();
            try {
                new CountDownLatch(1).await();
                return "never";
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
        }, pool);
        CompletableFuture<String> failing = pending();
        CompletableFuture<List<String>> all = FailFast.allOf(List.of(slow, failing));
        Bounded.await(started, "the slow stage's work to start");
        failing.completeExceptionally(new IOException("HTTP 500"));
        Bounded.until("the composite to fail", all::isDone);
        assertThat(slow.isCancelled()).as("after a failure nobody wants the others: cancel the others with cancel(true)")
                .isTrue();
        Bounded.await(interrupted, "cancel the others with cancel(true): the slow stage's work to be interrupted");
    }

    @Test
    void cancelling_the_composite_cancels_every_stage() {
        CompletableFuture<String> br = pending(), cn = pending();
        CompletableFuture<List<String>> all = FailFast.allOf(List.of(br, cn));
        all.cancel(true);
        assertThat(List.of(br, cn)).as("cancelling the composite must reach the stages: a stage made from others "
                + "does not cancel them by itself").allMatch(CompletableFuture::isCancelled);
    }

    @Test
    void an_empty_list_gives_an_empty_list() throws Exception {
        CompletableFuture<List<String>> all = FailFast.allOf(List.<CompletableFuture<String>>of());
        assertThat(Outcomes.of(all, Duration.ofSeconds(2), "an empty list: nothing to wait for"))
                .as("an empty list of stages gives an empty list, at once").isEqualTo("[]");
    }

    @Test
    void a_stage_given_twice_gives_its_value_twice() throws Exception {
        CompletableFuture<String> br = pending(), cn = pending();
        CompletableFuture<List<String>> all = FailFast.allOf(List.of(br, cn, br));
        br.complete("BR");
        cn.complete("CN");
        assertThat(Outcomes.of(all, Duration.ofSeconds(2), "every value, BR twice"))
                .as("one value per place in the list: a stage given twice gives its value twice")
                .isEqualTo("[BR, CN, BR]");
    }
}
