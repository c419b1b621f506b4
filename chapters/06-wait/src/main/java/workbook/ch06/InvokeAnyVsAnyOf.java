package workbook.ch06;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;

import workbook.flags.Reports;

/**
 * Races four downloads for one answer, twice: with {@link ExecutorService#invokeAny} and with
 * {@link CompletableFuture#anyOf}. QQ fails at once (404), CN answers first, BR and US later.
 *
 * <pre>./workbook run 6 --example InvokeAnyVsAnyOf</pre>
 */
public final class InvokeAnyVsAnyOf {

    public static final List<String> CODES = List.of("QQ", "CN", "BR", "US");
    public static final Map<String, Duration> DELAYS = Map.of(
            "CN", Duration.ofMillis(200), "BR", Duration.ofMillis(500), "US", Duration.ofSeconds(1));
    public static final Duration TIMEOUT = Duration.ofSeconds(5);

    private InvokeAnyVsAnyOf() {
    }

    // tag::invoke-any[]
    /** The result of the first task to succeed; failures are skipped, the others are cancelled. */
    static byte[] invokeAny(TracedFlags server, ExecutorService pool)
            throws InterruptedException, ExecutionException, TimeoutException {
        byte[] flag = pool.invokeAny(CODES.stream().map(server::fetch).toList(), TIMEOUT.toNanos(), NANOSECONDS);
        server.log("invokeAny returned " + flag.length + " bytes");
        return flag;
    }
    // end::invoke-any[]

    // tag::any-of[]
    /**
     * What the first future to complete holds, a flag or the exception it failed with; after a failure it
     * cancels every future, which marks them cancelled but interrupts none of their downloads.
     */
    static Object anyOf(TracedFlags server, ExecutorService pool)
            throws InterruptedException, TimeoutException {
        List<CompletableFuture<byte[]>> futures = CODES.stream().map(cc -> server.fetchAsync(cc, pool)).toList();
        CompletableFuture<Object> first = CompletableFuture.anyOf(futures.toArray(CompletableFuture[]::new));
        try {
            Object flag = first.get(TIMEOUT.toNanos(), NANOSECONDS);      // Object: the types are lost
            server.log("anyOf returned " + ((byte[]) flag).length + " bytes");   // a cast to get it back
            return flag;
        } catch (ExecutionException e) {
            server.log("anyOf failed: " + Reports.describe(e.getCause()));   // QQ's 404 came first
            futures.forEach(f -> f.cancel(true));                        // true or false: no interrupt
            return e.getCause();
        }
    }
    // end::any-of[]

    public static void main(String[] args) throws Exception {
        System.out.println("invokeAny(tasks, " + TIMEOUT.toSeconds() + " s):");
        try (TracedFlags server = TracedFlags.start("invokeAny", DELAYS);
             ExecutorService pool = Executors.newFixedThreadPool(CODES.size())) {
            invokeAny(server, pool);
        }
        System.out.println("anyOf(futures).get(" + TIMEOUT.toSeconds() + " s):");
        try (TracedFlags server = TracedFlags.start("anyOf", DELAYS);
             ExecutorService pool = Executors.newFixedThreadPool(CODES.size())) {
            anyOf(server, pool);
            server.log("closing the pool, which waits for the cancelled downloads");
        }
    }
}
