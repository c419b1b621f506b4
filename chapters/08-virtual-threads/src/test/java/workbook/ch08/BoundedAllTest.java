package workbook.ch08;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import workbook.support.Bounded;
import workbook.support.Exercise;

@Exercise(id = "8.1", title = "A semaphore that always gets its permits back", stub = BoundedAll.class, hint = {
        """
        Where does a task take its permit, and where does it give it back, so that a task that throws and a \
        task interrupted while it waits for one both leave the count right? "At most N in flight, by test" \
        shows the pattern; what must the caller wait for when it is interrupted itself?""",
        """
        Submit each task to a `newVirtualThreadPerTaskExecutor`, wrapped so that it acquires a permit before \
        a `try` and releases it in the `finally`. Then wait for every future, ignoring a task's own failure. \
        If that wait is interrupted, `shutdownNow()` and rethrow: the try-with-resources' `close()` waits \
        for every task to end before the exception leaves.""" })
@Timeout(30)
class BoundedAllTest {

    /** Runs {@code runAll} on a platform thread of its own, so that the test can interrupt it. */
    private static final class Caller {
        final AtomicReference<Object> outcome = new AtomicReference<>();
        final Thread thread;

        Caller(Semaphore permits, List<Callable<Integer>> tasks) {
            thread = Thread.ofPlatform().name("runAll-caller").start(() -> {
                try {
                    outcome.set(BoundedAll.runAll(permits, tasks));
                } catch (Throwable t) {
                    outcome.set(t);
                }
            });
        }
    }

    @Test
    void runs_every_task_never_more_than_the_permits_at_once_and_returns_the_futures_in_order() throws Exception {
        InFlightMeter meter = new InFlightMeter(3, Duration.ofMillis(50));
        Semaphore permits = new Semaphore(3);
        List<Callable<Integer>> tasks = IntStream.range(0, 12)
                .<Callable<Integer>>mapToObj(i -> () -> meter.measure(() -> i)).toList();

        List<Future<Integer>> futures = BoundedAll.runAll(permits, tasks);

        assertThat(futures).as("a future per task").hasSize(12);
        for (int i = 0; i < futures.size(); i++) {
            assertThat(futures.get(i).state()).as("future %d when runAll returns: all done", i).isEqualTo(Future.State.SUCCESS);
            assertThat(futures.get(i).resultNow()).as("futures in the order of the tasks").isEqualTo(i);
        }
        assertThat(meter.most()).as("the most tasks running at once with 3 permits: a virtual thread "
                + "each, so only the semaphore can hold them to 3").isEqualTo(3);
        assertThat(permits.availablePermits()).as("permits after the call").isEqualTo(3);
    }

    @Test
    void a_failing_task_gives_its_permit_back() {
        Semaphore permits = new Semaphore(2);
        List<Callable<Integer>> tasks = IntStream.range(0, 6).<Callable<Integer>>mapToObj(i -> () -> {
            throw new IOException("task " + i + " failed");
        }).toList();
        Caller caller = new Caller(permits, tasks);
        try {
            Bounded.join(caller.thread, "runAll with 6 failing tasks and 2 permits: a failed task must give "
                    + "its permit back (release in finally), or the third task waits for ever");
        } finally {
            caller.thread.interrupt();
        }
        assertThat(caller.outcome.get()).as("runAll returns the futures; the failures are in them").isInstanceOf(List.class);
        @SuppressWarnings("unchecked")
        List<Future<Integer>> futures = (List<Future<Integer>>) caller.outcome.get();
        assertThat(futures).allSatisfy(f -> assertThat(f.state()).isEqualTo(Future.State.FAILED));
        assertThat(futures.get(4).exceptionNow()).hasMessage("task 4 failed");
        assertThat(permits.availablePermits()).as("permits after 6 failures: release in finally").isEqualTo(2);
    }

    @Test
    void an_interrupted_caller_stops_every_task_and_waits_for_them_and_no_permit_is_lost_or_made() {
        Semaphore permits = new Semaphore(1);
        CountDownLatch never = new CountDownLatch(1);
        AtomicBoolean firstEnded = new AtomicBoolean();
        AtomicBoolean firstInterrupted = new AtomicBoolean();
        Callable<Integer> holder = () -> {
            try {
                never.await(20, TimeUnit.SECONDS); // interrupted by a runAll that stops its tasks
                return 0;
            } catch (InterruptedException e) {
                firstInterrupted.set(true);
                throw e;
            } finally {
                Thread.sleep(200); // it takes a moment to clean up: a runAll that does not wait returns first
                firstEnded.set(true);
            }
        };
        Callable<Integer> waiter = () -> 1;
        Caller caller = new Caller(permits, List.of(holder, waiter, waiter));
        try {
            Bounded.until("the first task to hold the permit and two to wait for it",
                    () -> permits.availablePermits() == 0 && permits.getQueueLength() == 2);
            caller.thread.interrupt();
            try {
                caller.thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            assertThat(caller.thread.isAlive())
                    .as("runAll still waits 10 s after its caller was interrupted: on an interrupt, stop the "
                            + "tasks (shutdownNow) before waiting for them").isFalse();
            assertThat(caller.outcome.get()).as("what runAll threw when interrupted")
                    .isInstanceOf(InterruptedException.class);
            assertThat(firstInterrupted).as("the running task was interrupted: shutdownNow").isTrue();
            assertThat(firstEnded).as("the running task had ended when runAll threw: wait for the tasks to "
                    + "end (close the executor) before throwing, or they outlive the call").isTrue();
            assertThat(permits.availablePermits()).as("permits after the interrupt: 1. More means a task "
                    + "interrupted while it waited gave back a permit it never took: acquire before the try")
                    .isEqualTo(1);
        } finally {
            never.countDown();
            caller.thread.interrupt();
        }
    }

    @Test
    void no_tasks_returns_at_once_with_no_futures() throws Exception {
        Semaphore permits = new Semaphore(1);
        assertThat(BoundedAll.runAll(permits, List.<Callable<Integer>>of())).isEmpty();
        assertThat(permits.availablePermits()).isEqualTo(1);
    }
}
