package workbook.ch06;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

/**
 * Waits for all of four downloads with a timeout, twice: with {@link ExecutorService#invokeAll} and with
 * {@link CompletableFuture#allOf}. One download fails at once (QQ, 404) and one is slower than the timeout.
 *
 * <pre>./workbook run 6 --example InvokeAllVsAllOf</pre>
 */
public final class InvokeAllVsAllOf {

    /** Four downloads: two quick, one that fails at once, one slower than {@link #TIMEOUT}. */
    public static final List<String> CODES = List.of("CN", "IN", "QQ", "US");
    public static final Map<String, Duration> DELAYS = Map.of(
            "CN", Duration.ofMillis(100), "IN", Duration.ofMillis(200), "US", Duration.ofSeconds(2));
    public static final Duration TIMEOUT = Duration.ofSeconds(1);

    private InvokeAllVsAllOf() {
    }

    // tag::invoke-all[]
    /** Blocks until every task is done or the timeout passes; what is not done by then is cancelled. */
    static List<Future<byte[]>> invokeAll(TracedFlags server, ExecutorService pool) throws InterruptedException {
        List<Future<byte[]>> futures = pool.invokeAll(CODES.stream().map(server::fetch).toList(),
                TIMEOUT.toNanos(), NANOSECONDS);
        server.log("invokeAll returned " + states(futures));         // in task order, every one done
        return futures;
    }
    // end::invoke-all[]

    // tag::all-of[]
    /** Returns at once a future of nothing; its {@code get} with a timeout throws, and cancels nothing. */
    static List<CompletableFuture<byte[]>> allOf(TracedFlags server, ExecutorService pool)
            throws InterruptedException {
        List<CompletableFuture<byte[]>> futures = CODES.stream().map(cc -> server.fetchAsync(cc, pool)).toList();
        CompletableFuture<Void> all = CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new));
        try {
            all.get(TIMEOUT.toNanos(), NANOSECONDS);                // Void: the results stay in `futures`
        } catch (TimeoutException e) {
            server.log("allOf timed out " + states(futures));         // QQ failed long ago: no matter
        } catch (ExecutionException e) {
            server.log("allOf failed " + states(futures));
        }
        return futures;
    }
    // end::all-of[]

    static String states(List<? extends Future<?>> futures) {
        StringBuilder states = new StringBuilder();
        for (int i = 0; i < futures.size(); i++) {
            states.append(i == 0 ? "" : ", ").append(CODES.get(i)).append(' ').append(futures.get(i).state());
        }
        return "[" + states + "]";
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("invokeAll(tasks, " + TIMEOUT.toMillis() + " ms):");
        try (TracedFlags server = TracedFlags.start("invokeAll", DELAYS);
             ExecutorService pool = Executors.newFixedThreadPool(CODES.size())) {
            invokeAll(server, pool);
        }
        System.out.println("allOf(futures).get(" + TIMEOUT.toMillis() + " ms):");
        try (TracedFlags server = TracedFlags.start("allOf", DELAYS);
             ExecutorService pool = Executors.newFixedThreadPool(CODES.size())) {
            allOf(server, pool);
            server.log("closing the pool, which waits for US");
        }
    }
}
