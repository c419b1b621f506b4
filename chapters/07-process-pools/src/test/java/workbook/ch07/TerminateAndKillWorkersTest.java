package workbook.ch07;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workbook.support.Bounded;

/**
 * {@link ProcessPool#terminateWorkers()} and {@link ProcessPool#killWorkers()}, Python 3.14's
 * {@code terminate_workers()} and {@code kill_workers()}: the pool is shut down and broken, queued tasks
 * are cancelled, running ones fail with a {@link BrokenPoolException} that says how their worker ended,
 * and no worker is left, not even one that ignores SIGTERM.
 */
class TerminateAndKillWorkersTest {

    @TempDir
    Path dir;

    @Test
    void terminateWorkers_cancels_the_queued_task_fails_the_running_one_and_leaves_the_pool_broken() throws Exception {
        ProcessPool pool = new ProcessPool(1);
        try {
            String marker = dir.resolve("started").toString();
            Future<Object> running = pool.submit(() -> ProcessPoolTestTasks.markThenSpin(marker));
            Future<Integer> queued = pool.submit(() -> 1);
            Bounded.until("the task to start in the worker", () -> Files.exists(Path.of(marker)));
            ProcessHandle worker = pool.workers().getFirst();

            pool.terminateWorkers();

            assertThat(queued.isCancelled())
                    .as("the queued task is cancelled, as by Python's shutdown(cancel_futures=True)").isTrue();
            BrokenPoolException failure = failureOf(running);
            assertThat(failure.pid()).as("the failure names the worker the task ran in").isEqualTo(worker.pid());
            assertThat(failure.exitStatus()).as("the worker ended on SIGTERM: 128 + 15").isEqualTo(143);
            assertThat(failure).hasMessageContaining("terminateWorkers()").hasMessageContaining("SIGTERM");
            assertThat(pool.isShutdown()).as("no new tasks").isTrue();
            assertThat(pool.isBroken()).as("broken, as Python's pool is after terminate_workers()").isTrue();
            assertThatThrownBy(() -> pool.submit(() -> 2)).as("a later submit")
                    .isInstanceOf(BrokenPoolException.class).hasMessageContaining("terminateWorkers()");
            assertThat(pool.awaitTermination(10, SECONDS)).as("the pool terminates").isTrue();
            assertThat(worker.isAlive()).as("the worker is gone").isFalse();
            assertThat(pool.workers()).as("no worker left").isEmpty();
        } finally {
            stop(pool);
        }
    }

    @Test
    void terminateWorkers_kills_a_worker_that_ignores_SIGTERM_after_the_grace_period() throws Exception {
        ProcessPool pool = ProcessPool.builder().workers(1).grace(Duration.ofMillis(300)).build();
        try {
            String marker = dir.resolve("deaf").toString();
            Future<Object> deaf = pool.submit(() -> ProcessPoolTestTasks.ignoreSigtermThenSpin(marker));
            Bounded.until("the task to ignore SIGTERM and start spinning", () -> Files.exists(Path.of(marker)));
            ProcessHandle worker = pool.workers().getFirst();

            pool.terminateWorkers();

            Bounded.get(worker.onExit(), "the worker that ignores SIGTERM to be killed after the grace period");
            BrokenPoolException failure = failureOf(deaf);
            assertThat(failure.exitStatus())
                    .as("SIGTERM did not end it, SIGKILL after the grace period did: 128 + 9").isEqualTo(137);
            assertThat(failure).hasMessageContaining("still alive at the end of the grace period");
            assertThat(pool.awaitTermination(10, SECONDS)).as("the pool terminates").isTrue();
            assertThat(pool.workers()).as("no worker left").isEmpty();
        } finally {
            stop(pool);
        }
    }

    @Test
    void killWorkers_ends_a_worker_that_ignores_SIGTERM_without_waiting_for_the_grace_period() throws Exception {
        // a grace period far longer than the wait below: only SIGKILL, sent at once, can end the worker in time
        ProcessPool pool = ProcessPool.builder().workers(1).grace(Duration.ofMinutes(5)).build();
        try {
            String marker = dir.resolve("deaf").toString();
            Future<Object> deaf = pool.submit(() -> ProcessPoolTestTasks.ignoreSigtermThenSpin(marker));
            Future<Integer> queued = pool.submit(() -> 1);
            Bounded.until("the task to ignore SIGTERM and start spinning", () -> Files.exists(Path.of(marker)));
            ProcessHandle worker = pool.workers().getFirst();

            pool.killWorkers();

            Bounded.get(worker.onExit(), "the worker to be killed at once, not after the 5-minute grace period");
            assertThat(queued.isCancelled()).as("the queued task is cancelled").isTrue();
            BrokenPoolException failure = failureOf(deaf);
            assertThat(failure.exitStatus()).as("killed by SIGKILL: 128 + 9").isEqualTo(137);
            assertThat(failure).hasMessageContaining("killWorkers()");
            assertThat(pool.isBroken()).as("broken, as Python's pool is after kill_workers()").isTrue();
            assertThat(pool.awaitTermination(10, SECONDS)).as("the pool terminates").isTrue();
            assertThat(pool.workers()).as("no worker left").isEmpty();
        } finally {
            stop(pool);
        }
    }

    @Test
    void killWorkers_on_an_idle_pool_leaves_no_worker_and_close_returns() throws Exception {
        ProcessPool pool = new ProcessPool(2);
        try {
            Bounded.until("both workers to start", () -> pool.workers().size() == 2);
            List<ProcessHandle> workers = pool.workers();

            pool.killWorkers();

            assertThat(pool.awaitTermination(10, SECONDS)).as("the pool terminates").isTrue();
            assertThatThrownBy(() -> pool.submit(() -> 1)).as("a later submit")
                    .isInstanceOf(BrokenPoolException.class).hasMessageContaining("killWorkers()");
            Bounded.join(Thread.ofPlatform().start(pool::close), "close() after killWorkers(): nothing to wait for");
            for (ProcessHandle worker : workers) {
                assertThat(worker.isAlive()).as("worker %d is gone", worker.pid()).isFalse();
            }
        } finally {
            stop(pool);
        }
    }

    /** The {@link BrokenPoolException} that {@code task} failed with, within a bound. */
    private static BrokenPoolException failureOf(Future<?> task) {
        try {
            Object result = Bounded.get(task, "the running task to fail");
            return fail("the task was running when its worker was stopped, yet it returned " + result);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).as("a running task fails with BrokenPoolException, as in Python")
                    .isInstanceOf(BrokenPoolException.class);
            return (BrokenPoolException) e.getCause();
        }
    }

    /** Leaves nothing running, whatever the test did: killWorkers() is safe to call again. */
    private static void stop(ProcessPool pool) throws InterruptedException {
        pool.killWorkers();
        assertThat(pool.awaitTermination(10, SECONDS)).as("the pool terminates after killWorkers()").isTrue();
    }
}
