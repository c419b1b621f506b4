package workbook.ch07;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;

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
            Leak.Sample first = Bounded.get(pool.submit(Leak::leak), "a leak");
            Leak.Sample second = Bounded.get(pool.submit(Leak::leak), "a second leak");
            Leak.Sample fresh = Bounded.get(pool.submit(Leak::leak), "a leak in a fresh worker");
            assertThat(second.hoardedMegabytes()).as("the same worker, hoarding more").isEqualTo(100);
            assertThat(fresh.pid()).as("a new worker").isNotEqualTo(first.pid());
            assertThat(fresh.hoardedMegabytes()).as("the hoard died with the old worker").isEqualTo(50);
            assumeTrue(fresh.residentMegabytes() > 0, "the resident memory of a worker is read from /proc/self/status "
                    + "(VmRSS), which only Linux has: on " + System.getProperty("os.name") + " the hoard and the "
                    + "worker were checked, its resident memory was not");
            assertThat(fresh.residentMegabytes()).as("resident memory of the fresh worker, in MB")
                    .isLessThan(second.residentMegabytes());
        }
    }
}
