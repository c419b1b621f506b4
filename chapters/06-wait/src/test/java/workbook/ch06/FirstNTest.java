package workbook.ch06;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import workbook.flags.Countries;
import workbook.flags.FlagsServer;
import workbook.flags.FlagsServer.Behaviour;
import workbook.flags.Http;
import workbook.flags.Mode;
import workbook.support.Bounded;
import workbook.support.Exercise;

@Exercise(id = "6.3", title = "The first n successes, the rest cancelled", stub = FirstN.class, hint = {
        """
        A completion service gives you the tasks in the order they finish. After how many failures are n \
        successes out of reach? And what must still be running when you return? See "Waiting for the first, \
        in a loop" and "Waiting for one: invokeAny and anyOf".""",
        """
        Submit every task through an `ExecutorCompletionService` and keep the futures. Take them in \
        completion order with `poll` and the time left, keeping successes in order and failures aside, until \
        you have `n` successes, time is up, or too many have failed for `n` to be reached. A `finally` \
        cancels every future with an interrupt.""" })
class FirstNTest {

    @AutoClose
    final Tasks tasks = new Tasks();
    final ExecutorService pool = tasks.pool();

    @Test
    void it_returns_n_successes_and_interrupts_the_tasks_still_running() throws Exception {
        List<String> results = FirstN.successes(pool, List.of(tasks.blocking("slow 1"),
                tasks.afterStarted(tasks.succeeding("A"), "slow 1", "slow 2"), tasks.blocking("slow 2"),
                tasks.afterStarted(tasks.succeeding("B"), "slow 1", "slow 2")), 2, Bounded.DEFAULT);
        assertThat(results).as("the two tasks that succeed at once").containsExactlyInAnyOrder("A", "B");
        tasks.awaitInterrupted("once n have succeeded the rest are not needed: cancel(true) them", "slow 1", "slow 2");
    }

    @Test
    void the_results_come_in_the_order_the_tasks_succeeded() throws Exception {
        Map<String, Duration> delays = Map.of("BR", Duration.ofSeconds(1), "US", Duration.ofSeconds(3));
        try (TracedFlags server = TracedFlags.start("server", delays)) {
            List<Callable<byte[]>> downloads = List.of(server.fetch("US"), server.fetch("BR"), server.fetch("CN"));
            List<byte[]> flags = FirstN.successes(pool, downloads, 2, Bounded.DEFAULT);
            assertThat(flags).as("CN answers at once and BR after 1 s: completion order, not task order")
                    .containsExactly(Countries.flag("CN"), Countries.flag("BR"));
            Bounded.until("the download of US (3 s) to be interrupted once CN and BR were in",
                    () -> server.interrupted().contains("US"));
        }
    }

    @Test
    void failures_are_skipped() throws Exception {
        List<String> results = FirstN.successes(pool, List.of(tasks.failing("x"), tasks.succeeding("A"),
                tasks.failing("y"), tasks.succeeding("B")), 2, Bounded.DEFAULT);
        assertThat(results).as("two of four fail, the other two are the answer").containsExactlyInAnyOrder("A", "B");
    }

    @Test
    void it_fails_as_soon_as_n_successes_are_out_of_reach() {
        assertThat(catchThrowable(() -> FirstN.successes(pool, List.of(
                tasks.afterStarted(tasks.failing("x"), "slow 1", "slow 2"),
                tasks.blocking("slow 1"), tasks.afterStarted(tasks.failing("y"), "slow 1", "slow 2"),
                tasks.blocking("slow 2"), tasks.afterStarted(tasks.failing("z"), "slow 1", "slow 2")), 3,
                Duration.ofSeconds(3))))
                .as("3 of 5 failed: at most 2 can succeed, and 3 are needed")
                .isInstanceOf(ExecutionException.class)
                .satisfies(e -> assertThat(Tasks.reasons(e)).as("the cause and the suppressed exceptions name each failure")
                        .containsExactlyInAnyOrder("x", "y", "z"));
        tasks.awaitInterrupted("do not wait for the tasks still running once the answer is known: cancel(true) them",
                "slow 1", "slow 2");
    }

