package workbook.ch06;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import workbook.flags.Countries;
import workbook.support.Bounded;
import workbook.support.Exercise;

@Exercise(id = "6.2", title = "A hedged request", stub = Hedge.class, hint = {
        """
        The section "A hedged request" tells the story. Two things make you ask the next replica: the hedge \
        delay passing with no answer, and the last replica asked failing. Which JDK class lets you wait, \
        with a timeout, for whichever request ends first?""",
        """
        Submit through an `ExecutorCompletionService` and keep every future. One loop, in which `poll` with \
        a timeout decides each turn: wait the hedge delay while replicas remain to ask, the time left after \
        that. Nothing back means ask the next (or time is up), a failure means ask the next at once, a \
        success ends the loop. A `finally` cancels every future with an interrupt: the losers must not run \
        on.""" })
class HedgeTest {

    @AutoClose
    final Tasks tasks = new Tasks();
    final ExecutorService pool = tasks.pool();

    String hedge(Duration hedgeDelay, Duration timeout, List<Callable<String>> replicas)
            throws InterruptedException, ExecutionException, TimeoutException {
        return Hedge.firstSuccess(pool, replicas, hedgeDelay, timeout);
    }

    @Test
    void a_slow_first_replica_is_hedged_and_the_second_answers() throws Exception {
        String answer = hedge(Duration.ofMillis(50), Bounded.DEFAULT, List.of(tasks.blocking("slow"),
                tasks.afterStarted(tasks.succeeding("fast"), "slow")));
        assertThat(answer).as("the first replica never answers; after the hedge delay the second is asked")
                .isEqualTo("fast");
        tasks.awaitInterrupted("the losing request must be cancelled with cancel(true)", "slow");
    }

    @Test
    void no_hedge_is_sent_when_the_first_answers_in_time() throws Exception {
        CountingExecutor counting = new CountingExecutor(pool);
        String answer = Hedge.firstSuccess(counting, List.of(tasks.succeeding("first"), tasks.succeeding("second")),
                Duration.ofSeconds(5), Bounded.DEFAULT);
        // the count of requests first: it holds whatever the timing, where the answer of a call that asked
        // both replicas depends on which one a busy machine ran first
        assertThat(counting.submitted.get()).as("requests sent: a hedged request asks the second replica only if "
                + "the first is late: asking every replica at once doubles the load").isEqualTo(1);
        assertThat(tasks.started()).as("a hedged request asks the second replica only if the first is late: "
                + "asking every replica at once doubles the load").containsExactly("first");
        assertThat(answer).as("the first replica answers at once").isEqualTo("first");
    }

    @Test
    void the_second_replica_is_asked_only_after_the_hedge_delay() throws Exception {
        Duration hedgeDelay = Duration.ofMillis(200);
        List<Long> askedAt = new ArrayList<>();
        long start = System.nanoTime();
        Callable<String> second = () -> {
            askedAt.add(System.nanoTime() - start);
            return "second";
        };
        assertThat(hedge(hedgeDelay, Bounded.DEFAULT, List.of(tasks.blocking("first"), second))).isEqualTo("second");
        assertThat(Duration.ofNanos(askedAt.getFirst())).as("the second replica is asked once the first has had "
                + "its hedge delay of 200 ms, not before").isGreaterThanOrEqualTo(hedgeDelay);
    }

    @Test
    void a_failure_asks_the_next_replica_at_once() throws Exception {
        try {
            String answer = hedge(Duration.ofMinutes(1), Bounded.DEFAULT,
                    List.of(tasks.failing("down"), tasks.succeeding("up")));
            assertThat(answer).as("the second replica's answer").isEqualTo("up");
        } catch (ExecutionException e) {
            fail("a failed replica is skipped: its failure is not the answer while another replica may still "
                    + "succeed; ask the next one at once", e);
        } catch (TimeoutException e) {
            fail("the first replica failed at once: that is a reason to ask the next one at once, "
                    + "not after the hedge delay of 1 minute", e);
        }
    }

    @Test
    void the_first_success_wins_even_after_failures() throws Exception {
        String answer = hedge(Duration.ofMillis(20), Bounded.DEFAULT,
                List.of(tasks.failing("a"), tasks.blocking("b"), tasks.failing("c"),
                tasks.afterStarted(tasks.succeeding("d"), "b")));
        assertThat(answer).as("failures are skipped, not returned").isEqualTo("d");
        tasks.awaitInterrupted("the request still running when d answered must be cancelled", "b");
    }

