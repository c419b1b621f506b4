package workbook.flags;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The HTTP side of every downloader: how to make a client and one way to fetch a flag.
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
        return RequestLog.wrap(builder().build());
    }

    /**
     * A new client for {@code baseUrl}: as {@link #newClient()}, but for a plain {@code http://} server
     * it skips the TLS set-up it will never use.
     *
     * <p>Every {@link HttpClient} is built with a TLS context, by default {@link SSLContext#getDefault()},
     * which starts the JDK's TLS provider and parses its whole trust store: most of the 200 ms or so a
     * cold client takes here, and all of it wasted on a server that speaks plain HTTP. For such a server
     * the client gets a context that refuses TLS instead: a {@code https://} request, which this client
     * is never given, would fail with an {@link IOException} that says so.
     */
    public static HttpClient newClient(URI baseUrl) {
        if (!"http".equalsIgnoreCase(baseUrl.getScheme())) {
            return newClient();
        }
        return RequestLog.wrap(builder().sslContext(new PlainHttpOnly()).build());
    }

    /** A TLS context for a client that never speaks TLS: it has parameters, and refuses everything else. */
    private static final class PlainHttpOnly extends SSLContext {
        PlainHttpOnly() {
            super(new SSLContextSpi() {
                @Override
                protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom random) {
                }

                @Override
                protected SSLSocketFactory engineGetSocketFactory() {
                    throw refused();
                }

                @Override
                protected SSLServerSocketFactory engineGetServerSocketFactory() {
                    throw refused();
                }

                @Override
                protected SSLEngine engineCreateSSLEngine() {
                    throw refused();
                }

                @Override
                protected SSLEngine engineCreateSSLEngine(String host, int port) {
                    throw refused();
                }

                @Override
                protected SSLSessionContext engineGetServerSessionContext() {
                    throw refused();
                }

                @Override
                protected SSLSessionContext engineGetClientSessionContext() {
                    throw refused();
                }

                @Override
                protected SSLParameters engineGetDefaultSSLParameters() {
                    return new SSLParameters(); // asked for by every client, used only for TLS
                }

                @Override
                protected SSLParameters engineGetSupportedSSLParameters() {
                    return new SSLParameters();
                }
            }, null, "none");
        }

        private static UnsupportedOperationException refused() {
            return new UnsupportedOperationException("this client speaks plain HTTP only: make it with Http.newClient()");
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

    /** The address of the metadata of {@code cc}: {@code {baseUrl}/{cc}/metadata.json}, in lower case. */
    public static URI metadataUri(URI baseUrl, String cc) {
        String base = baseUrl.toString();
        return URI.create(base + (base.endsWith("/") ? "" : "/") + cc.toLowerCase() + "/metadata.json");
    }

    // tag::get-country[]
    /**
     * Fetches the name of the country {@code cc} from its metadata, like {@code get_country} in Fluent
     * Python's {@code flags3_asyncio.py}.
     *
     * @throws HttpStatusException if the server answers anything but 200 (404 for an unknown country)
     * @throws IOException if the request fails, or the answer has no {@code "country"}
     */
    public static String getCountry(HttpClient client, URI baseUrl, String cc) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(metadataUri(baseUrl, cc)).timeout(REQUEST_TIMEOUT).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new HttpStatusException(response.statusCode(), request.uri());
        }
        Matcher country = COUNTRY.matcher(response.body());
        if (!country.find()) {
            throw new IOException("no \"country\" in the metadata of " + cc + ": " + response.body());
        }
        return country.group(1).replaceAll("\\\\(.)", "$1");
    }
    // end::get-country[]

    /** The value of {@code "country"} in a flat JSON object; a JSON library would be more than this needs. */
    private static final Pattern COUNTRY = Pattern.compile("\"country\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

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
        private static final long serialVersionUID = 1L;

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