    @Test
    void a_timeout_throws_and_cancels_every_task() {
        assertThat(catchThrowable(() -> FirstN.successes(pool, List.of(tasks.succeeding("A"), tasks.blocking("slow 1"),
                tasks.blocking("slow 2")), 2, Duration.ofMillis(200))))
                .as("only one task succeeds within 200 ms, and 2 are needed")
                .isInstanceOf(TimeoutException.class);
        tasks.awaitInterrupted("after a timeout nobody wants the answers: cancel(true) each task", "slow 1", "slow 2");
    }

    @Test
    void one_deadline_for_the_whole_call_not_a_timeout_per_poll() {
        // The gaps are short beside the timeout (250 ms against 2 s), so that a timeout per poll never
        // returns early by chance, even on a machine busy with other work
        List<CountDownLatch> gates = IntStream.range(0, 10).mapToObj(i -> new CountDownLatch(1)).toList();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        List<Callable<String>> chain = IntStream.range(0, 10).<Callable<String>>mapToObj(i -> () -> {
            if (i == 0) {
                clock.schedule(gates.getFirst()::countDown, 250, TimeUnit.MILLISECONDS);
            }
            Bounded.await(gates.get(i), "task " + i + "'s turn");
            if (i + 1 < gates.size()) { // the next succeeds 250 ms after this one
                clock.schedule(gates.get(i + 1)::countDown, 250, TimeUnit.MILLISECONDS);
            }
            return "S" + i;
        }).toList();
        try {
            assertThat(catchThrowable(() -> FirstN.successes(pool, chain, 9, Duration.ofSeconds(2))))
                    .as("one deadline for the whole call, not a timeout per poll: each task succeeds 250 ms after "
                            + "the one before, well inside a timeout of 2 s per poll, but the ninth 2.25 s after "
                            + "the call, past its timeout")
                    .isInstanceOf(TimeoutException.class);
        } finally {
            gates.forEach(CountDownLatch::countDown);
            clock.shutdownNow();
            clock.close();
        }
    }

    @Test
    void with_the_error_server_every_good_flag_comes_and_one_more_is_out_of_reach() throws Exception {
        try (FlagsServer server = FlagsServer.start(Mode.ERROR);
             var client = Http.newClient()) {
            List<Callable<String>> downloads = Countries.POP20.stream().<Callable<String>>map(cc -> () -> {
                Http.getFlag(client, server.baseUrl(), cc);
                return cc;
            }).toList();
            List<String> good = Countries.POP20.stream().filter(cc -> server.behaviour(cc) == Behaviour.FLAG).toList();
            assertThat(FirstN.successes(pool, downloads, good.size(), Bounded.DEFAULT))
                    .as("the ERROR server serves %d of the 20 flags: asking for that many gets them all", good.size())
                    .containsExactlyInAnyOrderElementsOf(good);
            assertThat(catchThrowable(() -> FirstN.successes(pool, downloads, good.size() + 1, Bounded.DEFAULT)))
                    .as("one more than the server can serve")
                    .isInstanceOf(ExecutionException.class)
                    .satisfies(e -> assertThat(Tasks.reasons(e)).as("one failure for each of the %d bad flags",
                            20 - good.size()).hasSize(20 - good.size()));
        }
    }

    @Test
    void n_must_be_between_1_and_the_number_of_tasks() {
        List<Callable<String>> two = List.of(tasks.succeeding("A"), tasks.succeeding("B"));
        assertThat(catchThrowable(() -> FirstN.successes(pool, two, 0, Bounded.DEFAULT)))
                .as("n = 0 asks for nothing").isInstanceOf(IllegalArgumentException.class);
        assertThat(catchThrowable(() -> FirstN.successes(pool, two, 3, Bounded.DEFAULT)))
                .as("3 successes from 2 tasks cannot be").isInstanceOf(IllegalArgumentException.class);
        assertThat(tasks.started()).as("a bad n is refused before any task starts").isEmpty();
    }
}
