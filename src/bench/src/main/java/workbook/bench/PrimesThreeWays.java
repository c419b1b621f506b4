package workbook.bench;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import workbook.ch07.Primes;
import workbook.ch07.PrimesInProcesses;

/**
 * Checks chapter 07's 20 numbers three ways (one after the other in this thread, in a pool of platform
 * threads, in a {@link workbook.ch07.ProcessPool}), best of 3 each, and the same three ways in Python
 * with {@code src/bench/python/primes_three_ways.py}; writes the totals side by side to
 * {@code docs/src/book/results/primes-three-ways.adoc}.
 *
 * <pre>./workbook bench primes-three-ways [WORKERS]</pre>
 */
public final class PrimesThreeWays {

    static final int ROUNDS = 3;

    private PrimesThreeWays() {
    }

    /** A way to run the job, with its label; {@code null} for "in this thread". */
    private record Way(String label, IntFunction<ExecutorService> pool) {
    }

    private static final List<Way> WAYS = List.of(
            new Way("sequential", null),
            new Way("%d threads", Executors::newFixedThreadPool),
            new Way("%d processes", workers -> PrimesInProcesses.primesPoolOptions(workers).build()));

    /** One run of {@code way}: its total time in seconds, from before its pool starts to its last result. */
    static double run(Way way, int workers, List<Long> numbers) throws InterruptedException, ExecutionException {
        long t0 = System.nanoTime();
        List<Primes.PrimeResult> results;
        if (way.pool() == null) {
            results = numbers.stream().sorted(Comparator.reverseOrder()).map(Primes::check).toList();
        } else {
            try (ExecutorService executor = way.pool().apply(workers)) {
                results = PrimesInProcesses.checkAll(executor, numbers, null);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long primes = results.stream().filter(Primes.PrimeResult::prime).count();
        if (primes != numbers.stream().filter(Primes::isPrime).count()) {
            throw new IllegalStateException(way.label().formatted(workers) + " found " + primes + " primes");
        }
        return seconds;
    }

    /** The best total of each way, in the order of {@link #WAYS}, over {@code rounds} rounds taken in turns. */
    static double[] bestTotals(int workers, List<Long> numbers, int rounds) throws InterruptedException, ExecutionException {
        double[] best = new double[WAYS.size()];
        Arrays.fill(best, Double.MAX_VALUE);
        for (int round = 1; round <= rounds; round++) {
            for (int w = 0; w < WAYS.size(); w++) {
                double seconds = run(WAYS.get(w), workers, numbers);
                System.out.printf(Locale.ROOT, "round %d, %-12s %6.2fs%n", round, WAYS.get(w).label().formatted(workers), seconds);
                best[w] = Math.min(best[w], seconds);
            }
        }
        return best;
    }

    private static final Pattern PYTHON_WAY = Pattern.compile(" +(.+?) +([0-9.]+)s +speed-up ([0-9.]+)x");

    public static void main(String[] args) throws Exception {
        int workers = workers(args);
        MachineShare.twoThreadsSpeedUp(); // once, so that the next one runs compiled
        double share = MachineShare.twoThreadsSpeedUp();
        double[] java = bestTotals(workers, Primes.NUMBERS, ROUNDS);
        share = Math.min(share, MachineShare.twoThreadsSpeedUp());
        Optional<List<String>> python = PythonSide.run("primes_three_ways.py", 10, String.valueOf(workers));

        Results results = Results.named("primes-three-ways");
        String javaName = "Java " + Runtime.version().feature();
        String pythonName = python.map(lines -> lines.getFirst().replaceFirst(",.*", "")).orElse("Python (not measured here)");
        results.attribute("primes-three-ways-python", pythonName);
        results.attribute("primes-three-ways-java", javaName);
        results.attribute("primes-three-ways-workers", String.valueOf(workers));
        results.attribute("primes-three-ways-machine-share", Rounds.two(share));
        StringBuilder rows = new StringBuilder();
        for (int w = 0; w < WAYS.size(); w++) {
            String key = w == 0 ? "sequential" : w == 1 ? "threads" : "processes";
            String speedUp = Rounds.two(java[0] / java[w]);
            results.attribute("primes-three-ways-java-" + key, Rounds.two(java[w]));
            results.attribute("primes-three-ways-java-" + key + "-speed-up", speedUp);
            rows.append("|").append(WAYS.get(w).label().formatted(workers))
                    .append(" |").append(Rounds.two(java[w])).append(" s |").append(speedUp).append("x");
            String pythonTotal = "-", pythonSpeedUp = "-";
            if (python.isPresent()) {
                Matcher m = PYTHON_WAY.matcher(python.get().get(w + 1));
                if (!m.matches()) {
                    throw new IllegalStateException("not a line of primes_three_ways.py: " + python.get().get(w + 1));
                }
                pythonTotal = m.group(2) + " s";
                pythonSpeedUp = m.group(3) + "x";
                results.attribute("primes-three-ways-python-" + key + "-speed-up", m.group(3));
            }
            if (python.isEmpty()) { // the book quotes it all the same
                results.attribute("primes-three-ways-python-" + key + "-speed-up", "?");
            }
            rows.append(" |").append(pythonTotal).append(" |").append(pythonSpeedUp).append('\n');
        }
        results.write("""
                [cols="2,1,1,1,1",options="header"]
                .The 20 numbers checked three ways: %s best of %d, %s once; two threads against one, before and after (the machine's share, 2 when idle): %sx at worst; %s
                |===
                |way |%s |speed-up |%s |speed-up
                %s|===
                """.formatted(javaName, ROUNDS, pythonName, Rounds.two(share),
                results.caption("./workbook bench primes-three-ways"), javaName, pythonName, rows));
    }

    /** The optional {@code [WORKERS]} argument: how many threads and processes (default: the processors). */
    private static int workers(String[] args) {
        if (args.length == 0) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (args.length > 1 || !args[0].matches("[1-9][0-9]?")) {
            System.err.println("usage: ./workbook bench primes-three-ways [WORKERS] (1 to 99, default: the processors), not: "
                    + String.join(" ", args));
            System.exit(2);
        }
        return Integer.parseInt(args[0]);
    }
}
