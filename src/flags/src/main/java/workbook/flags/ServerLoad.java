package workbook.flags;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Measures the flags server alone, with N requests in flight against a server that delays every
 * answer by D. If the server serves its delays in parallel, each answer takes about D however large N
 * is; if it served them one by one, the last would take N times D.
 *
 * <p>Two measures, after a warm-up: a <em>burst</em> (N requests sent at once, timed from the first
 * send to the last answer, which includes the client's own work on the same cores) and a
 * <em>steady</em> load (N virtual threads, each sending its next request as soon as its last is
 * answered, for a few seconds, as {@code wrk -c N} does), whose latencies show what the server adds
 * to the delay.
 *
 * <pre>
 * ./workbook bench-server            # 2000 requests in flight, 200 ms delay
 * ./workbook bench-server 5000 500
 * </pre>
 */
public final class ServerLoad {

    private static final Duration STEADY = Duration.ofSeconds(5);

    private ServerLoad() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Duration delay = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 200);
        double d = delay.toMillis() / 1e3;
        try (FlagsServer server = FlagsServer.builder().mode(Mode.DELAY).delay(delay).start();
             HttpClient client = Http.newClient()) {
            List<URI> uris = Countries.codes().stream().map(cc -> Http.flagUri(server.baseUrl(), cc)).toList();
            System.out.printf("%d requests in flight, %d ms delay, server at %s%n", n, delay.toMillis(), server.baseUrl());
            double best = Double.MAX_VALUE;
            for (int round = 1; round <= 5; round++) {
                double seconds = burst(client, uris, n);
                best = Math.min(best, seconds);
                System.out.printf(Locale.ROOT, "burst %d: %.3fs (%.2fx the delay)%n", round, seconds, seconds / d);
            }
            double[] latencies = steady(client, uris, n);
            System.out.printf(Locale.ROOT, "steady load for %ds: %d answers, %.0f per second; latency mean %.3fs "
                            + "(%.2fx the delay), median %.3fs (%.2fx), p99 %.3fs (%.2fx)%n",
                    STEADY.toSeconds(), latencies.length, latencies.length / (double) STEADY.toSeconds(),
                    mean(latencies), mean(latencies) / d, pct(latencies, 50), pct(latencies, 50) / d,
                    pct(latencies, 99), pct(latencies, 99) / d);
            System.out.printf(Locale.ROOT, "best burst: %.3fs = %.2fx the delay%n", best, best / d);
        }
    }

    private static double burst(HttpClient client, List<URI> uris, int n) {
        long start = System.nanoTime();
        List<CompletableFuture<HttpResponse<Void>>> answers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            answers.add(client.sendAsync(request(uris.get(i % uris.size())), HttpResponse.BodyHandlers.discarding()));
        }
        long ok = answers.stream().map(CompletableFuture::join).filter(r -> r.statusCode() == 200).count();
        if (ok != n) {
            throw new IllegalStateException((n - ok) + " of " + n + " requests failed");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double[] steady(HttpClient client, List<URI> uris, int n) {
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + STEADY.toNanos();
        try (ExecutorService loops = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < n; i++) {
                URI uri = uris.get(i % uris.size());
                loops.submit(() -> {
                    while (System.nanoTime() < end) {
                        long sent = System.nanoTime();
                        client.send(request(uri), HttpResponse.BodyHandlers.discarding());
                        latencies.add((System.nanoTime() - sent) / 1e9);
                    }
                    return null;
                });
            }
        }
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    private static HttpRequest request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Http.REQUEST_TIMEOUT).build();
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    private static double pct(double[] sorted, int percentile) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)];
    }
}
