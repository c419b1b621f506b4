package workbook.ch07;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import workbook.support.Printed;

/** Runs each example's main and checks what it prints. */
class ExamplesTest {

    /** What {@code main} prints to System.out. */
    static List<String> output(Printed.Code main) throws Exception {
        return Printed.onSystem(main).out().lines().toList();
    }

    @Test
    void hello_gets_a_result_from_another_process_and_an_exception_with_the_workers_stack() throws Exception {
        List<String> lines = output(() -> ResultAndExceptionFromWorker.main(new String[0]));
        long here = ProcessHandle.current().pid();
        assertThat(lines.get(0)).isEqualTo("this JVM is process " + here);
        assertThat(lines.get(1)).startsWith("hello from process ").doesNotEndWith(" " + here);
        assertThat(lines.get(2)).isEqualTo("the task threw java.lang.ArithmeticException: / by zero");
        assertThat(lines.get(3)).contains("workbook.ch07.ResultAndExceptionFromWorker.lambda$main$").endsWith("(in the worker)");
    }

    @Test
    void crash_breaks_the_pool_and_this_jvm_goes_on() throws Exception {
        List<String> lines = output(() -> Crash.main(new String[0]));
        assertThat(lines.getFirst()).isEqualTo("a check that ends well: true");
        assertThat(lines.subList(1, 4)).as("the running, crashing and queued tasks")
                .allSatisfy(line -> assertThat(line).startsWith("failed: A worker of the process pool died: pid ")
                        .contains("exit status 42"));
        assertThat(lines.subList(4, 6)).satisfiesExactly(
                line -> assertThat(line).startsWith("submit rejected: the pool is broken (worker "),
                line -> assertThat(line).isEqualTo("this JVM is fine"));
    }

    @Test
    void leak_shows_each_worker_growing_and_a_fresh_one_every_3_tasks() throws Exception {
        List<String> lines = output(() -> Leak.main(new String[0]));
        assertThat(lines).hasSize(7);
        List<String> pids = lines.stream().map(line -> line.split(" ")[3]).toList();
        assertThat(pids.subList(0, 3)).as("tasks 1-3: one worker").containsOnly(pids.getFirst());
        assertThat(pids.subList(3, 6)).as("tasks 4-6: another").containsOnly(pids.get(3)).doesNotContain(pids.getFirst());
        assertThat(lines.get(6)).as("task 7: a third, hoarding only its own 50 MB").contains(" hoards  50 MB")
                .doesNotContain(pids.get(3));
    }

    @Test
    void runaway_is_ended_by_shutdownNow() throws Exception {
        List<String> lines = output(() -> Runaway.main(new String[0]));
        assertThat(lines.getFirst()).startsWith("still running after 1 s in worker ");
        assertThat(lines.get(1)).startsWith("pool terminated: true, in ")
                .endsWith("worker alive: false; task cancelled: true");
    }

    @Test
    void terminateWorkers_fails_the_running_tasks_cancels_the_queued_one_and_leaves_no_worker() throws Exception {
        List<String> lines = output(() -> TerminateWorkers.main(new String[0]));
        assertThat(lines).hasSize(6);
        assertThat(lines.getFirst()).isEqualTo("3 runaway tasks on 2 workers, after 1 s: terminateWorkers()");
        assertThat(lines.subList(1, 3)).as("the two running tasks (or, on a machine too busy to start a worker in"
                + " a second, a task still queued)").allSatisfy(line -> assertThat(line).satisfiesAnyOf(
                        running -> assertThat(running).contains(": failed: The task was running when terminateWorkers()"
                                + " stopped its worker: pid ").contains("exit status 143 (SIGTERM"),
                        queued -> assertThat(queued).endsWith(": cancelled")));
        assertThat(lines.get(3)).as("the queued task").isEqualTo("task 3: cancelled");
        assertThat(lines.get(4)).startsWith("submit rejected: The process pool's workers were stopped by terminateWorkers()");
        assertThat(lines.get(5)).isEqualTo("pool terminated: true; workers left: 0");
    }
}
