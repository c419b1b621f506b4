package workbook.ch07;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.File;
import java.io.Serial;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workbook.support.Bounded;

class ProcessPoolTest {

    static ProcessPool pool;

    @BeforeAll
    static void start() {
        pool = ProcessPool.builder().workers(2).initializer(() -> System.setProperty("ch07.initialized", "yes")).build();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        pool.close();
        assertThat(pool.isTerminated()).as("close() returns once the pool has terminated").isTrue();
    }

    static long pid() {
        return ProcessHandle.current().pid();
    }

    @Test
    void a_task_runs_in_another_process_and_its_result_comes_back() throws Exception {
        long here = pid();
        Future<List<Long>> pids = pool.submit(() -> List.of(pid(), ProcessHandle.current().parent().orElseThrow().pid()));
        List<Long> workerAndParent = Bounded.get(pids, "the worker's pid and its parent's");
        assertThat(workerAndParent.get(0)).as("the pid of the process that ran the task").isNotEqualTo(here);
        assertThat(workerAndParent.get(1)).as("... a child of this JVM").isEqualTo(here);
    }

    @Test
    void the_initializer_ran_in_the_worker_before_the_task() throws Exception {
        assertThat(Bounded.get(pool.submit(() -> System.getProperty("ch07.initialized")), "the property"))
                .as("the initializer set a system property in the worker").isEqualTo("yes");
        assertThat(System.getProperty("ch07.initialized")).as("... and not here").isNull();
    }

    @Test
    void an_exception_comes_back_with_its_type_message_and_the_workers_stack() {
        Future<Long> divide = pool.submit(() -> 1L / (pid() - pid()));
        ExecutionException e = catchThrowableOfType(ExecutionException.class, () -> Bounded.get(divide, "the division"));
        assertThat(e.getCause()).as("the worker's exception, itself").isInstanceOf(ArithmeticException.class)
                .hasMessage("/ by zero");
        assertThat(e.getCause().getStackTrace()[0].getMethodName()).as("where it was thrown, in the worker")
                .startsWith("lambda$");
        assertThat(e.getCause().getStackTrace()).as("the worker's stack").anyMatch(
                frame -> frame.getClassName().equals(WorkerMain.class.getName()));
    }

    /** An exception that cannot be serialized: it holds a thread. */
    static final class Unportable extends RuntimeException {
        @Serial
        private static final long serialVersionUID = 1L;
        @SuppressWarnings({"unused", "serial"})
        final Thread holder = Thread.currentThread();

        Unportable(String message) {
            super(message);
        }
    }

    @Test
    void an_exception_that_cannot_travel_comes_back_as_a_RemoteTaskException_naming_it() {
        Future<Object> fails = pool.submit(() -> {
            throw new Unportable("cannot cross");
        });
        ExecutionException e = catchThrowableOfType(ExecutionException.class, () -> Bounded.get(fails, "the task"));
        assertThat(e.getCause()).isInstanceOf(RemoteTaskException.class)
                .hasMessage(Unportable.class.getName() + ": cannot cross");
        assertThat(((RemoteTaskException) e.getCause()).remoteType()).isEqualTo(Unportable.class.getName());
        assertThat(e.getCause().getStackTrace()[0].getClassName()).as("its stack").startsWith(getClass().getName());
    }

    @Test
    void a_task_that_is_not_serializable_is_rejected_at_submit() {
        Callable<Integer> plain = () -> 42; // a Callable lambda: not serializable
        assertThatThrownBy(() -> pool.submit(plain)).isInstanceOf(RejectedExecutionException.class)
                .hasMessageContaining("not Serializable");
        Object lock = new Object();
        assertThatThrownBy(() -> pool.submit(() -> lock.hashCode()))
                .as("a Task that captures a plain Object").isInstanceOf(RejectedExecutionException.class)
                .hasRootCauseInstanceOf(java.io.NotSerializableException.class);
    }

    @Test
    void invokeAll_and_invokeAny_work_as_with_any_executor() throws Exception {
        List<Task<Integer>> tasks = List.of(() -> 1, () -> 2, () -> 3);
        List<Future<Integer>> all = pool.invokeAll(tasks, 10, TimeUnit.SECONDS);
        assertThat(all).extracting(Future::resultNow).containsExactly(1, 2, 3);
        List<Task<Integer>> oneFails = List.of(() -> {
            throw new IllegalStateException("no");
        }, () -> 7);
        assertThat(pool.invokeAny(oneFails, 10, TimeUnit.SECONDS)).as("the one that succeeded").isEqualTo(7);
    }

