package workbook.ch06;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import workbook.flags.FlagsServer;
import workbook.flags.Http;
import workbook.flags.Reports;

/**
 * A flags server with a known delay per country, and download tasks that say how they ended: the
 * shared plumbing of this chapter's races, so that each example shows only how it waits.
 *
 * <pre>{@code
 * try (TracedFlags server = TracedFlags.start("server", Map.of("US", Duration.ofSeconds(1)));
 *      ExecutorService pool = Executors.newFixedThreadPool(4)) {
 *     Future<byte[]> us = pool.submit(server.fetch("US"));
 *     us.cancel(true);                  // prints "[server] US interrupted at 0.01 s"
 * }
 * }</pre>
 *
 * <p>Each task prints one line when it ends: downloaded, failed, or interrupted. A task that was
 * cancelled but never interrupted (as {@link CompletableFuture#cancel} leaves it) says "downloaded":
 * that is the point of printing it.
 */
public final class TracedFlags implements AutoCloseable {

    /** When the last server was started: the start of the race that every log line is timed from. */
    private static volatile long raceStart = System.nanoTime();

    /** The flag downloaded to warm up the client; give it no delay. */
    public static final String WARM_UP = "AD";

    private final String name;
    private final FlagsServer server;
    private final HttpClient client = Http.newClient();
    private final Set<String> downloaded = ConcurrentHashMap.newKeySet();
    private final Set<String> interrupted = ConcurrentHashMap.newKeySet();

    private TracedFlags(String name, FlagsServer server) {
        this.name = name;
        this.server = server;
    }

    /**
     * Starts a LOCAL flags server on which each country in {@code delays} answers after its delay, and
     * downloads one flag from it so that the race does not time the client's cold start (a quarter of a
     * second or more).
     */
    public static TracedFlags start(String name, Map<String, Duration> delays) {
        FlagsServer.Builder builder = FlagsServer.builder();
        delays.forEach(builder::delay);
        TracedFlags traced = new TracedFlags(name, builder.start());
        try {
            Http.getFlag(traced.client, traced.server.baseUrl(), WARM_UP);
        } catch (IOException | InterruptedException e) {
            traced.close();
            throw new IllegalStateException("the flags server " + name + " does not answer", e);
        }
        raceStart = System.nanoTime();
        return traced;
    }

    // tag::fetch[]
    /** A task that downloads the flag of {@code cc} and prints how it ended. */
    public Callable<byte[]> fetch(String cc) {
        return () -> {
            try {
                byte[] flag = Http.getFlag(client, server.baseUrl(), cc);
                downloaded.add(cc);
                log(cc + " downloaded");
                return flag;
            } catch (InterruptedException e) {
                interrupted.add(cc);
                log(cc + " interrupted");
                throw e;
            } catch (IOException e) {
                log(cc + " failed: " + Reports.describe(e));
                throw e;
            }
        };
    }
    // end::fetch[]

    /** The same download as {@link #fetch}, started at once on {@code executor}. */
    public CompletableFuture<byte[]> fetchAsync(String cc, Executor executor) {
        Callable<byte[]> task = fetch(cc);
        return CompletableFuture.supplyAsync(() -> {
            try {
                return task.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, executor);
    }

    /** The countries whose download ran to the end with a flag. */
    public Set<String> downloaded() {
        return Set.copyOf(downloaded);
    }

    /** The countries whose download was interrupted. */
    public Set<String> interrupted() {
        return Set.copyOf(interrupted);
    }

    /** Prints {@code [name] what at 0.12 s}, the time counted from the start of the last server started. */
    public void log(String what) {
        System.out.printf(Locale.ROOT, "  [%s] %s at %.2f s%n", name, what, seconds());
    }

    /** Seconds since the last server was started. */
    public static double seconds() {
        return (System.nanoTime() - raceStart) / 1e9;
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
