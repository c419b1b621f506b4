package workbook.flags;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Measures the flags server alone: N requests sent at once to a server that delays every answer, timed
 * from the first send to the last answer. If the server serves its delays in parallel, the wall time
 * is close to one delay however many requests there are.
 *
 * <pre>
 * ./workbook bench-server            # 2000 requests, 200 ms delay, best of 3
 * ./workbook bench-server 5000 500
 * </pre>
 */
public final class ServerLoad {

    private ServerLoad() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Duration delay = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 200);
        List<String> codes = Countries.codes();
        try (FlagsServer server = FlagsServer.builder().mode(Mode.DELAY).delay(delay).start();
             HttpClient client = Http.newClient()) {
            System.out.printf("%d concurrent requests, %d ms delay, server at %s%n",
                    requests, delay.toMillis(), server.baseUrl());
            double best = Double.MAX_VALUE;
            for (int round = 1; round <= 5; round++) {
                long start = System.nanoTime();
                List<CompletableFuture<HttpResponse<byte[]>>> answers = new ArrayList<>(requests);
                for (int i = 0; i < requests; i++) {
                    HttpRequest request = HttpRequest.newBuilder(Http.flagUri(server.baseUrl(), codes.get(i % codes.size())))
                            .timeout(Http.REQUEST_TIMEOUT).build();
                    answers.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()));
                }
                long ok = answers.stream().map(CompletableFuture::join).filter(r -> r.statusCode() == 200).count();
                double seconds = (System.nanoTime() - start) / 1e9;
                best = Math.min(best, seconds);
                System.out.printf(Locale.ROOT, "round %d: %d/%d OK in %.3fs (%.2fx the delay)%n",
                        round, ok, requests, seconds, seconds / (delay.toMillis() / 1e3));
            }
            System.out.printf(Locale.ROOT, "best: %.3fs = %.2fx the delay%n", best, best / (delay.toMillis() / 1e3));
        }
    }
}
