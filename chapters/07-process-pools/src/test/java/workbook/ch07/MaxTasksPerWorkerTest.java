package workbook.ch07;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import workbook.support.Bounded;

class MaxTasksPerWorkerTest {

    @Test
    void after_max_tasks_a_worker_exits_and_a_fresh_one_takes_its_place() throws Exception {
        List<Long> pids = new ArrayList<>();
        try (ProcessPool pool = ProcessPool.builder().workers(1).maxTasksPerWorker(2).build()) {
            for (int i = 0; i < 5; i++) {
                pids.add(Bounded.get(pool.submit(() -> ProcessHandle.current().pid()), "task " + i));
            }
        }
        assertThat(pids.get(0)).as("tasks 1 and 2 share a worker").isEqualTo(pids.get(1));
        assertThat(pids.get(2)).as("task 3 runs in a new worker").isNotEqualTo(pids.get(1)).isEqualTo(pids.get(3));
        assertThat(pids.get(4)).as("task 5 in a third").isNotIn(pids.subList(0, 4));
        for (long pid : pids) {
            assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("worker %d has exited", pid).isEmpty();
        }
    }

    @Test
    void a_replaced_worker_gives_its_memory_back_with_its_process() throws Exception {
        try (ProcessPool pool = ProcessPool.builder().workers(1).maxTasksPerWorker(2).build()) {
            Leak.Sample first = Bounded.get(pool.submit(MaxTasksPerWorkerTest::leakMeasured), "a leak");
            Leak.Sample second = Bounded.get(pool.submit(MaxTasksPerWorkerTest::leakMeasured), "a second leak");
            Leak.Sample fresh = Bounded.get(pool.submit(MaxTasksPerWorkerTest::leakMeasured), "a leak in a fresh worker");
            assertThat(second.hoardedMegabytes()).as("the same worker, hoarding more").isEqualTo(100);
            assertThat(fresh.pid()).as("a new worker").isNotEqualTo(first.pid());
            assertThat(fresh.hoardedMegabytes()).as("the hoard died with the old worker").isEqualTo(50);
            if (fresh.residentMegabytes() < 0) {
                String unmeasured = "the resident memory of a worker is read from /proc/self/status (Linux) or with "
                        + "ps -o rss= (macOS, the BSDs), neither of which " + System.getProperty("os.name")
                        + " has: the hoard and the worker were checked, its resident memory was not";
                System.err.println("MaxTasksPerWorkerTest: " + unmeasured); // in the test's output, not only in its report
                assumeTrue(false, unmeasured);
            }
            assertThat(fresh.residentMegabytes()).as("resident memory of the fresh worker, in MB")
                    .isLessThan(second.residentMegabytes());
        }
    }

    /**
     * {@link Leak#leak()}, whose resident memory, where {@code /proc} cannot give it, is read with
     * {@code ps}; -1 where neither can.
     */
    static Leak.Sample leakMeasured() throws IOException, InterruptedException {
        Leak.Sample sample = Leak.leak();
        return sample.residentMegabytes() >= 0 ? sample
                : new Leak.Sample(sample.pid(), sample.hoardedMegabytes(), residentMegabytesByPs(sample.pid()));
    }

    /** The resident memory of process {@code pid} in MB, as {@code ps -o rss=} tells it in kB; -1 without ps. */
    static long residentMegabytesByPs(long pid) throws InterruptedException {
        try {
            Process ps = new ProcessBuilder("ps", "-o", "rss=", "-p", Long.toString(pid)).redirectErrorStream(true).start();
            try {
                String kilobytes = new String(ps.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
                return ps.waitFor(10, TimeUnit.SECONDS) && ps.exitValue() == 0 ? Long.parseLong(kilobytes) / 1024 : -1;
            } finally {
                ps.destroyForcibly();
            }
        } catch (IOException | NumberFormatException e) {
            return -1; // no ps (Windows), or one that does not know -o rss=
        }
    }
}
