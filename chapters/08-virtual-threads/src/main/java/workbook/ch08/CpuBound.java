package workbook.ch08;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import workbook.ch07.Primes;

/**
 * Checks chapter 07's large numbers for primes on a pool sized to the cores and on a virtual thread per
 * number: the same time, since virtual threads run on as many carriers as there are cores and a thread
 * that computes never blocks, so never gives its carrier away.
 *
 * <pre>./workbook run 8 --example CpuBound</pre>
 */
public final class CpuBound {

    private CpuBound() {
    }

    // tag::check-all[]
    /** Checks every number on {@code executor}; returns the primes found and prints the seconds it took. */
    static long checkAll(String label, ExecutorService executor, List<Long> numbers) throws Exception {
        long start = System.nanoTime();
        long primes = 0;
        try (executor) {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (long n : numbers) {
                checks.add(executor.submit(() -> Primes.isPrime(n)));
            }
            for (Future<Boolean> check : checks) {
                primes += check.get() ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "%-36s %d primes in %.2fs%n", label, primes, (System.nanoTime() - start) / 1e9);
        return primes;
    }
    // end::check-all[]

    public static void main(String[] args) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        checkAll("a pool of " + cores + " platform threads:", Executors.newFixedThreadPool(cores), Primes.NUMBERS);
        checkAll("a virtual thread per number:", Executors.newVirtualThreadPerTaskExecutor(), Primes.NUMBERS);
    }
}
