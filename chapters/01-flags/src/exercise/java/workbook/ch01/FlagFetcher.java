package workbook.ch01;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

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
        // TODO exercise 1.2: fetch one flag and classify the outcome
        throw new UnsupportedOperationException(
                "Exercise 1.2 (fetch one flag and classify the outcome) is not solved yet: write FlagFetcher.fetch in src/exercise/java");
    }
}
