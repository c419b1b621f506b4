package workbook.flags;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.time.Duration;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/**
 * The HTTP side of every downloader: one way to make a client and one way to fetch a flag.
 *
 * <pre>{@code
 * try (HttpClient client = Http.newClient()) {          // HttpClient is AutoCloseable since Java 21
 *     byte[] svg = Http.getFlag(client, server.baseUrl(), "BR");
 * }
 * }</pre>
 */
public final class Http {

    /** How long one request may take, from sending to the last byte of the answer. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    /** How long connecting may take. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    private Http() {
    }

    /**
     * A new client that speaks HTTP/1.1.
     *
     * <p>Left to itself, {@link HttpClient} first tries to upgrade every {@code http://} connection to
     * HTTP/2, which costs a round trip per connection on servers that decline; the flags are small
     * files on a plain HTTP/1.1 server, so the client says so from the start.
     */
    public static HttpClient newClient() {
        return builder().build();
    }

    /**
     * A new client for {@code baseUrl}: as {@link #newClient()}, but for a plain {@code http://} server
     * it skips the TLS set-up it will never use.
     *
     * <p>Every {@link HttpClient} gets a TLS context, by default {@link SSLContext#getDefault()}, which
     * reads and parses the JDK's whole trust store: about 80 ms of a cold start here, for nothing when
     * the server speaks plain HTTP. A context that trusts no certificate at all costs a fraction of that
     * and would refuse any {@code https://} connection, which this client never makes.
     */
    public static HttpClient newClient(URI baseUrl) {
        if (!"http".equalsIgnoreCase(baseUrl.getScheme())) {
            return newClient();
        }
        try {
            SSLContext trustsNothing = SSLContext.getInstance("TLS");
            trustsNothing.init(new KeyManager[0], new TrustManager[0], null);
            return builder().sslContext(trustsNothing).build();
        } catch (GeneralSecurityException e) {
            return newClient();
        }
    }

    private static HttpClient.Builder builder() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL);
    }

    /** The address of the flag of {@code cc}: {@code {baseUrl}/{cc}/{cc}.svg}, in lower case. */
    public static URI flagUri(URI baseUrl, String cc) {
        String lower = cc.toLowerCase();
        String base = baseUrl.toString();
        return URI.create(base + (base.endsWith("/") ? "" : "/") + lower + "/" + lower + ".svg");
    }

    // tag::get-flag[]
    /**
     * Fetches the flag of {@code cc}, like {@code get_flag} in Fluent Python's {@code flags.py}.
     *
     * @throws HttpStatusException if the server answers anything but 200 (404 for an unknown country)
     * @throws IOException if the request fails: refused, reset, timed out
     */
    public static byte[] getFlag(HttpClient client, URI baseUrl, String cc) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(flagUri(baseUrl, cc)).timeout(REQUEST_TIMEOUT).build();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new HttpStatusException(response.statusCode(), request.uri());
        }
        return response.body();
    }
    // end::get-flag[]

    /** An answer other than 200 OK, as Python's {@code httpx.HTTPStatusError}. */
    public static final class HttpStatusException extends IOException {
        private final int status;
        private final URI uri;

        public HttpStatusException(int status, URI uri) {
            super("HTTP " + status + " for " + uri);
            this.status = status;
            this.uri = uri;
        }

        /** The status code the server sent. */
        public int status() {
            return status;
        }

        /** The address that was asked for. */
        public URI uri() {
            return uri;
        }
    }
}
