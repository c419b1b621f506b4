package workbook.ch03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import workbook.support.Bounded;
import workbook.support.Exercise;

@Exercise(id = "3.1", title = "An ordered, lazy map with one deadline", stub = ExecutorMap.class, hint = {
        """
        Python's `Executor.map` takes one timeout for the whole iteration, not one per result: \
        "Executor.map: in order, lazy, one deadline" shows it. When is the deadline fixed, when is each task \
        submitted, and what becomes of the tasks still queued once something has gone wrong?""",
        """
        Fix the deadline with `System.nanoTime()` at the call and submit every item at once, keeping the \
        futures in a queue in item order. `next()` waits on the head future with `get` for the time left (a \
        wait of zero or less still returns a result that is ready). A task's `ExecutionException` becomes a \
        `CompletionException` with the task's own cause; a `TimeoutException` becomes one too.""",
        """
        On any failure, and in `close()`, cancel every future left with `cancel(true)`, the last one first, \
        so that a queued task cannot start on the thread that an interrupted one frees; then empty the \
        queue. An `InterruptedException` caught while waiting must leave the thread interrupted.""" })
class ExecutorMapTest {

    /**
     * A task the tests steer by its item: "stuck" waits for {@link #release} (5 s at most), "boom"
     * fails, any other item returns at once in upper case. It notes which items finished.
     */
    static final class Probe implements ExecutorMap.Task<String, String> {
        final CountDownLatch stuckStarted = new CountDownLatch(1);
        final CountDownLatch stuckInterrupted = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<String> finished = new CopyOnWriteArrayList<>();

