package workbook.ch07;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workbook.support.Bounded;

class ShutdownNowTest {

    @TempDir
    Path dir;

    @Test
    void shutdownNow_terminates_a_runaway_task_and_cancels_the_queued_ones() throws Exception {
        String marker = dir.resolve("started").toString();
        try (ProcessPool pool = new ProcessPool(1)) {
            Future<Object> runaway = pool.submit(() -> ProcessPoolTestTasks.markThenSpin(marker));
            Future<Integer> queued = pool.submit(() -> 1);
            Bounded.until("the runaway task to start", () -> Files.exists(Path.of(marker)));
            ProcessHandle worker = pool.workers().getFirst();

            List<Runnable> neverRan = pool.shutdownNow();

            assertThat(neverRan).as("the queued task, returned").hasSize(1);
            assertThat(queued.isCancelled()).as("... and cancelled, so nobody waits for it").isTrue();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("the pool terminates").isTrue();
            assertThat(worker.isAlive()).as("the runaway's worker was terminated").isFalse();
            assertThat(runaway.isCancelled()).as("the runaway task is cancelled").isTrue();
            assertThat(pool.isBroken()).as("a stop is not a crash").isFalse();
        }
    }

    @Test
    void a_worker_that_does_not_answer_is_killed_after_the_grace_period() throws Exception {
        Path status = Path.of("/proc/self/stat");
        assumeTrue(Files.exists(status), "needs Linux: /proc and kill -STOP");
        String marker = dir.resolve("frozen").toString();
        Duration grace = Duration.ofMillis(300);
        try (ProcessPool pool = ProcessPool.builder().workers(1).grace(grace).build()) {
            Future<Object> frozen = pool.submit(() -> ProcessPoolTestTasks.markThenSpin(marker));
            Bounded.until("the task to start", () -> Files.exists(Path.of(marker)));
            ProcessHandle worker = pool.workers().getFirst();
            // a stopped process, like one swapping or stuck in garbage collection, reacts to nothing but SIGKILL
            Process stop = new ProcessBuilder("kill", "-STOP", String.valueOf(worker.pid())).start();
            Bounded.get(stop.onExit(), "kill -STOP");
            Bounded.until("the worker to be stopped", () -> state(worker).equals("T"));
            long t0 = System.nanoTime();

            pool.shutdownNow();

            Bounded.get(worker.onExit(), "the frozen worker to be killed");
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertThat(millis).as("ms until it died: the closed pipe and SIGTERM could not end it, SIGKILL after "
                    + "the grace did").isGreaterThanOrEqualTo(grace.toMillis() - 50);
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            assertThat(frozen.isCancelled()).isTrue();
        }
    }

    /** The process's state letter from /proc/PID/stat: R running, S sleeping, T stopped. */
    private static String state(ProcessHandle process) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
        } catch (java.io.IOException e) {
            return "gone";
        }
    }
}
