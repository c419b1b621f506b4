package workbook.ch04;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import workbook.flags.FlagsServer;
import workbook.flags.Http;

/**
 * Shows that {@link Future#get(long, TimeUnit)} limits how long the caller waits, not how long the task
 * runs: after a {@link TimeoutException} the download goes on, and a later {@code get} still has its
 * result. Python's {@code future.result(timeout=...)} behaves the same way.
 *
 * <pre>./workbook run 4 --example GetWithTimeout</pre>
 */
public final class GetWithTimeout {

    /** How long the server takes to send the flag of BR. */
    static final Duration BR_DELAY = Duration.ofSeconds(1);

    private GetWithTimeout() {
    }

    public static void main(String[] args) throws Exception {
        try (FlagsServer server = FlagsServer.builder().delay("BR", BR_DELAY).start();
             HttpClient client = Http.newClient();
             ExecutorService pool = Executors.newSingleThreadExecutor()) {
            // tag::timeout[]
            long t0 = System.nanoTime();
            Future<byte[]> br = pool.submit(() -> Http.getFlag(client, server.baseUrl(), "BR"));
            try {
                br.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                System.out.printf("%4d ms: get(200 ms) gave up (%s); BR is %s%n", millisSince(t0), e, br.state());
            }
            byte[] flag = br.get(5, TimeUnit.SECONDS); // the same download, still under way
            System.out.printf("%4d ms: get(5 s) returned %d bytes; BR is %s%n", millisSince(t0), flag.length,
                    br.state());
            // end::timeout[]
        }
    }

    private static long millisSince(long t0) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }
}
