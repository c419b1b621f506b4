package workbook.ch07;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.StreamCorruptedException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import workbook.support.Bounded;

class BrokenPoolTest {

    static long pid() {
        return ProcessHandle.current().pid();
    }

    /** Why {@code future} failed: a BrokenPoolException, or this fails the test. */
    static BrokenPoolException brokenCause(Future<?> future) {
        ExecutionException e = catchThrowableOfType(ExecutionException.class, () -> Bounded.get(future, "a failure"));
        assertThat(e).as("the future failed").isNotNull();
        assertThat(e.getCause()).as("why").isInstanceOf(BrokenPoolException.class);
        return (BrokenPoolException) e.getCause();
    }

    @Test
    void a_worker_that_halts_fails_every_pending_task_and_later_submits_are_rejected() throws Exception {
        try (ProcessPool pool = new ProcessPool(1)) {
            long worker = Bounded.get(pool.submit(BrokenPoolTest::pid), "the worker's pid");
            Future<Object> crash = pool.submit(() -> {
                Runtime.getRuntime().halt(42);
                return null;
            });
            List<Future<Boolean>> queued = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                queued.add(pool.submit(() -> Primes.isPrime(1_000_000_007L)));
            }
            BrokenPoolException broken = brokenCause(crash);
            assertThat(broken.pid()).as("the worker that died").isEqualTo(worker);
            assertThat(broken.exitStatus()).as("its exit status: halt(42)").isEqualTo(42);
            assertThat(broken).hasMessageContaining("pid " + worker).hasMessageContaining("exit status 42");
            for (Future<Boolean> future : queued) {
                assertThat(brokenCause(future)).as("a queued task fails with the same failure").isSameAs(broken);
            }
            assertThat(pool.isBroken()).isTrue();
            assertThatThrownBy(() -> pool.submit(() -> 1)).as("like Python's BrokenProcessPool")
                    .isInstanceOf(BrokenPoolException.class).hasMessageContaining("pid " + worker);
        }
    }

    @Test
    void a_worker_killed_from_outside_breaks_the_pool_and_the_other_workers_task_fails_too() throws Exception {
        try (ProcessPool pool = new ProcessPool(2)) {
            // two long tasks, one per worker: then the pool has two workers busy
            Future<Object> first = pool.submit(ProcessPoolTestTasks::spin);
            Future<Object> second = pool.submit(ProcessPoolTestTasks::spin);
            Bounded.until("two busy workers", () -> pool.workers().size() == 2);
            ProcessHandle victim = pool.workers().getFirst();
            victim.destroyForcibly();
            BrokenPoolException broken = brokenCause(first);
            assertThat(brokenCause(second)).as("both tasks fail with the same failure").isSameAs(broken);
            assertThat(broken.pid()).as("the worker that was killed").isEqualTo(victim.pid());
            assertThat(broken.exitStatus()).as("SIGKILL: 128 + 9").isEqualTo(137);
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("the broken pool terminates").isTrue();
        }
    }

    @Test
    void a_worker_that_writes_on_the_replies_pipe_is_killed_and_the_message_says_why() throws Exception {
        try (ProcessPool pool = new ProcessPool(1)) {
            long worker = Bounded.get(pool.submit(BrokenPoolTest::pid), "the worker's pid");
            Future<Integer> garbling = pool.submit(() -> {
                // System.out is standard error in a worker; the file descriptor is the pipe itself
                new FileOutputStream(FileDescriptor.out).write("hello\n".getBytes(StandardCharsets.US_ASCII));
                return 1;
            });
            BrokenPoolException broken = brokenCause(garbling);
            assertThat(broken.pid()).isEqualTo(worker);
            assertThat(broken).hasMessageContaining("not a reply on its standard output").hasMessageContaining("pid " + worker);
            assertThat(broken.getCause()).isInstanceOf(StreamCorruptedException.class);
            assertThat(broken.exitStatus()).as("the pool killed it: SIGKILL").isEqualTo(137);
            assertThat(pool.isBroken()).isTrue();
        }
    }

    @Test
    void an_initializer_that_throws_breaks_the_pool() {
        try (ProcessPool pool = ProcessPool.builder().workers(1).initializer(() -> {
            throw new IllegalStateException("no configuration (a test: this stack trace is expected)");
        }).build()) {
            BrokenPoolException broken = brokenCause(pool.submit(() -> 1));
            assertThat(broken.exitStatus()).isEqualTo(WorkerMain.INITIALIZER_FAILED);
            assertThat(broken).hasMessageContaining("initializer failed");
        }
    }
}
