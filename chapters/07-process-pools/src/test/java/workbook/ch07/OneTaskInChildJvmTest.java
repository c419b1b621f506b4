package workbook.ch07;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import workbook.support.Bounded;
import workbook.support.Exercise;

@Exercise(id = "7.1", title = "Run one task in a child JVM", stub = OneTaskInChildJvm.class, hint = {
        """
        Both ends of a pipe: the parent starts a JVM and talks to it through its standard input and output, \
        as "The worker: read until the end of input" shows. What else might the task print to standard \
        output, and how does the parent tell a child that died from one that answered?""",
        """
        In `call`, start the child with a `ProcessBuilder`: the `java` of `java.home`, the class path given, \
        and this class's name, with standard error inherited. Write the task with an `ObjectOutputStream` on \
        the child's input and close it; read the `Outcome` with an `ObjectInputStream` on its output, \
        filtered by the worker protocol's allow-list. An `IOException` while reading means the child died: say so with \
        its exit status. In `main`, the mirror image on `System.in` and `System.out`, after pointing \
        `System.out` at standard error so that what the task prints cannot mix with the `Outcome`.""" })
class OneTaskInChildJvmTest {

    /** The stub or the solution, whichever this test runs, must also be what the child runs. */
    static final String CLASSPATH = ChildClasspath.of(OneTaskInChildJvm.class, OneTaskInChildJvmTest.class);

    @Test
    void the_task_runs_in_another_process_and_its_result_comes_back() throws Exception {
        long here = ProcessHandle.current().pid();
        long[] pids = OneTaskInChildJvm.call(() -> new long[] {ProcessHandle.current().pid(),
                ProcessHandle.current().parent().orElseThrow().pid()}, CLASSPATH);
        assertThat(pids[0]).as("the pid of the process that ran the task: not this one").isNotEqualTo(here);
        assertThat(pids[1]).as("its parent: this JVM").isEqualTo(here);
    }

    @Test
    void what_the_task_prints_does_not_spoil_the_result() throws Exception {
        try {
            assertThat(OneTaskInChildJvm.call(() -> {
                System.out.println("a task that talks (this line belongs on standard error)");
                return "quiet result";
            }, CLASSPATH)).as("the Outcome, read from the child's standard output").isEqualTo("quiet result");
        } catch (IOException e) {
            fail("what the task printed went into the stream the Outcome is read from: in the child, call "
                    + "System.setOut(System.err) before the task runs", e);
        }
    }

    @Test
    void a_large_result_comes_back_without_a_pipe_deadlock() throws Exception {
        String result = callBounded(() -> "x".repeat(1 << 20), "the call to return a result of 1 MB. A pipe holds "
                + "some 64 KB: a child whose outcome is larger cannot exit until the parent reads it, so a parent "
                + "that waits for the exit before reading waits forever (a pipe deadlock): read the outcome first");
        assertThat(result).as("the result of 1 MB").hasSize(1 << 20);
    }

    @Test
    void a_child_left_running_by_its_task_is_stopped_once_the_outcome_is_in() throws Exception {
        String result = callBounded(() -> {
            Thread.ofPlatform().start(() -> { // not a daemon: it keeps the child's JVM alive after main returns
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            return "answered";
        }, "the call to return once the outcome is in: a child that lingers (its task left a thread running) "
                + "gets a grace period to exit and is then killed, never waited for forever");
        assertThat(result).isEqualTo("answered");
    }

    /**
     * Calls {@code task} on another thread and waits at most 20 s for its result; past that, kills the
     * children of this JVM, which ends a call stuck on its child, and fails saying {@code what}.
     */
    static <T> T callBounded(Task<T> task, String what) throws Exception {
        ExecutorService caller = Executors.newSingleThreadExecutor();
        Future<T> call = caller.submit(() -> OneTaskInChildJvm.call(task, CLASSPATH));
        try {
            return Bounded.get(call, Duration.ofSeconds(20), what);
        } finally {
            if (!call.isDone()) {
                ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
            }
            caller.shutdownNow();
            if (!caller.awaitTermination(10, TimeUnit.SECONDS)) {
                throw new AssertionError("the thread that called OneTaskInChildJvm.call did not end");
            }
        }
    }

    @Test
    void the_tasks_exception_comes_back_as_the_cause_with_its_type_and_message() {
        assertThat(catchThrowable(() -> OneTaskInChildJvm.call(() -> {
            throw new IllegalStateException("thrown in the child");
        }, CLASSPATH))).as("an ExecutionException whose cause is what the task threw")
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(IllegalStateException.class).hasMessage("thrown in the child");
    }

    @Test
    void a_child_that_dies_without_an_answer_is_an_IOException_naming_its_exit_status() {
        assertThat(catchThrowable(() -> OneTaskInChildJvm.call(() -> {
            Runtime.getRuntime().halt(7);
            return null;
        }, CLASSPATH))).as("the child halted with status 7 before writing an Outcome")
                .isInstanceOf(IOException.class).hasMessageContaining("exit status 7");
    }
}
