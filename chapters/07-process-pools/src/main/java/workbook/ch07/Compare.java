package workbook.ch07;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

/**
 * Checks the 20 numbers of {@link Primes} three ways (one after the other in this thread, in a pool of
 * platform threads, in a {@link ProcessPool}) and prints the times side by side. In Java, unlike Python,
 * the thread pool speeds the job up, as much as the process pool or more: platform threads run on every
 * core, and start no JVM.
 *
 * <pre>./workbook run 7 --compare [--workers N]</pre>
 */
public final class Compare {

    private Compare() {
    }

    /** A way to run the job, with its label; {@code null} for "in this thread". */
    private record Way(String label, IntFunction<ExecutorService> pool) {
    }

    // tag::ways[]
    private static final List<Way> WAYS = List.of(
            new Way("sequential", null),
            new Way("%d threads", Executors::newFixedThreadPool),
            new Way("%d processes", workers -> ProcPool.primesPoolOptions(workers).build()));
    // end::ways[]

    /** Checks {@code numbers} the three ways with {@code workers} threads or processes and prints a table. */
    public static void print(int workers, List<Long> numbers, PrintStream out) throws InterruptedException, ExecutionException {
        int ways = WAYS.size();
        List<List<Primes.PrimeResult>> results = new ArrayList<>();
        double[] totals = new double[ways];
        for (int w = 0; w < ways; w++) {
            out.printf("running %s...%n", WAYS.get(w).label().formatted(workers));
            long t0 = System.nanoTime();
            if (WAYS.get(w).pool() == null) {
                results.add(numbers.stream().sorted(Comparator.reverseOrder()).map(Primes::check).toList());
            } else {
                try (ExecutorService executor = WAYS.get(w).pool().apply(workers)) {
                    results.add(ProcPool.checkAll(executor, numbers, null));
                }
            }
            totals[w] = (System.nanoTime() - t0) / 1e9;
        }
        out.printf("%n%16s  P", "number");
        WAYS.forEach(way -> out.printf(" %13s", way.label().formatted(workers)));
        out.println();
        for (int i = 0; i < numbers.size(); i++) {
            Primes.PrimeResult r = results.getFirst().get(i);
            out.printf("%16d  %s", r.n(), r.prime() ? "P" : " ");
            for (List<Primes.PrimeResult> way : results) {
                out.printf(Locale.ROOT, " %12.6fs", Primes.seconds(way.get(i).elapsed()));
            }
            out.println();
        }
        out.printf("%-19s", "Total time");
        for (double total : totals) {
            out.printf(Locale.ROOT, " %12.2fs", total);
        }
        out.printf("%n%-19s", "Speed-up");
        for (double total : totals) {
            out.printf(Locale.ROOT, " %12.2fx", totals[0] / total);
        }
        out.println();
    }

    public static void main(String[] args) {
        List<String> withCompare = new ArrayList<>(List.of(args));
        withCompare.addFirst("--compare");
        ProcPool.main(withCompare.toArray(String[]::new));
    }
}