        @Override
        public String apply(String item) throws Exception {
            if (item.equals("boom")) {
                throw new IOException("boom: no such flag");
            }
            if (item.equals("stuck")) {
                stuckStarted.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    stuckInterrupted.countDown();
                    throw e;
                }
            }
            finished.add(item);
            return item.toUpperCase();
        }
    }

    private final Probe probe = new Probe();

    private static <R> List<R> drain(ExecutorMap.Results<R> results) {
        List<R> all = new ArrayList<>();
        while (results.hasNext()) {
            all.add(results.next());
        }
        return all;
    }

    @Test
    void results_come_in_the_order_of_the_items_though_later_items_finish_first() {
        List<CountDownLatch> finished = IntStream.range(0, 5).mapToObj(i -> new CountDownLatch(1)).toList();
        List<Integer> finishOrder = new CopyOnWriteArrayList<>();
        ExecutorMap.Task<Integer, String> lastFinishesFirst = i -> {
            if (i < 4) {
                Bounded.await(finished.get(i + 1), "item " + (i + 1) + " to finish before item " + i);
            }
            finishOrder.add(i);
            finished.get(i).countDown();
            return "r" + i;
        };
        try (ExecutorService pool = Executors.newFixedThreadPool(5);
             ExecutorMap.Results<String> results = ExecutorMap.map(pool, lastFinishesFirst, List.of(0, 1, 2, 3, 4),
                     Duration.ofSeconds(10))) {
            assertThat(drain(results)).as("the results, in the order of the items 0 to 4")
                    .containsExactly("r0", "r1", "r2", "r3", "r4");
            assertThat(finishOrder).as("the order in which the tasks finished: last item first")
                    .containsExactly(4, 3, 2, 1, 0);
            assertThatThrownBy(results::next).as("next() after the last result, as for any Iterator")
                    .isInstanceOf(NoSuchElementException.class);
        }
    }

    @Test
    void every_task_is_submitted_at_the_call_and_map_returns_without_waiting_for_results() {
        CountDownLatch started = new CountDownLatch(4);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorMap.Task<Integer, String> waitForRelease = i -> {
            started.countDown();
            return release.await(5, TimeUnit.SECONDS) ? "released" : "gave up waiting";
        };
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            try (ExecutorMap.Results<String> results = ExecutorMap.map(pool, waitForRelease, List.of(1, 2, 3, 4))) {
                Bounded.await(started, Duration.ofSeconds(5),
                        "all 4 tasks to start before the first next(): map submits every item at the call");
                release.countDown();
                assertThat(drain(results))
                        .as("map must return at once, not wait for results: no task may give up waiting for release")
                        .containsExactly("released", "released", "released", "released");
            } finally {
                release.countDown();
            }
        }
    }

    @Test
    void a_shut_down_executor_rejects_the_map_at_the_call() {
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            pool.shutdown();
            assertThatThrownBy(() -> ExecutorMap.map(pool, probe, List.of("a", "b"), Duration.ofSeconds(1)))
                    .as("map submits at the call, so the refusal comes from map itself, not from a later next()")
                    .isInstanceOf(RejectedExecutionException.class);
        }
    }

    @Test
    void a_refused_task_takes_back_the_tasks_submitted_before_it() {
        // one thread and room for one queued task: "stuck" runs, "queued" waits, "refused" is rejected
        try (ExecutorService pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1))) {
            try {
                assertThatThrownBy(() -> ExecutorMap.map(pool, probe, List.of("stuck", "queued", "refused")))
                        .as("the third task does not fit in the pool").isInstanceOf(RejectedExecutionException.class);
            } finally {
                probe.release.countDown();
            }
        }
        assertThat(probe.finished)
                .as("a map that failed at the call leaves no task of its own behind: 'stuck' must be cancelled "
                        + "with cancel(true) and 'queued' never run")
                .isEmpty();
    }

    @Test
    void a_failed_task_surfaces_when_next_reaches_it() {
        CountDownLatch oneFailed = new CountDownLatch(1);
        ExecutorMap.Task<Integer, String> oneFails = i -> {
            if (i == 1) {
                try {
                    throw new IllegalStateException("no flag for item 1");
                } finally {
                    oneFailed.countDown();
                }
            }
            if (i == 0) {
                Bounded.await(oneFailed, "item 1 to fail before item 0 finishes");
            }
            return "r" + i;
        };
        try (ExecutorService pool = Executors.newFixedThreadPool(3);
             ExecutorMap.Results<String> results = ExecutorMap.map(pool, oneFails, List.of(0, 1, 2), Duration.ofSeconds(10))) {
            assertThat(results.next()).as("item 0's result comes first, although item 1 had failed before it").isEqualTo("r0");
            assertThatThrownBy(results::next)
                    .as("item 1's failure: a CompletionException whose cause is the task's own exception, "
                            + "not an ExecutionException")
                    .isInstanceOf(CompletionException.class)
                    .cause().isInstanceOf(IllegalStateException.class).hasMessage("no flag for item 1");
            assertThat(results.hasNext()).as("after a failure the tasks left are cancelled: no more results").isFalse();
        }
    }

    @Test
    void after_a_failure_the_tasks_left_are_cancelled() {
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            try (ExecutorMap.Results<String> results = ExecutorMap.map(pool, probe, List.of("boom", "stuck", "never"))) {
                Bounded.await(probe.stuckStarted, "the task after 'boom' to start");
                assertThatThrownBy(results::next).as("the task 'boom' failed with an IOException")
                        .isInstanceOf(CompletionException.class).cause().isInstanceOf(IOException.class);
                Bounded.await(probe.stuckInterrupted, "the running task to be cancelled with cancel(true)");
            } finally {
                probe.release.countDown();
            }
        }
        assertThat(probe.finished).as("the tasks after the failure must be cancelled: 'stuck' interrupted, 'never' never run "
                        + "(cancel the queued tasks before the running one)")
                .isEmpty();
    }

    @Test
    void past_the_deadline_next_throws_a_timeout_and_cancels_the_rest() {
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            try (ExecutorMap.Results<String> results = ExecutorMap.map(pool, probe, List.of("stuck", "a", "b"),
                    Duration.ofMillis(200))) {
                Bounded.await(probe.stuckStarted, "the first task to start");
                assertThatThrownBy(results::next).as("'stuck' is not done 200 ms after the call")
                        .isInstanceOf(CompletionException.class).cause().isInstanceOf(TimeoutException.class);
                Bounded.await(probe.stuckInterrupted,
                        "the running task to be interrupted: a map that times out cancels with cancel(true)");
                assertThat(results.hasNext()).as("after a timeout, no results are left").isFalse();
            } finally {
                probe.release.countDown();
            }
        }
        assertThat(probe.finished).as("'a' and 'b' were queued behind 'stuck': they must be cancelled, never run "
                        + "(cancel the queued tasks before the running one: once interrupted, it frees a thread that takes the next)")
                .isEmpty();
    }

    @Test
    void the_deadline_is_counted_from_the_call_not_from_each_next() {
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            long called = System.nanoTime();
            try (ExecutorMap.Results<String> results = ExecutorMap.map(pool, probe, List.of("fast", "stuck"),
                    Duration.ofSeconds(2))) {
                Bounded.until("the 2 s deadline to pass", Duration.ofSeconds(10),
                        () -> System.nanoTime() - called > 2_000_000_000L);
                assertThat(results.next()).as("a result that is ready is given even after the deadline, as in Python")
                        .isEqualTo("FAST");
                long before = System.nanoTime();
                assertThatThrownBy(results::next).as("'stuck' is not done and the deadline has passed")
                        .isInstanceOf(CompletionException.class).cause().isInstanceOf(TimeoutException.class);
                assertThat((System.nanoTime() - before) / 1_000_000)
                        .as("milliseconds next() waited: one deadline for the whole call, not a timeout per wait; "
                                + "the deadline was 2 s after the call to map and has passed, so next() must not wait "
                                + "another 2 s")
                        .isLessThan(1500);
            } finally {
                probe.release.countDown();
            }
        }
    }

    @Test
    void an_interrupted_caller_gets_a_completion_exception_and_keeps_its_interrupt_status() {
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            try (ExecutorMap.Results<String> results = ExecutorMap.map(pool, probe, List.of("stuck", "never"))) {
                Bounded.await(probe.stuckStarted, "the first task to start");
                Thread.currentThread().interrupt();
                Throwable thrown = catchThrowable(results::next);
                boolean stillInterrupted = Thread.interrupted(); // and clear it for what follows
                assertThat(thrown).as("next() while the caller is interrupted")
                        .isInstanceOf(CompletionException.class).cause().isInstanceOf(InterruptedException.class);
                assertThat(stillInterrupted)
                        .as("catching InterruptedException clears the interrupt status: next() must set it again")
                        .isTrue();
                Bounded.await(probe.stuckInterrupted, "the running task to be cancelled with cancel(true)");
            } finally {
                Thread.interrupted();
                probe.release.countDown();
            }
        }
        assertThat(probe.finished).as("no task finished: 'stuck' was interrupted and 'never' cancelled").isEmpty();
    }

    @Test
    void closing_the_results_early_cancels_the_tasks_left() {
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            ExecutorMap.Results<String> results = ExecutorMap.map(pool, probe, List.of("first", "stuck", "never"));
            try {
                try (results) {
                    assertThat(results.next()).isEqualTo("FIRST");
                    Bounded.await(probe.stuckStarted, "the second task to start");
                } // closed with one result taken: 'stuck' running, 'never' queued
                Bounded.await(probe.stuckInterrupted, "close() to interrupt the running task");
                assertThat(results.hasNext()).as("after close(), no results are left").isFalse();
            } finally {
                probe.release.countDown();
            }
        }
        assertThat(probe.finished).as("only 'first' finished: close() cancelled the others").containsExactly("first");
    }
}
