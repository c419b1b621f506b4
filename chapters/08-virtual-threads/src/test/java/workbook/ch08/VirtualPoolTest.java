package workbook.ch08;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import workbook.support.Bounded;
import workbook.support.Exercise;

@Exercise(id = "8.2", title = "A platform pool turned into virtual threads", stub = VirtualPool.class, hint = {
        """
        A fixed pool's callers never block in `submit`, and at most `size` tasks run at once. With a virtual \
        thread per task, where can a task wait for its turn without blocking the caller? "Pool virtual \
        threads" says why a pool of virtual threads is the wrong answer.""",
        """
        Hand each command at once to the thread-per-task executor, wrapped in a `Runnable` that first takes \
        a place from the semaphore (interrupted while it waits: return without running), then runs the \
        command in a `try` whose `finally` gives the place back. The waiting happens on the new virtual \
        thread, never on the caller's.""",
        """
        An acquire that is interrupted just as a place comes free may return all the same: after it, check \
        whether the pool was stopped, and if so give the place back and return without running the command.""" })
@Timeout(30)
class VirtualPoolTest {

    @Test
    void runs_at_most_size_tasks_at_once_and_submit_never_waits_for_a_place() throws Exception {
        InFlightMeter meter = new InFlightMeter(3, Duration.ofMillis(50));
        CountDownLatch allSubmitted = new CountDownLatch(1);
        try (ExecutorService pool = VirtualPool.newFixedPool(3, "flags")) {
            List<Future<Integer>> futures = new ArrayList<>();
            Thread submitter = Thread.ofPlatform().name("submitter").start(() -> {
                for (int i = 0; i < 10; i++) {
                    int n = i;
                    futures.add(pool.submit(() -> meter.measure(() -> {
                        allSubmitted.await(20, TimeUnit.SECONDS); // held until all 10 are submitted
                        return n;
                    })));
                }
            });
            try {
                Bounded.join(submitter, "10 submits to a pool of 3 whose tasks wait until all are submitted: "
                        + "submit must queue the task and return, never wait for a place in the caller's thread");
            } finally {
                allSubmitted.countDown();
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(Bounded.get(futures.get(i), "task " + i)).isEqualTo(i);
            }
        }
        assertThat(meter.most()).as("the most tasks running at once on a pool of 3").isEqualTo(3);
    }

    @Test
    void each_task_runs_on_a_new_virtual_thread_named_after_the_pool() throws Exception {
        List<Thread> runners = new ArrayList<>();
        try (ExecutorService pool = VirtualPool.newFixedPool(2, "flags")) {
            for (int i = 0; i < 5; i++) {
                runners.add(Bounded.get(pool.submit(Thread::currentThread), "task " + i));
            }
        }
        assertThat(runners).as("the threads that ran the tasks").allMatch(Thread::isVirtual, "virtual");
        Set<Thread> distinct = new HashSet<>(runners);
        assertThat(distinct).as("5 tasks one after the other: a new virtual thread per task, not a pool of "
                + "virtual threads (never pool them: they are cheap to make, and a pooled one carries its "
                + "ThreadLocals from task to task)").hasSize(5);
        assertThat(runners).extracting(Thread::getName).as("names from a naming thread factory")
                .containsExactly("flags-1", "flags-2", "flags-3", "flags-4", "flags-5");
    }

    @Test
    void a_failing_task_does_not_cost_a_place() throws Exception {
        ExecutorService pool = VirtualPool.newFixedPool(1, "flags");
        try {
            Future<Object> failed = pool.submit(() -> {
                throw new IOException("boom"); // kept by its FutureTask
            });
            CountDownLatch thrown = new CountDownLatch(1);
            pool.execute(() -> {
                thrown.countDown();
                throw new IllegalStateException("a failing task, on purpose"); // out of execute's Runnable
            });
            Future<String> next = pool.submit(() -> "ran");
            assertThatThrownBy(() -> Bounded.get(failed, "the failing task")).isInstanceOf(ExecutionException.class);
            Bounded.await(thrown, "the task that throws to start");
            assertThat(Bounded.get(next, "the task after two failed ones on a pool of 1: a failed task must "
                    + "give back its place (release in finally)")).isEqualTo("ran");
        } finally {
            pool.shutdownNow(); // not close(): with a place lost, the waiting task would wait for ever
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void shutdown_runs_what_was_submitted_and_refuses_new_tasks() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Integer>> futures = new ArrayList<>();
        ExecutorService pool = VirtualPool.newFixedPool(1, "flags");
        try {
            for (int i = 0; i < 3; i++) {
                int n = i;
                futures.add(pool.submit(() -> gate.await(20, TimeUnit.SECONDS) ? n : -1));
            }
            pool.shutdown();
            assertThat(pool.isShutdown()).isTrue();
            assertThatThrownBy(() -> pool.submit(() -> 9)).as("a task submitted after shutdown")
                    .isInstanceOf(RejectedExecutionException.class);
            gate.countDown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("terminated within 10 s").isTrue();
            assertThat(futures).extracting(Future::resultNow).as("the three submitted before shutdown ran")
                    .containsExactly(0, 1, 2);
        } finally {
            gate.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void shutdownNow_interrupts_the_running_task_and_runs_none_of_those_waiting() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean waiterRan = new AtomicBoolean();
        ExecutorService pool = VirtualPool.newFixedPool(1, "flags");
        try {
            pool.submit(() -> {
                started.countDown();
                try {
                    new CountDownLatch(1).await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    interrupted.set(true);
                }
                return null;
            });
            Bounded.await(started, "the first task to start");
            pool.submit(() -> waiterRan.set(true)); // its turn comes only when the first task ends
            pool.shutdownNow();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("terminated within 10 s of shutdownNow")
                    .isTrue();
            assertThat(interrupted).as("the running task was interrupted").isTrue();
            assertThat(waiterRan).as("a task still waiting for its turn must not run after shutdownNow: "
                    + "an interrupted acquire means return, not run anyway").isFalse();
        } finally {
            pool.shutdownNow();
        }
    }
}
