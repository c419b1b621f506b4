package workbook.ch03;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Shows a task that waits for another task of its own pool: with one thread it waits forever (the
 * other task is queued behind it), with two it finishes. The wait for the answer is bounded, so the
 * deadlock is seen, reported and broken.
 *
 * <pre>./workbook run 3 --example PoolDeadlock</pre>
 */
public final class PoolDeadlock {

    private PoolDeadlock() {
    }

    // tag::deadlock[]
    static String outerWaitsForInner(int threads, Duration patience) throws InterruptedException, ExecutionException {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            Future<String> outer = pool.submit(() -> {
                Future<String> inner = pool.submit(() -> "inner done");
                return "outer got '" + inner.get() + "'"; // holds a thread while it waits for another
            });
            try {
                return outer.get(patience.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                return "no answer after " + patience.toMillis() + " ms: deadlock";
            } finally { // also if this thread is interrupted: close() alone would wait for outer forever
                pool.shutdownNow(); // interrupts outer, if it still waits
            }
        }
    }
    // end::deadlock[]

    public static void main(String[] args) throws Exception {
        for (int threads = 1; threads <= 2; threads++) {
            System.out.println(threads + " thread(s): " + outerWaitsForInner(threads, Duration.ofSeconds(1)));
        }
    }
}
