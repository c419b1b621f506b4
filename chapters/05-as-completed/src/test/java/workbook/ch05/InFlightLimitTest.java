package workbook.ch05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import workbook.support.Bounded;
import workbook.support.Exercise;
import workbook.support.ModelChecks;

@Exercise(id = "5.3", title = "A limit on tasks in flight", stub = InFlightLimit.class, hint = {
        """
        A `Semaphore` of `limit` permits caps what runs at once, if each task takes a permit before it \
        starts and gives it back when it ends. See "At most N in flight". What if a task is interrupted \
        while it waits for its permit?""",
        """
        One `Semaphore` shared by all the tasks; submit each task wrapped in a `Callable` that acquires a \
        permit, then runs the task in a `try` whose `finally` releases it. The acquire goes before the \
        `try`, not inside it: a task interrupted while it waits never got a permit, and must not give one \
        back.""" })
class InFlightLimitTest {

    @BeforeEach
    void startLincheckBeforeAModelCheck(TestInfo test) {
        ModelChecks.startBefore(test, LimitRaces::warmUp); // its one-off start is not counted in a model check's time limit
    }

    /** Makes tasks that run through an {@link InFlightMeter}, and remembers which threads ran them. */
    static final class Tasks {
        final InFlightMeter meter;
        final List<Thread> runners = Collections.synchronizedList(new ArrayList<>());

        Tasks(int limit, Duration hold) {
            this.meter = new InFlightMeter(limit, hold);
        }

        /** Task {@code i}: counted in flight, it waits for {@code gate} and returns {@code i}. */
        Callable<Integer> task(int i, CountDownLatch gate) {
            return () -> {
                runners.add(Thread.currentThread());
                return meter.measure(() -> gate.await(10, TimeUnit.SECONDS) ? i : -1);
            };
        }

        List<Callable<Integer>> make(int count, CountDownLatch gate) {
            return IntStream.range(0, count).mapToObj(i -> task(i, gate)).toList();
        }
    }

    static final CountDownLatch OPEN = new CountDownLatch(0);

    @Test
    void never_more_than_the_limit_run_at_once_and_the_limit_is_reached() throws Exception {
        Tasks tasks = new Tasks(5, Duration.ofMillis(100));
        try (ExecutorService unbounded = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> futures = InFlightLimit.submitAll(unbounded, 5, tasks.make(20, OPEN));
            for (int i = 0; i < futures.size(); i++) {
                assertThat(Bounded.get(futures.get(i), "task " + i)).as("futures in the order of the tasks").isEqualTo(i);
            }
        }
        assertThat(tasks.meter.most())
                .as("20 tasks on an executor with a thread per task, limit 5: the most running at once")
                .isEqualTo(5);
    }

    @Test
    void a_limit_of_one_runs_the_tasks_one_at_a_time() throws Exception {
        Tasks tasks = new Tasks(1, Duration.ofMillis(20));
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (Future<Integer> future : InFlightLimit.submitAll(pool, 1, tasks.make(10, OPEN))) {
                Bounded.get(future, "a task");
            }
        }
        assertThat(tasks.meter.most()).as("a pool of 4 threads, limit 1: the most running at once").isEqualTo(1);
    }

    @Test
    void it_returns_at_once_without_waiting_for_the_tasks() throws Exception {
        Tasks tasks = new Tasks(1, Duration.ZERO);
        CountDownLatch gate = new CountDownLatch(1);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
             ExecutorService caller = Executors.newSingleThreadExecutor()) {
            try {
                List<Future<Integer>> futures = Bounded.get(
                        caller.submit(() -> InFlightLimit.submitAll(executor, 1, tasks.make(3, gate))),
                        Duration.ofSeconds(3),
                        "submitAll to return while the tasks wait at a closed gate: take the places in the tasks, "
                                + "not in the caller");
                assertThat(futures).as("one future per task").hasSize(3);
                gate.countDown();
                for (Future<Integer> future : futures) {
                    Bounded.get(future, "a task after the gate opened");
                }
            } finally {
                gate.countDown();
            }
        }
    }

    @Test
    void a_task_that_throws_frees_its_place() throws Exception {
        List<Callable<String>> tasks = List.of(() -> {
            throw new IOException("boom");
        }, () -> "second", () -> "third");
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            try {
                List<Future<String>> futures = InFlightLimit.submitAll(executor, 1, tasks);
                assertThat(catchThrowable(() -> Bounded.get(futures.get(0), "the failing task")))
                        .as("the task's own exception, in its future").isInstanceOf(ExecutionException.class)
                        .hasCauseInstanceOf(IOException.class);
                assertThat(Bounded.get(futures.get(1), Duration.ofSeconds(5),
                        "the task after a failure: is the place given back in a finally?")).isEqualTo("second");
                assertThat(Bounded.get(futures.get(2), "the last task")).isEqualTo("third");
            } finally {
                executor.shutdownNow(); // a task waiting for a place that is never given back ends too
            }
        }
    }

    @Test
    void a_limit_below_one_is_refused() {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            try {
                assertThat(catchThrowable(() -> InFlightLimit.submitAll(executor, 0, List.of(() -> "x"))))
                        .as("a limit below 1 is refused with IllegalArgumentException: with no place to take, "
                                + "every task would wait forever")
                        .isInstanceOf(IllegalArgumentException.class);
            } finally {
                executor.shutdownNow(); // a task waiting for a place that never comes ends too
            }
        }
    }

    @Test
    void a_task_cancelled_while_it_waits_gives_back_no_place() throws Exception {
        Tasks tasks = new Tasks(1, Duration.ZERO);
        CountDownLatch gate = new CountDownLatch(1);
        List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
        ThreadFactory recording = runnable -> {
            Thread thread = Thread.ofPlatform().name("limited-" + threads.size()).unstarted(runnable);
            threads.add(thread);
            return thread;
        };
        try (ExecutorService executor = Executors.newThreadPerTaskExecutor(recording)) {
            List<Future<Integer>> futures = InFlightLimit.submitAll(executor, 1, tasks.make(3, gate));
            try {
                Bounded.await(tasks.meter.fullHouse(), "one task to run");
                Thread runner = tasks.runners.getFirst();
                Bounded.until("the two other tasks to wait for a place", () -> threads.size() == 3
                        && threads.stream().filter(t -> t != runner).allMatch(t -> t.getState() == Thread.State.WAITING));
                int waiting = threads.getFirst() == runner ? 1 : 0; // a thread per task, in the order submitted
                futures.get(waiting).cancel(true);
                Bounded.join(threads.get(waiting), "the cancelled task to end");
                assertThat(tasks.meter.overflow().await(300, TimeUnit.MILLISECONDS))
                        .as("a task cancelled while it waited gave back a place it never had, so two ran at once: "
                                + "call acquire() before the try whose finally calls release()")
                        .isFalse();
            } finally {
                gate.countDown();
            }
            assertThat(Bounded.get(futures.get(2), "the last task, once the gate opened")).isEqualTo(2);
        }
        assertThat(tasks.meter.most()).isEqualTo(1);
    }

    @Test
    void two_tasks_under_a_limit_of_one_never_run_at_once_in_any_interleaving() {
        // on failure, Lincheck's message shows the interleaving that let both tasks in, step by step
        LimitRaces.neverTwoAtOnce();
    }
}
