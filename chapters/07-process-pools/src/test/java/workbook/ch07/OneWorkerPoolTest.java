package workbook.ch07;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;
import static workbook.ch07.BrokenPoolTest.brokenCause;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
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
        serialize with WorkerProtocol.serialize. close: queue a STOP job, join the thread (if interrupted, kill the \
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
                assertThat(queuedFailure(future, "a task queued behind the crash to fail: when the worker dies, "
                        + "fail every task still queued, or its future never completes"))
                        .as("a task queued behind the crash fails with the same exception").isSameAs(broken);
            }
        }
    }

    @Test
    void close_lets_the_tasks_already_queued_finish() throws Exception {
        List<CompletableFuture<Boolean>> queued = new ArrayList<>();
        try (OneWorkerPool pool = new OneWorkerPool(SPEC)) {
            for (int i = 0; i < 3; i++) {
                queued.add(pool.submit(() -> Primes.isPrime(1_000_000_007L)));
            }
        }
        for (CompletableFuture<Boolean> future : queued) {
            assertThat(future.isDone() && !future.isCompletedExceptionally())
                    .as("close() lets the tasks already queued finish, as ExecutorService.close() does: when it "
                            + "returns, each has its result (this one is %s)", future)
                    .isTrue();
        }
    }

    @Test
    void a_submit_after_close_is_rejected() throws Exception {
        OneWorkerPool pool = new OneWorkerPool(SPEC);
        pool.close();
        assertThat(catchThrowable(() -> pool.submit(() -> 1)))
                .as("a submit after close() is refused with RejectedExecutionException: nothing would ever run it")
                .isInstanceOf(RejectedExecutionException.class);
    }

    /** The BrokenPoolException {@code future} fails with, waiting at most 10 s for it, else failing with {@code what}. */
    static BrokenPoolException queuedFailure(Future<?> future, String what) {
        try {
            Object value = Bounded.get(future, Duration.ofSeconds(10), what);
            return fail(what + ": it succeeded with " + value);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).as(what).isInstanceOf(BrokenPoolException.class);
            return (BrokenPoolException) e.getCause();
        }
    }

    @Test
    void after_a_break_submit_throws_the_BrokenPoolException_and_close_does_not_hang() throws Exception {
        OneWorkerPool pool = new OneWorkerPool(SPEC);
        BrokenPoolException broken;
        try {
            broken = brokenCause(pool.submit(OneWorkerPoolTest::halt));
            assertThat(catchThrowable(() -> pool.submit(() -> 1))).as("a submit to a broken pool").isSameAs(broken);
        } finally {
            Thread closer = Thread.ofPlatform().start(pool::close);
            Bounded.join(closer, "close() of a broken pool");
        }
        assertThat(catchThrowable(() -> pool.submit(() -> 1))).as("and after close, still broken")
                .isInstanceOf(RejectedExecutionException.class);
    }
}
