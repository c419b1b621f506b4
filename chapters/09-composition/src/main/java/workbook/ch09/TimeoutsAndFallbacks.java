package workbook.ch09;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import workbook.flags.FlagsServer;
import workbook.flags.Http;
import workbook.flags.Reports;

/**
 * A country's name with a timeout and a fallback, five ways, on a server where BR's name takes 2 s and
 * CN's fails with HTTP 500: {@code orTimeout}, {@code completeOnTimeout}, {@code exceptionally} and
 * {@code handle}, and which failures each one hides.
 *
 * <pre>./workbook run 9 --example TimeoutsAndFallbacks</pre>
 */
public final class TimeoutsAndFallbacks {

    static final long TIMEOUT_MS = 500;

    private TimeoutsAndFallbacks() {
    }

    public static void main(String[] args) throws Exception {
        try (FlagsServer server = FlagsServer.builder().metadataDelay("BR", Duration.ofSeconds(2)).metadataError("CN").start();
             HttpClient client = Http.newClient(server.baseUrl());
             ExecutorService pool = Executors.newFixedThreadPool(2)) {
            URI base = server.baseUrl();
            Http.getFlag(client, base, "AD"); // the client's first request, out of the way
            Names names = cc -> Interruptible.supplyAsync(() -> Http.getCountry(client, base, cc), pool);
            // tag::fallbacks[]
            show("orTimeout, slow BR:", names.of("BR").orTimeout(TIMEOUT_MS, MILLISECONDS));
            show("completeOnTimeout, slow BR:", names.of("BR").completeOnTimeout("BR", TIMEOUT_MS, MILLISECONDS));
            show("completeOnTimeout, failing CN:", names.of("CN").completeOnTimeout("CN", TIMEOUT_MS, MILLISECONDS));
            show("exceptionally, failing CN:", names.of("CN").orTimeout(TIMEOUT_MS, MILLISECONDS)
                    .exceptionally(failure -> "CN"));                                    // hides every failure
            show("handle, failing CN:", names.of("CN").orTimeout(TIMEOUT_MS, MILLISECONDS)
                    .handle((name, failure) -> failure == null ? name : "CN, after " + Reports.describe(unwrap(failure))));
            // end::fallbacks[]
        }
    }

    interface Names {
        CompletableFuture<String> of(String cc);
    }

    /** The failure itself: a stage sees it wrapped in a {@link CompletionException} or not, depending on where it arose. */
    static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    static void show(String label, CompletableFuture<String> name) {
        long start = System.nanoTime();
        String outcome;
        try {
            outcome = name.join();
        } catch (CompletionException e) {
            outcome = "failed: " + Reports.describe(e.getCause());
        }
        System.out.printf("%-32s %-40s after %d ms%n", label, outcome, (System.nanoTime() - start) / 1_000_000);
    }
}
