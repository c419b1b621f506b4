package workbook.ch02;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks large numbers for primality, first one after the other, then with a thread per number: in
 * Java the threads run on all cores at once, so the second run takes about 1/cores of the time. In
 * CPython the same threads take as long as the sequential loop, or longer: only the thread holding the
 * global interpreter lock runs Python code (Fluent Python's {@code sequential.py} and {@code threads.py}).
 *
 * <pre>./workbook run 2 --example CpuBoundThreads</pre>
 */
public final class CpuBoundThreads {

    /** Large primes and composites with large factors, from Fluent Python's {@code primes.py}. */
    static final List<Long> NUMBERS = List.of(
            142_702_110_479_723L, 299_593_572_317_531L, 3_333_333_333_333_301L, 3_333_335_652_092_209L,
            4_444_444_444_444_423L, 4_444_444_488_888_889L, 5_555_553_133_149_889L, 5_555_555_555_555_503L,
            6_666_666_666_666_719L, 6_666_667_141_414_921L, 7_777_777_536_340_681L, 7_777_777_777_777_753L);

    private CpuBoundThreads() {
    }

    static boolean isPrime(long n) {
        if (n < 2) {
            return false;
        }
        if (n % 2 == 0) {
            return n == 2;
        }
        for (long d = 3; d * d <= n; d += 2) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }

    // tag::threads[]
    /** Checks every number on a thread of its own; element {@code i} of the result is for {@code numbers[i]}. */
    static boolean[] checkInThreads(List<Long> numbers) throws InterruptedException {
        boolean[] primes = new boolean[numbers.size()]; // each thread writes its own element
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            int index = i;
            threads.add(Thread.ofPlatform().start(() -> primes[index] = isPrime(numbers.get(index))));
        }
        for (Thread thread : threads) {
            thread.join(); // after the last join, main sees every element
        }
        return primes;
    }
    // end::threads[]

    public static void main(String[] args) throws InterruptedException {
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("Checking %d numbers on %d cores%n", NUMBERS.size(), cores);
        long t0 = System.nanoTime();
        int primes = 0;
        for (long n : NUMBERS) {
            primes += isPrime(n) ? 1 : 0;
        }
        double sequential = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "sequential:        %d primes in %.2fs%n", primes, sequential);

        t0 = System.nanoTime();
        boolean[] results = checkInThreads(NUMBERS);
        double threaded = (System.nanoTime() - t0) / 1e9;
        primes = 0;
        for (boolean prime : results) {
            primes += prime ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "thread per number: %d primes in %.2fs (%.1fx faster)%n",
                primes, threaded, sequential / threaded);
    }
}
