package workbook.ch03;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Shows that a pool nobody shuts down keeps the JVM alive after {@code main} returns: its threads are
 * not daemons, and an idle one waits for the next task forever. Each program runs in a JVM of its own,
 * which is killed if it is still alive after two seconds.
 *
 * <pre>./workbook run 3 --example ForgottenShutdown</pre>
 */
public final class ForgottenShutdown {

    /** How long a child JVM gets to end by itself. */
    static final Duration PATIENCE = Duration.ofSeconds(2);

    private ForgottenShutdown() {
    }

    // tag::forgets[]
    /** Submits a task and returns from main, leaving the pool open. */
    public static final class Forgets {
        public static void main(String[] args) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            pool.submit(() -> System.out.println("  task done on " + Thread.currentThread().getName()));
            System.out.println("  main returns");
        }
    }

    /** The same, with the pool closed by try-with-resources. */
    public static final class Closes {
        public static void main(String[] args) {
            try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
                pool.submit(() -> System.out.println("  task done on " + Thread.currentThread().getName()));
            }
            System.out.println("  main returns");
        }
    }
    // end::forgets[]

    /** Runs {@code main} in a new JVM; returns its exit code, or -1 if it was still running after {@code patience}. */
    static int runAlone(Class<?> main, Duration patience) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), main.getName())
                .redirectErrorStream(true).start();
        try {
            return child.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS) ? child.exitValue() : -1;
        } finally {
            InputStream printed = child.getInputStream(); // a few lines, waiting in the pipe
            System.out.write(printed.readNBytes(printed.available()));
            System.out.flush();
            child.destroyForcibly();
            child.waitFor(5, TimeUnit.SECONDS);
        }
    }

    public static void main(String[] args) throws Exception {
        for (Class<?> program : new Class<?>[] {Forgets.class, Closes.class}) {
            System.out.println(program.getSimpleName() + ":");
            long start = System.nanoTime();
            int exit = runAlone(program, PATIENCE);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.println(exit < 0 ? "  still running after " + PATIENCE.toSeconds() + " s: killed"
                    : String.format("  the JVM exited by itself after %.1f s, status %d", seconds, exit));
        }
    }
}
