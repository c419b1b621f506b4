package workbook.ch03;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import workbook.support.Bounded;
import workbook.support.Exercise;

@Exercise(id = "3.3", title = "A two-phase shutdown", stub = TwoPhaseShutdown.class, hint = {
        """
        The `ExecutorService` javadoc shows a two-phase shutdown: "Stopping a pool" retells it. What about \
        the tasks that never started, whose callers may be waiting in `get()`? And the caller's own \
        interrupt status?""",
        """
        First `shutdown()` and wait for termination for the grace period; if the pool has not terminated, \
        `shutdownNow()` and wait once more. `shutdownNow()` returns the tasks that never started: cancel \
        those that are `Future`s (what `submit` queued), without interrupting, or their `get()` waits \
        forever. If a wait is interrupted, call `shutdownNow()`, restore the thread's interrupt status, and \
        report; the outcome's `terminated` is the pool's `isTerminated()`.""" })
class TwoPhaseShutdownTest {

    private final List<String> log = new CopyOnWriteArrayList<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    /** Waits for {@link #release} (5 s at most) and logs whether it was released or interrupted. */
    private Runnable waiting(String name) {
        return () -> {
            started.countDown();
            try {
                log.add(name + (release.await(5, TimeUnit.SECONDS) ? " released" : " gave up"));
            } catch (InterruptedException e) {
                log.add(name + " interrupted");
            }
        };
    }

    @Test
    void tasks_that_finish_within_the_grace_run_to_the_end_queued_ones_too() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        // releases the tasks once the pool is shut down: they finish during the grace, not before the call
        Thread releaser = Thread.ofPlatform().start(() -> {
            Bounded.until("the pool to be shut down", pool::isShutdown);
            release.countDown();
        });
        try {
            pool.submit(waiting("first"));
            pool.submit(waiting("second"));
            Bounded.await(started, "the first task to start");
            TwoPhaseShutdown.Outcome outcome = TwoPhaseShutdown.shutdownAndAwait(pool, Duration.ofSeconds(5));
            assertThat(log).as("tasks that finish in time must not be interrupted: shutdown() first, not shutdownNow()")
                    .containsExactly("first released", "second released");
            assertThat(outcome).as("the outcome").isEqualTo(new TwoPhaseShutdown.Outcome(true, List.of()));
        } finally {
            release.countDown();
            pool.shutdownNow();
            Bounded.join(releaser, "the releasing thread");
        }
    }

    @Test
    void a_task_still_running_after_the_grace_is_interrupted_and_queued_ones_never_start() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            pool.submit(waiting("running"));
            Future<?> queued1 = pool.submit(waiting("queued 1"));
            Future<?> queued2 = pool.submit(waiting("queued 2"));
            Bounded.await(started, "the first task to start");
            TwoPhaseShutdown.Outcome outcome = TwoPhaseShutdown.shutdownAndAwait(pool, Duration.ofSeconds(1));
            assertThat(log).as("after the grace, shutdownNow() interrupts the running task")
                    .containsExactly("running interrupted");
            assertThat(outcome.terminated()).as("terminated: the interrupted task ended").isTrue();
            assertThat(outcome.neverStarted()).as("the two queued tasks, as shutdownNow() handed them back")
                    .containsExactlyInAnyOrder((Runnable) queued1, (Runnable) queued2);
            assertThat(List.of(queued1.isCancelled(), queued2.isCancelled()))
                    .as("the futures of the tasks that never started must be cancelled: nobody will ever run "
                            + "them, and get() on them would wait forever")
                    .containsExactly(true, true);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void after_shutdown_now_it_waits_for_the_interrupted_tasks_to_end() {
        Thread caller = Thread.currentThread();
        AtomicBoolean returned = new AtomicBoolean();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            pool.submit(() -> {
                started.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    // winding up after the interrupt, as a task closing a file would: until the caller waits
                    Bounded.until("shutdownAndAwait to wait for the interrupted task (or to return)",
                            () -> returned.get() || caller.getState() == Thread.State.TIMED_WAITING);
                    log.add("wound up");
                }
            });
            Bounded.await(started, "the task to start");
            TwoPhaseShutdown.Outcome outcome;
            try {
                // a grace long enough for the task to see, even on a busy machine, that the caller waits again
                outcome = TwoPhaseShutdown.shutdownAndAwait(pool, Duration.ofSeconds(2));
            } finally {
                returned.set(true);
            }
            assertThat(outcome.terminated()).as("terminated, though the interrupted task took a moment to end: after "
                    + "shutdownNow(), wait the grace again for the interrupted tasks to end").isTrue();
            assertThat(log).containsExactly("wound up");
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void a_task_that_ignores_interruption_is_reported_as_still_running() {
        CountDownLatch stubborn = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            pool.submit(() -> {
                stubborn.countDown();
                long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (release.getCount() > 0 && System.nanoTime() < giveUp) {
                    try {
                        release.await(100, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException ignored) {
                        log.add("interrupted, and carrying on"); // what a task should not do
                    }
                }
            });
            Bounded.await(stubborn, "the stubborn task to start");
            TwoPhaseShutdown.Outcome outcome = TwoPhaseShutdown.shutdownAndAwait(pool, Duration.ofMillis(100));
            assertThat(log).as("the second phase interrupted the task").contains("interrupted, and carrying on");
            assertThat(outcome.terminated()).as("terminated, while a task ignores its interruption").isFalse();
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void an_interrupted_caller_shuts_the_pool_down_now_and_keeps_its_interrupt_status() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            pool.submit(waiting("running"));
            Future<?> queued = pool.submit(waiting("queued"));
            Bounded.await(started, "the first task to start");
            Thread.currentThread().interrupt(); // as if someone asked this thread to stop
            TwoPhaseShutdown.Outcome outcome = TwoPhaseShutdown.shutdownAndAwait(pool, Duration.ofSeconds(5));
            assertThat(Thread.interrupted())
                    .as("awaitTermination threw InterruptedException, which clears the status: set it again")
                    .isTrue();
            assertThat(outcome.neverStarted()).as("an interrupted caller stops waiting and shuts down now")
                    .containsExactly((Runnable) queued);
            assertThat(queued.isCancelled()).as("the queued task's future").isTrue();
            Bounded.until("the running task to be interrupted", () -> log.contains("running interrupted"));
        } finally {
            Thread.interrupted();
            release.countDown();
            pool.shutdownNow();
        }
    }
}
