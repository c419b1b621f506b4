package workbook.ch04;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Cancels a queued task, a running task without interruption, and a running task with it, and shows
 * what each one does afterwards: {@link Future#cancel(boolean) cancel} answers {@code true} in all three
 * cases, but only the queued task is really stopped without {@code mayInterruptIfRunning}.
 *
 * <pre>./workbook run 4 --example CancelDemo</pre>
 */
public final class CancelDemo {

    /** How long each "download" takes when nobody stops it. */
    static final long DOWNLOAD_MILLIS = 500;

    private CancelDemo() {
    }

    // tag::download[]
    /** A slow download that says how it ended; {@code started} lets the caller know it is executing. */
    static Runnable download(String cc, CountDownLatch started) {
        return () -> {
            started.countDown();
            try {
                Thread.sleep(DOWNLOAD_MILLIS);
                System.out.println("  " + cc + " finished its download anyway");
            } catch (InterruptedException e) {
                System.out.println("  " + cc + " was interrupted and stopped");
            }
        };
    }
    // end::download[]

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        // tag::cancel[]
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            CountDownLatch started = new CountDownLatch(2);
            Future<?> br = pool.submit(download("BR", started));
            Future<?> cn = pool.submit(download("CN", started));
            Future<?> in = pool.submit(download("IN", new CountDownLatch(1))); // both workers busy: queued
            started.await();

            System.out.println("IN (queued)  cancel(false): " + in.cancel(false) + ", " + in.state());
            System.out.println("BR (running) cancel(false): " + br.cancel(false) + ", " + br.state());
            System.out.println("CN (running) cancel(true):  " + cn.cancel(true) + ", " + cn.state());
            try {
                br.get(); // does not wait: a cancelled future is done, though BR's task still runs
            } catch (CancellationException e) {
                System.out.println("BR get(): " + e);
            }
        } // close() waits for BR, which nobody stopped
        // end::cancel[]
    }
}
