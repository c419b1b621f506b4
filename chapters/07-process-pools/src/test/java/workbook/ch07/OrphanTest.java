package workbook.ch07;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workbook.support.Bounded;

class OrphanTest {

    @TempDir
    Path dir;

    @Test
    void an_idle_worker_exits_when_its_pipe_closes() throws Exception {
        WorkerProcess worker = WorkerProcess.start(WorkerProcess.Spec.defaults());
        try {
            assertThat(worker.call(() -> 6 * 7)).isEqualTo(42);
            worker.process().getOutputStream().close(); // what the kernel does when this JVM dies
            Process exited = Bounded.get(worker.process().onExit(), "the worker to exit");
            assertThat(exited.exitValue()).as("a clean exit").isZero();
        } finally {
            worker.close();
        }
    }

    @Test
    void a_busy_worker_exits_when_its_pipe_closes() throws Exception {
        String marker = dir.resolve("busy").toString();
        WorkerProcess worker = WorkerProcess.start(WorkerProcess.Spec.defaults());
        try {
            Future<Object> call = CompletableFuture.supplyAsync(() -> {
                try {
                    return worker.call(() -> ProcessPoolTestTasks.markThenSpin(marker));
                } catch (Exception e) {
                    return e;
                }
            });
            Bounded.until("the task to start", () -> Files.exists(Path.of(marker)));
            worker.process().getOutputStream().close();
            Bounded.get(worker.process().onExit(), "the busy worker to exit");
            assertThat(Bounded.get(call, "the call")).as("the call learns that its worker is gone")
                    .isInstanceOf(IOException.class);
        } finally {
            worker.close();
        }
    }

    @Test
    void a_worker_exits_when_the_jvm_that_owns_its_pool_is_killed() throws Exception {
        Path marker = dir.resolve("orphan");
        List<String> command = WorkerProcess.Spec.defaults().withJvmOptions(WorkerProcess.FAST_START).command();
        // the same java and class path, but OrphanParent instead of WorkerMain
        List<String> parentCommand = List.of(command.getFirst(), "-cp", System.getProperty("java.class.path"),
                OrphanParent.class.getName(), marker.toString());
        Process parent = new ProcessBuilder(parentCommand).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(parent.getInputStream()))) {
            Future<String> line = CompletableFuture.supplyAsync(() -> {
                try {
                    return lines.readLine();
                } catch (IOException e) {
                    return e.toString();
                }
            });
            long workerPid = Long.parseLong(Bounded.get(line, Duration.ofSeconds(20), "the worker's pid from the parent"));
            ProcessHandle worker = ProcessHandle.of(workerPid).orElseThrow();
            assertThat(worker.parent().map(ProcessHandle::pid)).as("the worker's parent").contains(parent.pid());

            parent.destroyForcibly(); // SIGKILL: no shutdown hook, no close(), nothing runs in the parent

            Bounded.get(worker.onExit(), "the orphaned worker to exit");
        } finally {
            parent.destroyForcibly();
            parent.waitFor(10, TimeUnit.SECONDS); // SIGKILL is quick; NoLeaks reports a parent that outlives it
        }
    }

    /** A JVM that starts a pool, gives it a runaway task, prints the worker's pid and waits to be killed. */
    static final class OrphanParent {
        public static void main(String[] args) throws Exception {
            ProcessPool pool = new ProcessPool(1);
            pool.submit(() -> ProcessPoolTestTasks.markThenSpin(args[0]));
            while (!Files.exists(Path.of(args[0]))) {
                Thread.sleep(10);
            }
            System.out.println(pool.workers().getFirst().pid());
            System.out.flush();
            Thread.sleep(60_000); // killed long before
        }
    }
}
