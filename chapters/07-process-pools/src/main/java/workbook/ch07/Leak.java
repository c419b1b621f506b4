package workbook.ch07;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * A task that leaks memory, run in a pool whose workers are replaced after 3 tasks: each worker's
 * resident memory grows with every task, and a fresh worker starts small again. The operating system
 * takes the memory back when a process exits, and only then: a JVM rarely gives its heap back.
 *
 * <pre>./workbook run 7 --example Leak</pre>
 */
public final class Leak {

    /** What a task saw in the worker that ran it. */
    record Sample(long pid, int hoardedMegabytes, long residentMegabytes) implements Serializable {
    }

    /** Memory nobody will free: it lives as long as the worker JVM. */
    private static final List<byte[]> HOARD = new ArrayList<>();

    private Leak() {
    }

    // tag::leak[]
    /** A leaky task: keeps 50 MB more each time it runs, then says how big its worker has grown. */
    static Sample leak() throws IOException {
        HOARD.add(new byte[50 << 20]); // the JVM zeroes it: the pages are touched, so they are resident
        return new Sample(ProcessHandle.current().pid(), HOARD.size() * 50, residentMegabytes());
    }

    /** VmRSS, the process's resident memory, from Linux's /proc/self/status (-1 elsewhere). */
    static long residentMegabytes() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmRSS:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1);
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        try (ProcessPool pool = ProcessPool.builder().workers(1).maxTasksPerWorker(3).build()) {
            for (int task = 1; task <= 7; task++) {
                Sample sample = pool.submit(Leak::leak).get();
                System.out.printf("task %d: worker %d hoards %3d MB, resident %4d MB%n",
                        task, sample.pid(), sample.hoardedMegabytes(), sample.residentMegabytes());
            }
        }
    }
    // end::leak[]
}
