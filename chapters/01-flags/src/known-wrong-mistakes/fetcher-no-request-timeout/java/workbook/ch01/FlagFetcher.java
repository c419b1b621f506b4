// Mistake: no request timeout, so a server that accepts the request and never answers keeps fetch waiting for ever
// Caught by: FlagFetcherTest#a_server_that_never_answers_is_a_failure_after_the_request_timeout
// Says: without a request timeout
package workbook.ch01;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * Exercise 1.2: fetches one flag and says what happened, without throwing for a failed download.
 *
 * <pre>{@code
 * switch (FlagFetcher.fetch(client, baseUrl, "BR")) {
 *     case FlagFetcher.Found found -> save(found.svg());
 *     case FlagFetcher.NotFound notFound -> System.out.println("no flag at " + notFound.uri());
 *     case FlagFetcher.Failed failed -> System.out.println("error: " + failed.reason());
 * }
 * }</pre>
 */
public final class FlagFetcher {

    /** What became of one fetch. */
    public sealed interface Fetched permits Found, NotFound, Failed {
    }

    /** The server sent the flag (200). */
    public record Found(byte[] svg) implements Fetched {
    }

    /** The server has no such flag (404). */
    public record NotFound(URI uri) implements Fetched {
    }

    /** Anything else: another status ({@code "HTTP 500"}), or the request itself failed (the exception's class name). */
    public record Failed(String reason) implements Fetched {
    }

    /** How long one request may take. */
    public static final Duration TIMEOUT = Duration.ofSeconds(5);

    private FlagFetcher() {
    }

    /**
     * GETs {@code {baseUrl}/{cc}/{cc}.svg} (lower case, whatever the default locale) with a {@link #TIMEOUT} and classifies the answer.
     *
     * @throws InterruptedException if the calling thread is interrupted while waiting: that is not an
     *                              outcome of the download but a request to stop, so it is passed on
     */
    public static Fetched fetch(HttpClient client, URI baseUrl, String cc) throws InterruptedException {
        String lower = cc.toLowerCase(Locale.ROOT); // not the default locale: a Turkish one makes "IN" "ın"
        URI uri = URI.create(baseUrl + "/" + lower + "/" + lower + ".svg");
        HttpRequest request = HttpRequest.newBuilder(uri).build();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return switch (response.statusCode()) {
                case 200 -> new Found(response.body());
                case 404 -> new NotFound(uri);
                default -> new Failed("HTTP " + response.statusCode());
            };
        } catch (IOException e) {
            return new Failed(e.getClass().getSimpleName());
        }
    }
}
