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
 * Four tasks that each wait 300 ms, started with {@code supplyAsync} three times: downloads on the
 * default executor (the common pool), plain sleeps on the default executor, and downloads on a pool of
 * four threads. The common pool, sized for computing, adds threads for the first kind of wait and not
 * for the second.
 *
 * <pre>./workbook run 9 --example CommonPoolTrap</pre>
 */
public final class CommonPoolTrap {

    static final List<String> CODES = List.of("BR", "CN", "IN", "US");
    static final Duration DELAY = Duration.ofMillis(300);

    private CommonPoolTrap() {
    }

    public static void main(String[] args) throws Exception {
        try (FlagsServer server = FlagsServer.builder().delay(DELAY).start();
             HttpClient client = Http.newClient(server.baseUrl());
             ExecutorService pool = Executors.newFixedThreadPool(CODES.size())) {
            Http.getFlag(client, server.baseUrl(), "AD"); // the client's first request, out of the race
            System.out.println("common pool parallelism: " + ForkJoinPool.getCommonPoolParallelism()
                    + " (" + Runtime.getRuntime().availableProcessors() + " cores)");
            // tag::trap[]
            Function<String, String> download = cc -> {
                try {
                    Http.getFlag(client, server.baseUrl(), cc);        // waits 300 ms inside HttpClient.send
                    return Thread.currentThread().getName();
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            };
            Function<String, String> sleep = cc -> {
                try {
                    Thread.sleep(DELAY);                               // waits 300 ms, as a socket read or a lock would
                    return Thread.currentThread().getName();
                } catch (InterruptedException e) {
                    throw new CompletionException(e);
                }
            };
            race("downloads, supplyAsync(task):      ", cc -> CompletableFuture.supplyAsync(() -> download.apply(cc)));
            race("sleeps,    supplyAsync(task):      ", cc -> CompletableFuture.supplyAsync(() -> sleep.apply(cc)));
            race("downloads, supplyAsync(task, pool):", cc -> CompletableFuture.supplyAsync(() -> download.apply(cc), pool));
            // end::trap[]
        }
    }

    static void race(String label, Function<String, CompletableFuture<String>> start) {
        long t0 = System.nanoTime();
        List<CompletableFuture<String>> all = CODES.stream().map(start).toList();
        TreeSet<String> threads = new TreeSet<>(all.stream().map(CompletableFuture::join).toList());
        System.out.printf("%s %d in %.2f s on %s%n", label, CODES.size(), (System.nanoTime() - t0) / 1e9, threads);
    }
}
