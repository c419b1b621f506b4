package workbook.ch04;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import workbook.flags.Countries;
import workbook.flags.FlagsServer;
import workbook.flags.Http;
import workbook.support.Bounded;
import workbook.support.Exercise;

@Exercise(id = "4.3", title = "A timed get that cancels", stub = TimedGet.class, hint = {
        """
        Two ways to stop waiting before the result: the timeout, and an interrupt of the waiting thread. In \
        both, the task should stop too. Is there one place where the cancel can go, that also does no harm \
        when the task did finish? See "Waiting with a limit" and "Cancelling".""",
        """
        Wait with `get` and the timeout in nanoseconds, and let its exceptions through as they are. Cancel \
        the task with `cancel(true)` in a `finally`: it interrupts a task still running after a timeout or \
        an interrupt, and changes nothing for one that is already done, failed ones included.""" })
class TimedGetTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch interrupted = new CountDownLatch(1);

    @AfterEach
    void stopPool() throws InterruptedException {
        Thread.interrupted(); // a failed test may leave this thread's interrupt set
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("the pool's workers end").isTrue();
    }

    /** A task that waits to be interrupted, and says when it starts and when it is interrupted. */
    private Future<String> endless() {
        return pool.submit(() -> {
            started.countDown();
            try {
                new CountDownLatch(1).await(30, TimeUnit.SECONDS);
                return "nobody stopped me";
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
        });
    }

    @Test
    void returns_a_flag_downloaded_within_the_limit() throws Exception {
        try (FlagsServer server = FlagsServer.builder().delay("BR", Duration.ofMillis(200)).start();
             HttpClient client = Http.newClient()) {
            Future<byte[]> br = pool.submit(() -> Http.getFlag(client, server.baseUrl(), "BR"));
            try {
                byte[] flag;
                try {
                    flag = TimedGet.getOrCancel(br, Duration.ofSeconds(10));
                } catch (TimeoutException e) {
                    throw new AssertionError("getOrCancel(br, 10 s) gave up before the flag, sent after 200 ms, came: "
                            + "is the timeout passed with its own unit (toNanos() with NANOSECONDS)?", e);
                }
                assertThat(flag).as("the flag of BR, which the server sends after 200 ms").isEqualTo(Countries.flag("BR"));
                assertThat(br.isCancelled()).as("a future that delivered its result is not cancelled").isFalse();
            } finally {
                br.cancel(true); // when the test failed: no request left in flight while the server stops
            }
        }
    }

    @Test
    void a_timeout_interrupts_the_task_it_gives_up_on() throws Exception {
        Future<String> slow = endless();
        Bounded.await(started, "the slow task to start");
        long t0 = System.nanoTime();
        assertThatExceptionOfType(TimeoutException.class).as("getOrCancel(slow, 100 ms)")
                .isThrownBy(() -> TimedGet.getOrCancel(slow, Duration.ofMillis(100)));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("waiting for 100 ms, not for the task")
                .isLessThan(Duration.ofSeconds(5));
        Bounded.await(interrupted, "the timed-out task to be interrupted: use cancel(true), not cancel(false)");
        assertThat(slow.isCancelled()).as("the timed-out future is cancelled").isTrue();
    }

    @Test
    void an_interrupted_caller_cancels_the_task_before_it_stops_waiting() {
        Future<String> slow = endless();
        Bounded.await(started, "the slow task to start");
        Thread.currentThread().interrupt(); // someone asks this thread to stop: get() throws at once
        assertThatExceptionOfType(InterruptedException.class).as("getOrCancel in an interrupted thread")
                .isThrownBy(() -> TimedGet.getOrCancel(slow, Duration.ofSeconds(10)));
        assertThat(slow.isCancelled()).as("the abandoned future is cancelled when its caller is interrupted: "
                + "a timeout is not the only way to give up on a result (try finally)").isTrue();
        Bounded.await(interrupted, "the task to be interrupted when its caller stopped waiting");
    }

    @Test
    void an_interrupt_while_waiting_is_passed_on_and_cancels_the_task() {
        Future<String> slow = endless();
        Bounded.await(started, "the slow task to start");
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = Thread.ofPlatform().name("caller").start(() -> {
            try {
                TimedGet.getOrCancel(slow, Duration.ofSeconds(10));
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        try {
            Bounded.until("the caller to wait for the result", () -> caller.getState() == Thread.State.TIMED_WAITING
                    || !caller.isAlive());
            caller.interrupt();
            Bounded.join(caller, "getOrCancel to end after its thread was interrupted");
        } finally {
            caller.interrupt();
        }
        assertThat(thrown.get()).as("what getOrCancel threw when its thread was interrupted while it waited: an "
                + "InterruptedException, passed on, not turned into a timeout or anything else")
                .isInstanceOf(InterruptedException.class);
        assertThat(slow.isCancelled()).as("the abandoned future is cancelled").isTrue();
    }

    @Test
    void a_failure_reaches_the_caller_as_an_execution_exception() {
        Future<byte[]> failing = pool.submit(() -> {
            throw new IOException("HTTP 500 for NG");
        });
        assertThatExceptionOfType(ExecutionException.class).as("getOrCancel of a failed task")
                .isThrownBy(() -> TimedGet.getOrCancel(failing, Duration.ofSeconds(10)))
                .withCauseInstanceOf(IOException.class)
                .withMessageContaining("HTTP 500 for NG");
        assertThat(failing.state()).as("a task that failed stays FAILED: there was nothing to cancel")
                .isEqualTo(Future.State.FAILED);
    }

    @Test
    void a_future_cancelled_by_someone_else_throws_cancellation_exception() {
        Future<String> slow = endless();
        Bounded.await(started, "the slow task to start");
        slow.cancel(true);
        assertThatExceptionOfType(CancellationException.class).as("getOrCancel of a cancelled future")
                .isThrownBy(() -> TimedGet.getOrCancel(slow, Duration.ofSeconds(10)));
    }
}