    @Test
    void a_task_is_not_sent_behind_a_long_one_while_another_worker_can_take_it(@TempDir Path dir) throws Exception {
        String gate = dir.resolve("gate").toString();
        String release = dir.resolve("release").toString();
        try (ProcessPool local = ProcessPool.builder().workers(2).build()) {
            try {
                // both workers busy, so that the four tasks below are all queued when the workers come free
                List<Future<Long>> gates = List.of(local.submit(() -> ProcessPoolTestTasks.awaitFile(gate)),
                        local.submit(() -> ProcessPoolTestTasks.awaitFile(gate)));
                Future<Long> blocked = local.submit(() -> ProcessPoolTestTasks.awaitFile(release));
                List<Future<Long>> quick = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    quick.add(local.submit(ProcessPoolTest::pid));
                }
                Files.createFile(Path.of(gate));
                assertThat(Bounded.get(gates.get(0), "the first gate")).as("one gate per worker")
                        .isNotEqualTo(Bounded.get(gates.get(1), "the second gate"));
                for (Future<Long> task : quick) {
                    // had a slot sent a quick task ahead, behind the blocked one, it would wait here
                    assertThat(Bounded.get(task, "a quick task, while the other worker is blocked"))
                            .as("it ran in the worker that is not blocked").isNotNull();
                }
                assertThat(blocked).as("the blocked task still waits").isNotDone();
                Files.writeString(Path.of(release), "go");
                assertThat(Bounded.get(blocked, "the blocked task, released"))
                        .as("the blocked task ran in the other worker")
                        .isNotEqualTo(quick.getFirst().resultNow());
            } finally {
                Files.writeString(Path.of(release), "go"); // else the pool's close() waits for the blocked task
            }
        }
    }

    @Test
    void the_workers_class_path_can_be_just_the_classes_they_need() {
        String classes = WorkerProcess.classpathOf(WorkerMain.class, Primes.class);
        assertThat(classes).as("both come from this chapter's classes: one entry")
                .doesNotContain(File.pathSeparator)
                .isEqualTo(Path.of("target", "classes").toAbsolutePath().toString());
        assertThatThrownBy(() -> WorkerProcess.classpathOf(String.class))
                .as("a JDK class is not on the class path").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_worker_starts_with_the_fast_start_options_and_this_jvms_class_data_archive() {
        List<String> ours = List.of(ProcessHandle.current().info().arguments().orElse(new String[0]));
        List<String> options = WorkerProcess.fastStartLikeThisJvm();
        assertThat(options).startsWith(WorkerProcess.FAST_START.toArray(String[]::new));
        assertThat(options.subList(WorkerProcess.FAST_START.size(), options.size()))
                .as("the rest are this JVM's class-data sharing options")
                .allMatch(ours::contains)
                .allMatch(option -> option.startsWith("-XX:SharedArchiveFile=") || option.startsWith("-Xlog:cds"));
    }

    @Test
    void a_worker_works_although_its_jvm_complained_as_it_started(@TempDir Path dir) throws Exception {
        Path notAnArchive = Files.writeString(dir.resolve("not-an-archive.jsa"), "no class data here");
        List<String> options = new ArrayList<>(WorkerProcess.FAST_START);
        options.add("-XX:SharedArchiveFile=" + notAnArchive); // the JVM logs an error, and starts without it
        try (ProcessPool complaining = ProcessPool.builder().workers(1).jvmOptions(options).build()) {
            assertThat(Bounded.get(complaining.submit(() -> 6 * 7), "the result of a worker whose JVM logged an error"))
                    .as("the error went to standard error, not into the pipe the results come back on")
                    .isEqualTo(42);
        }
    }

    @Test
    void the_default_size_is_the_number_of_available_processors() {
        ProcessPool defaults = new ProcessPool();
        defaults.close(); // its workers started, and were closed at once
        assertThat(defaults.size()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void close_waits_for_the_tasks_like_pythons_with_then_rejects_new_ones() throws Exception {
        Future<Boolean> prime;
        try (ProcessPool local = new ProcessPool(1)) {
            prime = local.submit(() -> Primes.isPrime(1_000_000_007L));
            local.shutdown();
            assertThatThrownBy(() -> local.submit(() -> 1)).isInstanceOf(RejectedExecutionException.class)
                    .isNotInstanceOf(BrokenPoolException.class);
        }
        assertThat(prime.isDone()).as("done when close() returns").isTrue();
        assertThat(prime.resultNow()).isTrue();
    }
}
