package workbook.ch09;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

import workbook.flags.FlagsServer;
import workbook.flags.Http;

/**
 * Four downloads that each wait 300 ms for the server, started with {@code supplyAsync} twice: without
 * an executor (the common pool, sized for computing, not waiting) and with a pool of four threads.
 *
 * <pre>./workbook run 9 --example CommonPoolTrap</pre>
 */
public final class CommonPoolTrap {

    static final List<String> CODES = List.of("BR", "CN", "IN", "US");

    private CommonPoolTrap() {
    }

    public static void main(String[] args) throws Exception {
        try (FlagsServer server = FlagsServer.builder().delay(Duration.ofMillis(300)).start();
             HttpClient client = Http.newClient(server.baseUrl());
             ExecutorService pool = Executors.newFixedThreadPool(CODES.size())) {
            Http.getFlag(client, server.baseUrl(), "AD"); // the client's first request, out of the race
            System.out.println("common pool parallelism: " + ForkJoinPool.getCommonPoolParallelism()
                    + " (" + Runtime.getRuntime().availableProcessors() + " cores)");
            // tag::trap[]
            Function<String, String> download = cc -> {
                try {
                    Http.getFlag(client, server.baseUrl(), cc);                 // blocks its thread 300 ms
                    return Thread.currentThread().getName();
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            };
            race("supplyAsync(task):      ", cc -> CompletableFuture.supplyAsync(() -> download.apply(cc)));
            race("supplyAsync(task, pool):", cc -> CompletableFuture.supplyAsync(() -> download.apply(cc), pool));
            // end::trap[]
        }
    }

    static void race(String label, Function<String, CompletableFuture<String>> start) {
        long t0 = System.nanoTime();
        List<CompletableFuture<String>> all = CODES.stream().map(start).toList();
        TreeSet<String> threads = new TreeSet<>(all.stream().map(CompletableFuture::join).toList());
        System.out.printf("%s %d downloads in %.2f s on %s%n", label, CODES.size(), (System.nanoTime() - t0) / 1e9, threads);
    }
}
