package workbook.ch07;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A task that never ends, and ignores interruption, is stopped by ending its worker:
 * {@link ProcessPool#shutdownNow()} terminates the workers, and kills any still alive after the grace
 * period. A thread cannot be stopped that way ({@code Thread.stop} throws since Java 20): a JVM can.
 *
 * <pre>./workbook run 7 --example Runaway</pre>
 */
public final class Runaway {

    private Runaway() {
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        // tag::runaway[]
        try (ProcessPool pool = ProcessPool.builder().workers(1).grace(Duration.ofSeconds(1)).build()) {
            Future<Object> runaway = pool.submit(() -> {
                while (true) {
                    Thread.onSpinWait(); // no exit, no check of the interrupt flag
                }
            });
            try {
                runaway.get(1, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                ProcessHandle worker = pool.workers().getFirst();
                System.out.println("still running after 1 s in worker " + worker.pid() + ": shutdownNow()");
                long t0 = System.nanoTime();
                pool.shutdownNow();
                boolean ended = pool.awaitTermination(5, TimeUnit.SECONDS);
                System.out.printf("pool terminated: %s, in %d ms; worker alive: %s; task cancelled: %s%n",
                        ended, (System.nanoTime() - t0) / 1_000_000, worker.isAlive(), runaway.isCancelled());
            }
        }
        // end::runaway[]
    }
}
