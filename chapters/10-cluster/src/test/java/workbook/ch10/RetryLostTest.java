package workbook.ch10;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.hazelcast.core.MemberLeftException;
import com.hazelcast.spi.exception.TargetNotMemberException;

import workbook.support.Bounded;
import workbook.support.Exercise;

/**
 * No cluster here: the futures fail as a lost member's futures do in Hazelcast 5.7 (an
 * {@link ExecutionException} caused by {@link MemberLeftException}, as the flagship's {@code --kill-one}
 * run shows), on a schedule, so that every case is the same on every run.
 */
@Exercise(id = "10.2", title = "Retry a task lost with its member, exactly once", stub = RetryLost.class, hint = {
        """
        A lost member and a failed task both surface as an `ExecutionException`: how do you tell them apart? \
        "Losing a member" shows the helper. And how long may the second wait take, if both share one \
        deadline?""",
        """
        Fix the deadline first. Wait for the first future until the deadline; if it throws an \
        `ExecutionException` that `Lost.isLost` says is a lost member, ask for the task again, once, and \
        wait for its future with the time left until the deadline. Any other `ExecutionException` is the \
        task's own failure: rethrow it. Let `TimeoutException` and `InterruptedException` go: a slow member \
        is not a lost one.""" })
@Timeout(30)
class RetryLostTest {

    final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    final ExecutorService caller = Executors.newSingleThreadExecutor();
    final AtomicInteger agains = new AtomicInteger();

    @AfterEach
    void stop() {
        timer.shutdownNow();
        caller.shutdownNow();
    }

    Supplier<Future<String>> again(Future<String> next) {
        return () -> {
            agains.incrementAndGet();
            return next;
        };
    }

    static CompletableFuture<String> failed(Throwable t) {
        return CompletableFuture.failedFuture(t);
    }

    /** What RetryLost.get gave: a value or what it threw, on another thread, within 20 s. */
    record Outcome(RetryLost.Retried<String> value, Throwable thrown) {
    }

    Outcome call(Future<String> first, Supplier<Future<String>> again, Duration timeout) {
        try {
            return new Outcome(Bounded.get(caller.submit(() -> RetryLost.get(first, again, timeout)), Duration.ofSeconds(20), "RetryLost.get"), null);
        } catch (ExecutionException e) {
            return new Outcome(null, e.getCause());
        }
    }

    @Test
    void a_value_comes_back_without_a_retry() {
        Outcome o = call(CompletableFuture.completedFuture("checked"), again(failed(new AssertionError())), Duration.ofSeconds(5));
        assertThat(o).as("the first member answered: its value, not retried").isEqualTo(new Outcome(new RetryLost.Retried<>("checked", false), null));
        assertThat(agains).as("again is never called when the first member answers").hasValue(0);
    }

    @Test
    void a_task_whose_member_left_is_sent_again_exactly_once() {
        Outcome o = call(failed(new MemberLeftException("127.0.0.1:5702 left")),
                again(CompletableFuture.completedFuture("checked elsewhere")), Duration.ofSeconds(5));
        assertThat(o).as("a lost member's task is sent again: the second member's value, marked retried")
                .isEqualTo(new Outcome(new RetryLost.Retried<>("checked elsewhere", true), null));
        assertThat(agains).as("a lost member's task is sent again exactly once").hasValue(1);
    }

    @Test
    void a_task_sent_to_a_member_that_had_already_left_is_sent_again() {
        Outcome o = call(failed(new TargetNotMemberException("127.0.0.1:5702 is not a member")),
                again(CompletableFuture.completedFuture("checked elsewhere")), Duration.ofSeconds(5));
        assertThat(o).as("a member that had left before the task was sent (TargetNotMemberException) is lost too: "
                + "ask Lost.isLost, not only for MemberLeftException").isEqualTo(new Outcome(new RetryLost.Retried<>("checked elsewhere", true), null));
    }

    @Test
    void a_task_that_threw_is_not_retried() {
        Outcome o = call(failed(new ArithmeticException("/ by zero")), again(CompletableFuture.completedFuture("twice")), Duration.ofSeconds(5));
        assertThat(o.thrown()).as("a task that threw is not retried: its ExecutionException, with what it threw as the cause, is the answer")
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(ArithmeticException.class);
        assertThat(agains).as("a task that threw is not retried: again must not be called").hasValue(0);
    }

    @Test
    void a_second_loss_is_the_answer_not_a_third_try() {
        Future<String> lostAgain = failed(new MemberLeftException("second left"));
        Supplier<Future<String>> once = () -> {
            if (agains.incrementAndGet() > 1) {
                throw new AssertionError("retried at most once: again was called a second time");
            }
            return lostAgain;
        };
        Outcome o = call(failed(new MemberLeftException("first left")), once, Duration.ofSeconds(5));
        assertThat(o.thrown()).as("retried at most once: the second member's loss is thrown")
                .isInstanceOf(ExecutionException.class);
    }

    @Test
    void a_slow_member_is_not_a_lost_one() {
        Outcome o = call(new CompletableFuture<>(), again(CompletableFuture.completedFuture("too soon")), Duration.ofMillis(300));
        assertThat(o.thrown()).as("slow is not lost: a first member that does not answer in time is a TimeoutException, not a retry")
                .isInstanceOf(TimeoutException.class);
        assertThat(agains).as("slow is not lost: again must not be called on a timeout").hasValue(0);
    }

    @Test
    void one_deadline_covers_both_waits() {
        // the first member is lost after 1.5 s of a 3 s timeout; the second answers 1.6 s after it is asked:
        // each well inside the timeout, so that a timeout per wait never runs out by chance on a busy machine
        CompletableFuture<String> first = new CompletableFuture<>();
        CompletableFuture<String> second = new CompletableFuture<>();
        timer.schedule(() -> first.completeExceptionally(new MemberLeftException("left")), 1500, TimeUnit.MILLISECONDS);
        Supplier<Future<String>> again = () -> {
            agains.incrementAndGet();
            timer.schedule(() -> second.complete("after the deadline"), 1600, TimeUnit.MILLISECONDS);
            return second;
        };
        Outcome o = call(first, again, Duration.ofSeconds(3));
        assertThat(o.thrown())
                .as("one deadline for both waits, not a timeout per wait: 3 s from the call, "
                        + "so the second wait has only 1.5 s left and the answer at 3.1 s is too late; got %s", o)
                .isInstanceOf(TimeoutException.class);
    }
}
