package workbook.ch05;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import workbook.flags.FlagsServer;
import workbook.flags.Http;

/**
 * Shows that downloads finish in the order the server answers them, not in the order they were
 * submitted: the embedded server delays each country by its own amount, so the order is known in
 * advance and a test can rely on it.
 *
 * <pre>./workbook run 5 --example AsCompletedOrder</pre>
 */
public final class AsCompletedOrder {

    // tag::delays[]
    /** How long the server waits before answering each country; sorted by code, the order of submission. */
    public static final SortedMap<String, Duration> DELAYS = Collections.unmodifiableSortedMap(new TreeMap<>(Map.of(
            "BR", Duration.ofMillis(600), "CN", Duration.ofMillis(900),
            "IN", Duration.ZERO, "US", Duration.ofMillis(300))));
    // end::delays[]

    /** A download that finished, and when, counted from the first submission. */
    public record Finished(String cc, Duration after) {
    }

    private AsCompletedOrder() {
    }

    // tag::completion-order[]
    /** Downloads every flag at once, a thread each, and lists them in the order they finished. */
    public static List<Finished> completionOrder(HttpClient client, URI baseUrl, List<String> codes)
            throws InterruptedException, ExecutionException {
        try (ExecutorService executor = Executors.newFixedThreadPool(codes.size())) {
            CompletionService<String> completion = new ExecutorCompletionService<>(executor);
            long start = System.nanoTime();
            for (String cc : codes) {
                completion.submit(() -> {
                    Http.getFlag(client, baseUrl, cc);
                    return cc;
                });
            }
            List<Finished> finished = new ArrayList<>();
            for (int i = 0; i < codes.size(); i++) {
                String cc = completion.take().get(); // the next to finish, whichever it is
                finished.add(new Finished(cc, Duration.ofNanos(System.nanoTime() - start)));
            }
            return finished;
        }
    }
    // end::completion-order[]

    public static void main(String[] args) throws Exception {
        FlagsServer.Builder builder = FlagsServer.builder();
        DELAYS.forEach(builder::delay);
        try (FlagsServer server = builder.start(); HttpClient client = Http.newClient()) {
            List<String> codes = List.copyOf(DELAYS.keySet());
            System.out.println("submitted: " + String.join(" ", codes));
            for (Finished f : completionOrder(client, server.baseUrl(), codes)) {
                System.out.printf("%5d ms  %s (the server waited %d ms)%n",
                        f.after().toMillis(), f.cc(), DELAYS.get(f.cc()).toMillis());
            }
        }
    }
}
