package workbook.ch04;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Walks futures through the four values of {@link Future.State} and asks each what it holds with
 * {@link Future#resultNow()} and {@link Future#exceptionNow()} (Java 19+), which never block.
 *
 * <pre>./workbook run 4 --example FutureStates</pre>
 */
public final class FutureStates {

    private FutureStates() {
    }

    // tag::describe[]
    /** What a future holds, read without blocking: the switch every caller of {@code state()} writes. */
    static String describe(Future<?> future) {
        return switch (future.state()) {
            case RUNNING -> "RUNNING (not completed: queued or executing)";
            case SUCCESS -> "SUCCESS, resultNow() = " + future.resultNow();
            case FAILED -> "FAILED, exceptionNow() = " + future.exceptionNow();
            case CANCELLED -> "CANCELLED";
        };
    }
    // end::describe[]

    public static void main(String[] args) throws InterruptedException {
        // tag::states[]
        Map<String, Future<String>> futures = new LinkedHashMap<>();
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            futures.put("BR", pool.submit(() -> {
                started.countDown();
                release.await();
                return "BR";
            }));
            futures.put("CN", pool.submit(() -> "CN"));
            futures.put("IN", pool.submit(() -> {
                throw new IOException("HTTP 500 for IN");
            }));
            futures.put("US", pool.submit(() -> "US"));

            started.await(); // the only worker holds BR; CN, IN and US wait in the queue
            futures.forEach((cc, f) -> System.out.println("while BR runs, " + cc + ": " + describe(f)));
            try {
                futures.get("BR").resultNow();
            } catch (IllegalStateException e) {
                System.out.println("BR resultNow() too early: " + e);
            }
            System.out.println("US cancel(false): " + futures.get("US").cancel(false));
            release.countDown();
        } // close() waits for every task: the states below are final
        futures.forEach((cc, f) -> System.out.println("after close(), " + cc + ": " + describe(f)));
        // end::states[]
    }
}
