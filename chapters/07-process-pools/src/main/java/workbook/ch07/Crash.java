package workbook.ch07;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * A task that crashes its worker JVM breaks the pool, as in Python: the tasks that had not finished
 * fail with a {@link BrokenPoolException} naming the worker and its exit status, and the pool takes no
 * more. The JVM that owns the pool goes on: the crash stayed in the worker.
 *
 * <pre>./workbook run 7 --example Crash</pre>
 */
public final class Crash {

    private Crash() {
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        // tag::crash[]
        try (ProcessPool pool = new ProcessPool(2)) {
            System.out.println("a check that ends well: " + pool.submit(() -> Primes.isPrime(142702110479723L)).get());
            List<Future<?>> futures = new ArrayList<>();
            futures.add(pool.submit(() -> Primes.isPrime(9_223_372_036_854_775_783L))); // seconds of work
            futures.add(pool.submit(() -> {
                Runtime.getRuntime().halt(42); // what a segfault in native code, or an OOM kill, looks like
                return "never";
            }));
            futures.add(pool.submit(() -> Primes.isPrime(7777777777777753L)));   // queued
            for (Future<?> future : futures) {
                try {
                    System.out.println("result: " + future.get());
                } catch (ExecutionException e) {
                    System.out.println("failed: " + e.getCause().getMessage());
                }
            }
            try {
                pool.submit(() -> Primes.isPrime(2));
            } catch (BrokenPoolException e) {
                System.out.println("submit rejected: the pool is broken (worker " + e.pid() + ")");
            }
        }
        System.out.println("this JVM is fine");
        // end::crash[]
    }
}
