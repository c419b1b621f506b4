package workbook.ch04;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import workbook.ch04.TrackingFuture.Phase;
import workbook.support.Bounded;
import workbook.support.Exercise;
import workbook.support.ModelChecks;

@Exercise(id = "4.2", title = "Python's running() and cancel()", stub = TrackingFuture.class, hint = {
        """
        `run()` and `cancel()` race to claim the task, and exactly one may win: "RUNNING does not mean \
        running" explains why `FutureTask`'s own state cannot tell. Which JDK class lets two threads race to \
        change one value, with a single winner?""",
        """
        Keep the phase in an `AtomicReference` that starts at `PENDING`. `run()` runs the task only if it \
        moves the phase from `PENDING` to `RUNNING` with `compareAndSet`; `cancel` cancels only if it moves \
        `PENDING` to `CANCELLED`, and otherwise answers whether the phase is `CANCELLED`. A task that \
        claimed `RUNNING` and whose future is done is `FINISHED`.""" })
class TrackingFutureTest {

    @BeforeEach
    void startLincheckBeforeAModelCheck(TestInfo test) {
        ModelChecks.startBefore(test, FutureRaces::warmUp); // its one-off start is not counted in a model check's time limit
    }

    private final ExecutorService pool = Executors.newSingleThreadExecutor();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stopPool() throws InterruptedException {
        release.countDown(); // frees a blocked task even when a test failed halfway
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("the pool's worker ends").isTrue();
    }

    /** Occupies the only worker until {@link #release} opens; returns once it is executing. */
    private void occupyTheWorker() {
        CountDownLatch started = new CountDownLatch(1);
        pool.execute(() -> {
            started.countDown();
            awaitRelease();
        });
        Bounded.await(started, "the blocking task to start");
    }

    private void awaitRelease() {
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void a_queued_task_is_pending_and_cancel_stops_it_for_good() throws Exception {
        AtomicBoolean ran = new AtomicBoolean();
        TrackingFuture<String> cn = new TrackingFuture<>(() -> {
            ran.set(true);
            return "CN";
        });
        occupyTheWorker();
        pool.execute(cn); // waits in the queue behind the blocking task
        assertThat(cn.phase()).as("submitted, not started: Python's state=pending").isEqualTo(Phase.PENDING);
        assertThat(cn.running()).as("running() of a queued task").isFalse();
        assertThat(cn.isDone()).as("isDone() of a queued task").isFalse();

        assertThat(cn.cancel(false)).as("cancel() of a task that has not started succeeds").isTrue();
        assertThat(cn.phase()).as("phase after cancel").isEqualTo(Phase.CANCELLED);
        assertThat(cn.cancel(false)).as("cancelling twice still says it is cancelled, as Python does").isTrue();
        assertThatExceptionOfType(CancellationException.class).as("get() of a cancelled future")
                .isThrownBy(() -> cn.get(1, TimeUnit.SECONDS));

        release.countDown();
        Bounded.get(pool.submit(() -> null), "the queue to drain behind the cancelled task");
        assertThat(ran).as("a task cancelled while queued never runs, even when its worker frees up").isFalse();
    }

    @Test
    void an_executing_task_is_running_and_cancel_leaves_it_alone() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        TrackingFuture<String> br = new TrackingFuture<>(() -> {
            started.countDown();
            awaitRelease();
            interrupted.set(Thread.currentThread().isInterrupted());
            return "BR";
        });
        assertThat(br.phase()).as("a new task, not given to any executor yet").isEqualTo(Phase.PENDING);
        pool.execute(br);
        Bounded.await(started, "the task to start executing");
        assertThat(br.phase()).as("executing now: Python's state=running").isEqualTo(Phase.RUNNING);
        assertThat(br.running()).as("running() of an executing task").isTrue();

        assertThat(br.cancel(true)).as("cancel(true) of an executing task fails, as Python's cancel() does")
                .isFalse();
        assertThat(br.cancel(false)).as("cancel(false) of an executing task fails too").isFalse();
        assertThat(br.isCancelled()).as("isCancelled() after a refused cancel").isFalse();

        release.countDown();
        assertThat(Bounded.get(br, "the task to finish")).as("the task finishes with its result").isEqualTo("BR");
        assertThat(interrupted).as("a refused cancel(true) must not interrupt the task").isFalse();
        assertThat(br.phase()).as("phase after it returned").isEqualTo(Phase.FINISHED);
        assertThat(br.running()).as("running() of a finished task").isFalse();
        assertThat(br.cancel(true)).as("cancel() of a finished task fails").isFalse();
    }

    @Test
    void a_failed_task_is_finished_too() {
        TrackingFuture<String> id = new TrackingFuture<>(() -> {
            throw new IOException("HTTP 500 for ID");
        });
        assertThat(id.running()).as("running() of a new task").isFalse();
        pool.execute(id);
        assertThatExceptionOfType(ExecutionException.class).as("get() of a failed task")
                .isThrownBy(() -> Bounded.get(id, "the failing task"))
                .withCauseInstanceOf(IOException.class);
        assertThat(id.phase()).as("raised is finished, in Python's words: state=finished raised")
                .isEqualTo(Phase.FINISHED);
        assertThat(id.cancel(false)).as("cancel() of a failed task").isFalse();
    }

    @Test
    void cancel_and_run_racing_never_both_win_in_any_interleaving() {
        // on failure, Lincheck's message shows the interleaving in which both claimed the task, step by step
        FutureRaces.runAndCancelNeverBothWin();
    }

    @Test
    void a_task_whose_get_would_return_is_finished_in_any_interleaving() {
        FutureRaces.aDoneTaskIsNeverRunning();
    }
}