    @Test
    void it_fails_only_when_every_replica_failed_and_names_every_failure() {
        assertThat(catchThrowable(() -> hedge(Duration.ofMillis(20), Bounded.DEFAULT,
                List.of(tasks.failing("one"), tasks.failing("two"), tasks.failing("three")))))
                .as("every replica failed")
                .isInstanceOf(ExecutionException.class)
                .satisfies(e -> assertThat(Tasks.reasons(e))
                        .as("the cause and the suppressed exceptions name each failure once")
                        .containsExactlyInAnyOrder("one", "two", "three"))
                .cause().as("the cause is a replica's own exception").isInstanceOf(IOException.class);
    }

    @Test
    void a_timeout_throws_and_cancels_every_request() {
        assertThat(catchThrowable(() -> hedge(Duration.ofMillis(20), Duration.ofMillis(300),
                List.of(tasks.blocking("a"), tasks.blocking("b")))))
                .as("neither replica answers within 300 ms")
                .isInstanceOf(TimeoutException.class);
        tasks.awaitInterrupted("after a timeout nobody wants the answers: cancel(true) each request", "a", "b");
    }

    @Test
    void one_deadline_for_the_whole_call_not_a_timeout_per_poll() {
        // the answer comes soon after the second replica is asked (300 ms against a timeout of 2 s), so that a
        // timeout counted from that ask never runs out by chance, even on a machine busy with other work
        Callable<String> late = () -> { // answers 300 ms after it is asked
            new CountDownLatch(1).await(300, TimeUnit.MILLISECONDS);
            return "late";
        };
        assertThat(catchThrowable(() -> hedge(Duration.ofMillis(1900), Duration.ofSeconds(2),
                List.of(tasks.blocking("first"), late))))
                .as("one deadline for the whole call, not a timeout per poll: the second replica, asked after the "
                        + "hedge delay of 1.9 s, answers 300 ms later, past the timeout of 2 s since the call; "
                        + "a timeout counted from the last replica asked waits for it")
                .isInstanceOf(TimeoutException.class);
        tasks.awaitInterrupted("after a timeout nobody wants the answers: cancel(true) each request", "first");
    }

    @Test
    void no_replicas_is_refused() {
        assertThat(catchThrowable(() -> Hedge.firstSuccess(pool, List.<Callable<String>>of(), Duration.ZERO,
                Bounded.DEFAULT)))
                .as("no replicas to ask: IllegalArgumentException, as the javadoc promises, before anything else")
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** An executor that counts the tasks given to it and runs them on another. */
    static final class CountingExecutor extends AbstractExecutorService {
        final AtomicInteger submitted = new AtomicInteger();
        private final ExecutorService inner;

        CountingExecutor(ExecutorService inner) {
            this.inner = inner;
        }

        @Override
        public void execute(Runnable command) {
            submitted.incrementAndGet();
            inner.execute(command);
        }

        @Override
        public void shutdown() {
            inner.shutdown();
        }

        @Override
        public List<Runnable> shutdownNow() {
            return inner.shutdownNow();
        }

        @Override
        public boolean isShutdown() {
            return inner.isShutdown();
        }

        @Override
        public boolean isTerminated() {
            return inner.isTerminated();
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
            return inner.awaitTermination(timeout, unit);
        }
    }

    @Test
    void hedging_two_flags_servers_gets_the_flag_from_the_fast_one() throws Exception {
        try (TracedFlags slow = TracedFlags.start("slow", Map.of("BR", Duration.ofSeconds(3)));
             TracedFlags fast = TracedFlags.start("fast", Map.of())) {
            byte[] flag = Hedge.firstSuccess(pool, List.of(slow.fetch("BR"), fast.fetch("BR")),
                    Duration.ofMillis(100), Bounded.DEFAULT);
            assertThat(flag).as("the flag of BR, from the fast replica").isEqualTo(Countries.flag("BR"));
            Bounded.until("the slow replica's download of BR to be interrupted",
                    () -> slow.interrupted().contains("BR"));
        }
    }
}
