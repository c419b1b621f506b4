package workbook.ch09;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import workbook.ch06.TracedFlags;

/**
 * {@code cancel(true)} on a {@link CompletableFuture} from {@code supplyAsync}: the future says
 * cancelled at once, and the download goes on to the end. The same on a future from
 * {@link Interruptible#supplyAsync}: the download is interrupted.
 *
 * <pre>./workbook run 9 --example CancelDoesNotInterrupt</pre>
 */
public final class CancelDoesNotInterrupt {

    private CancelDoesNotInterrupt() {
    }

    public static void main(String[] args) throws Exception {
        try (TracedFlags server = TracedFlags.start("server", Map.of("US", Duration.ofSeconds(1), "BR", Duration.ofSeconds(1)));
             ExecutorService pool = Executors.newFixedThreadPool(2)) {
            CountDownLatch started = new CountDownLatch(2);
            // tag::cancel[]
            CompletableFuture<byte[]> us = CompletableFuture.supplyAsync(() -> call(started, server.fetch("US")), pool);
            CompletableFuture<byte[]> br = Interruptible.supplyAsync(() -> call(started, server.fetch("BR")), pool);
            started.await();                                                    // both downloads under way
            us.cancel(true);
            br.cancel(true);
            server.log("cancelled: US " + us.isCancelled() + ", BR " + br.isCancelled());
            // end::cancel[]
        }
        // closing the pool waited for its tasks: by now each has said how it ended
    }

    /** Counts down {@code started}, then runs {@code work}; a checked exception comes wrapped. */
    static <T> T call(CountDownLatch started, Callable<T> work) {
        started.countDown();
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }
}
