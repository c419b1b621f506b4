package workbook.ch07;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;

import workbook.support.Exercise;

@Exercise(id = "7.3", title = "Replace a worker after N tasks", stub = RecyclingWorker.class, hint = {
        """
        Python's `max_tasks_per_child` replaces a worker after N tasks ("Python's options, and this \
        pool's"). When does the worker count as used up, and what must be true of the old worker by the time \
        that last call returns, even when the task failed?""",
        """
        Keep the spec, the maximum, and the current `WorkerProcess` (none at first). A call starts a worker \
        if there is none, and runs the task on it. In a `finally`, once the worker's count of calls reaches \
        the maximum, `close()` it (that waits for it to exit) and forget it, so that the next call starts a \
        new one. Refuse a maximum below one in the constructor.""" })
class RecyclingWorkerTest {

    static final WorkerProcess.Spec SPEC = WorkerProcess.Spec.defaults();

    static long pid() {
        return ProcessHandle.current().pid();
    }

    static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    @Test
    void every_two_tasks_a_fresh_worker_takes_over_and_the_old_one_has_exited() throws Exception {
        List<Long> pids = new ArrayList<>();
        try (RecyclingWorker worker = new RecyclingWorker(SPEC, 2)) {
            for (int i = 0; i < 5; i++) {
                pids.add(worker.call(RecyclingWorkerTest::pid));
                if (i % 2 == 1) {
                    assertThat(alive(pids.getLast())).as("after its 2nd task, worker %d has exited", pids.getLast())
                            .isFalse();
                }
            }
        }
        assertThat(pids.get(0)).as("tasks 1 and 2: one worker").isEqualTo(pids.get(1));
        assertThat(pids.get(2)).as("tasks 3 and 4: a new one").isNotEqualTo(pids.get(0)).isEqualTo(pids.get(3));
        assertThat(pids.get(4)).as("task 5: a third").isNotIn(pids.subList(0, 4));
    }

    @Test
    void pid_names_the_current_worker_and_is_empty_between_workers() throws Exception {
        try (RecyclingWorker worker = new RecyclingWorker(SPEC, 2)) {
            assertThat(worker.pid()).as("before the first task: no worker yet").isEmpty();
            long first = worker.call(RecyclingWorkerTest::pid);
            assertThat(worker.pid()).as("after one task").hasValue(first);
            worker.call(RecyclingWorkerTest::pid);
            assertThat(worker.pid()).as("after the worker's last task").isEmpty();
        }
    }

    @Test
    void a_task_that_throws_counts_and_its_exception_comes_back() throws Exception {
        try (RecyclingWorker worker = new RecyclingWorker(SPEC, 1)) {
            assertThat(catchThrowable(() -> worker.call(() -> {
                throw new IllegalStateException("a failing task");
            }))).isInstanceOf(ExecutionException.class).cause().hasMessage("a failing task");
            assertThat(worker.pid()).as("a failed task counts: the worker was replaced").isEmpty();
        }
    }

    @Test
    void close_ends_the_current_worker() throws Exception {
        long pid;
        try (RecyclingWorker worker = new RecyclingWorker(SPEC, 10)) {
            pid = worker.call(RecyclingWorkerTest::pid);
        }
        assertThat(alive(pid)).as("worker %d after close()", pid).isFalse();
    }

    @Test
    void a_worker_must_run_at_least_one_task() {
        assertThat(catchThrowable(() -> new RecyclingWorker(SPEC, 0)))
                .as("maxTasks below 1 is refused with IllegalArgumentException: such a worker could run nothing")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
