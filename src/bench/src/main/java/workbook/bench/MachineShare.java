package workbook.bench;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import workbook.ch07.Primes;

/**
 * How much of a two-core machine a benchmark gets at this moment: how much faster two threads check the
 * largest of chapter 07's primes twice than one thread does. About 2 on two idle cores; less when a
 * neighbour on a shared host is busy, and then what is measured beside it is not worth quoting.
 *
 * <pre>{@code
 * double share = MachineShare.twoThreadsSpeedUp();   // 1.95: quiet; 1.2: busy
 * }</pre>
 */
final class MachineShare {

    private MachineShare() {
    }

    /** Two threads checking the largest prime once each, against one thread checking it twice. */
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
}
