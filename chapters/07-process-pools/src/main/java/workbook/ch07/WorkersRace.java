package workbook.ch07;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Races {@code proc_pool --workers 1} against {@code --workers 2}, each run in a new JVM, taking turns,
 * and prints both total times, their ratio and the medians. Before each pair it measures what the
 * machine gives: how much faster two threads check the largest prime twice than one thread does, which
 * is about 2 on two idle cores, and less when a neighbour on a shared host is busy.
 *
 * <pre>./workbook run 7 --example WorkersRace [ROUNDS]</pre>
 */
public final class WorkersRace {

    private WorkersRace() {
    }

    /** One run of {@link ProcPool}: its {@code Total time} in seconds, and how many numbers it marked {@code P}. */
    record Run(double seconds, long primes) {
    }

    /**
     * This JVM's own {@code -XX}, {@code -Xshare} and {@code -Xlog} options (under {@code ./workbook run 7}:
     * the chapter's options and its class-data archive), less any that would record an archive of their own.
     */
    static List<String> optionsOfThisJvm() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("-XX:") || option.startsWith("-Xshare") || option.startsWith("-Xlog:"))
                .filter(option -> !option.matches("-XX:(DumpLoadedClassList|ArchiveClassesAtExit|AOTMode|AOTConfiguration).*"))
                .toList();
    }

    // tag::run[]
    /** Runs {@code ProcPool --workers N} in a new JVM with this JVM's options. */
    static Run run(int workers) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(optionsOfThisJvm()); // as ./workbook run 7 starts its JVM
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ProcPool.class.getName(),
                "--workers", String.valueOf(workers)));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            if (!child.waitFor(1, TimeUnit.MINUTES)) { // its two dozen lines fit in the pipe: wait, then read
                throw new IOException("proc_pool --workers " + workers + " did not end within a minute");
            }
            List<String> lines = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            if (child.exitValue() != 0 || lines.isEmpty() || !lines.getLast().matches("Total time: [0-9.]+s")) {
                throw new IOException("proc_pool --workers " + workers + " did not end with its total time: " + lines);
            }
            long primes = lines.stream().filter(line -> line.matches(" *[0-9]+  P .*")).count();
            return new Run(Double.parseDouble(lines.getLast().replaceAll("[^0-9.]", "")), primes);
        } finally {
            child.destroyForcibly(); // a no-op once it has exited
            child.waitFor();
        }
    }
    // end::run[]

    /** How much faster two threads check the largest of the primes twice than one thread does. */
    static double twoThreadsSpeedUp() throws Exception {
        Callable<Primes.PrimeResult> check = () -> Primes.check(9_999_999_999_999_917L);
        long t0 = System.nanoTime();
        check.call();
        check.call();
        long one = System.nanoTime() - t0;
        try (ExecutorService two = Executors.newFixedThreadPool(2)) {
            t0 = System.nanoTime();
            two.invokeAll(List.of(check, check));
            return (double) one / (System.nanoTime() - t0);
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    public static void main(String[] args) throws Exception {
        int rounds = StartupBench.rounds(args, 7, "WorkersRace");
        double[][] columns = new double[4][rounds]; // 1 worker, 2 workers, speed-up, two threads
        System.out.printf("%-6s %12s %12s %9s %9s %15s%n", "round", "--workers 1", "--workers 2", "speed-up", "P marked",
                "2 threads vs 1");
        twoThreadsSpeedUp(); // once, so that the checks below run compiled
        for (int i = 0; i < rounds; i++) {
            columns[3][i] = twoThreadsSpeedUp();
            Run one = run(1);
            Run two = run(2);
            columns[0][i] = one.seconds();
            columns[1][i] = two.seconds();
            columns[2][i] = one.seconds() / two.seconds();
            System.out.printf(Locale.ROOT, "%-6d %11.2fs %11.2fs %8.2fx %4d %4d %14.2fx%n", i + 1, one.seconds(),
                    two.seconds(), columns[2][i], one.primes(), two.primes(), columns[3][i]);
        }
        System.out.printf(Locale.ROOT, "%-6s %11.2fs %11.2fs %8.2fx %9s %14.2fx%n", "median", median(columns[0]),
                median(columns[1]), median(columns[2]), "", median(columns[3]));
    }
}
