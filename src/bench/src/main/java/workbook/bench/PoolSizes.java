package workbook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import workbook.ch03.Flags2ThreadPool;
import workbook.flags.FlagsServer;
import workbook.flags.Mode;

/**
 * Times chapter 03's pool downloader with 1, 2, 4, 10 and 20 threads, against a server that waits
 * half a second before each answer, and writes the table chapter 03 includes. Beside each time stands
 * its floor, what the delays alone cost: with {@code N} requests in flight, 20 answers take
 * {@code ceil(20 / N)} rounds of the delay.
 *
 * <p>The server runs in this JVM, each download in a fresh JVM with default options; each line is the
 * best of three.
 *
 * <pre>./workbook bench pool-sizes</pre>
 */
public final class PoolSizes {

    static final Duration DELAY = Duration.ofMillis(500);
    static final int FLAGS = 20;
    static final int RUNS = 3;
    static final List<Integer> THREADS = List.of(1, 2, 4, 10, 20);

    private PoolSizes() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            System.err.println("usage: ./workbook bench pool-sizes (no arguments), not " + String.join(" ", args));
            System.exit(2);
        }
        double delay = DELAY.toMillis() / 1e3;
        StringBuilder rows = new StringBuilder();
        double one = 0;
        double all = 0;
        Path out = Files.createTempDirectory("workbook-pool-sizes");
        try (FlagsServer server = FlagsServer.builder().mode(Mode.DELAY).delay(DELAY).start()) {
            for (int threads : THREADS) {
                double best = Double.MAX_VALUE;
                for (int i = 0; i < RUNS; i++) {
                    String output = Jvm.run(List.of(Jvm.java(), "-cp", Jvm.classpath(), Flags2ThreadPool.class.getName(),
                            "-s", server.baseUrl().toString(), "-m", String.valueOf(threads), "-o", out.toString()),
                            Duration.ofMinutes(2));
                    best = Math.min(best, Jvm.elapsed(output, FLAGS));
                }
                double floor = delay * Math.ceil(FLAGS / (double) threads);
                System.out.printf(Locale.ROOT, "%2d threads: %.2fs (floor %.1fs)%n", threads, best, floor);
                rows.append(String.format(Locale.ROOT, "|%d |%.2f s |%.1f s |%.2f s%n", threads, best, floor, best - floor));
                one = threads == 1 ? best : one;
                all = best;
            }
        } finally {
            Jvm.delete(out);
        }
        Results results = Results.named("pool-sizes");
        results.attribute("pool-sizes-speedup", String.format(Locale.ROOT, "%.0f", one / all));
        results.write("""
                [cols="1,1,1,1",options="header"]
                .Chapter 03's `./workbook run 3 -s DELAY -m N`: %d flags, %d ms per answer, best of %d fresh JVMs; %s
                |===
                |threads (`-m`) |elapsed |floor |above the floor
                %s|===
                """.formatted(FLAGS, DELAY.toMillis(), RUNS, results.caption("./workbook bench pool-sizes"), rows));
    }
}
