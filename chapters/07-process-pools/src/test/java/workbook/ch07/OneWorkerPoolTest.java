package workbook.ch07;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static workbook.ch07.BrokenPoolTest.brokenCause;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;

import org.junit.jupiter.api.Test;

import workbook.support.Bounded;
import workbook.support.Exercise;

// tag::exercise[]
@Exercise(id = "7.4", title = "Break the pool when its worker dies", stub = OneWorkerPool.class, hint = """
        Start a WorkerProcess and a platform thread that loops: take a job from a BlockingQueue, complete \
        its CompletableFuture with worker.call(id, bytes); an ExecutionException fails only that job (with \
        e.getCause()); an IOException means the worker died: build BrokenPoolException.died(worker.pid(), \
        worker.awaitExit(), e), remember it, fail that job and every job drained from the queue with it, \
        and end the loop. submit (synchronized): throw the remembered failure if any, reject after close, \
        serialize with Wire.serialize. close: queue a STOP job, join the thread (if interrupted, kill the \
        worker), close the worker.""")
// end::exercise[]
class OneWorkerPoolTest {

    static final WorkerProcess.Spec SPEC = WorkerProcess.Spec.defaults();

    static long pid() {
        return ProcessHandle.current().pid();
    }

    static Object halt() {
        Runtime.getRuntime().halt(42);
        return null;
    }


    @Test
    void tasks_run_in_the_worker_and_a_task_that_throws_does_not_break_the_pool() throws Exception {
        try (OneWorkerPool pool = new OneWorkerPool(SPEC)) {
            CompletableFuture<Long> worker = pool.submit(OneWorkerPoolTest::pid);
            CompletableFuture<Object> fails = pool.submit(() -> {
                throw new IllegalStateException("only this task fails");
            });
            CompletableFuture<Long> after = pool.submit(OneWorkerPoolTest::pid);
            assertThat(Bounded.get(worker, "the first task")).as("another process").isNotEqualTo(pid());
            assertThat(catchThrowableOfType(ExecutionException.class, () -> Bounded.get(fails, "a failing task")))
                    .cause().isInstanceOf(IllegalStateException.class);
            assertThat(Bounded.get(after, "the task after it")).as("the same worker").isEqualTo(worker.get());
        }
    }

    @Test
    void when_the_worker_dies_its_task_fails_with_a_BrokenPoolException_naming_pid_and_status() throws Exception {
        try (OneWorkerPool pool = new OneWorkerPool(SPEC)) {
            long worker = Bounded.get(pool.submit(OneWorkerPoolTest::pid), "the worker's pid");
            BrokenPoolException broken = brokenCause(pool.submit(OneWorkerPoolTest::halt));
            assertThat(broken.pid()).as("the worker that died").isEqualTo(worker);
            assertThat(broken.exitStatus()).as("its exit status (it called halt(42))").isEqualTo(42);
        }
    }

    @Test
    void the_tasks_queued_behind_it_fail_with_the_same_exception() throws Exception {
        try (OneWorkerPool pool = new OneWorkerPool(SPEC)) {
            CompletableFuture<Object> crash = pool.submit(OneWorkerPoolTest::halt);
            List<CompletableFuture<Boolean>> queued = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                queued.add(pool.submit(() -> Primes.isPrime(1_000_000_007L)));
            }
            BrokenPoolException broken = brokenCause(crash);
            for (CompletableFuture<Boolean> future : queued) {
                assertThat(brokenCause(future)).as("a task queued behind the crash").isSameAs(broken);
            }
        }
    }

    @Test
    void after_a_break_submit_throws_the_BrokenPoolException_and_close_does_not_hang() throws Exception {
        OneWorkerPool pool = new OneWorkerPool(SPEC);
        BrokenPoolException broken;
        try {
            broken = brokenCause(pool.submit(OneWorkerPoolTest::halt));
            assertThatThrownBy(() -> pool.submit(() -> 1)).as("a submit to a broken pool").isSameAs(broken);
        } finally {
            Thread closer = Thread.ofPlatform().start(pool::close);
            Bounded.join(closer, "close() of a broken pool");
        }
        assertThatThrownBy(() -> pool.submit(() -> 1)).as("and after close, still broken")
                .isInstanceOf(RejectedExecutionException.class);
    }
}
