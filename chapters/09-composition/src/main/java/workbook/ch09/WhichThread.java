package workbook.ch09;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;

/**
 * Which thread runs a stage: the one that asks, the one that completes, the async variants' default
 * executor, an explicit executor, and the JDK's timer after a timeout.
 *
 * <pre>./workbook run 9 --example WhichThread</pre>
 */
public final class WhichThread {

    private WhichThread() {
    }

    static String where(String stage) {
        String line = String.format("%-48s %s", stage, Thread.currentThread().getName());
        System.out.println(line);
        return line;
    }

    public static void main(String[] args) throws Exception {
        System.out.println("main thread: " + Thread.currentThread().getName()
                + "; common pool parallelism " + ForkJoinPool.getCommonPoolParallelism());
        try (ExecutorService pool = Executors.newFixedThreadPool(2, r -> new Thread(r, "my-pool"))) {
            // tag::which-thread[]
            CompletableFuture.completedFuture("x")
                    .thenApply(x -> where("thenApply on a done future:"));               // the caller, now

            CompletableFuture<String> pending = new CompletableFuture<>();
            CompletableFuture<String> later = pending.thenApply(x -> where("thenApply on a pending future:"));
            pool.execute(() -> pending.complete("x"));                                   // whoever completes it
            later.join();

            CompletableFuture.completedFuture("x")
                    .thenApplyAsync(x -> where("thenApplyAsync:")).join();               // the async default
            CompletableFuture.completedFuture("x")
                    .thenApplyAsync(x -> where("thenApplyAsync(fn, pool):"), pool).join(); // yours

            new CompletableFuture<String>()
                    .completeOnTimeout("x", 10, MILLISECONDS)
                    .thenApply(x -> where("thenApply after completeOnTimeout:")).join(); // the JDK's timer
            // end::which-thread[]
        }
    }
}
