package workbook.flags;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A log of every request that the clients of {@link Http} send, one line each, for the bench module's
 * timelines: off unless the system property {@value #PROPERTY} names a file, and then the only change
 * to a downloader is that its requests are written down.
 *
 * <pre>
 * java -Dworkbook.flags.requestLog=requests.tsv -cp ... workbook.ch02.FlagsThreads
 * </pre>
 *
 * <p>Each line is {@code thread TAB path TAB start TAB end TAB outcome}: the name of the thread that sent
 * the request ({@code #id} for a thread without a name), the path asked for, the start and the end as
 * microseconds since the epoch, and the status code, or the exception that ended the request.
 */
public final class RequestLog {

    /** The system property that turns the log on by naming its file; appended to, never truncated. */
    public static final String PROPERTY = "workbook.flags.requestLog";

    /** The log's file, or null when off: read once, so a client made with the log off costs nothing. */
    private static final Path FILE = Optional.ofNullable(System.getProperty(PROPERTY)).map(Path::of).orElse(null);

    private RequestLog() {
    }

    /** {@code client} itself when the log is off; a client that logs each {@code send} when it is on. */
    static HttpClient wrap(HttpClient client) {
        return FILE == null ? client : new Logging(client);
    }

    private static synchronized void write(String thread, HttpRequest request, Instant start, String outcome) {
        String line = String.join("\t", thread, request.uri().getPath(), String.valueOf(micros(start)),
                String.valueOf(micros(Instant.now())), outcome) + "\n";
        try {
            // a line at a time, so that a downloader that exits abruptly still leaves its log behind
            Files.writeString(FILE, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the request log " + FILE, e);
        }
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    /**
     * A client that hands everything to another and logs each synchronous {@code send}.
     *
     * <p>Implementation notes: only {@code send} is logged, on the thread that calls it, because that
     * thread is the point of a timeline; the downloaders of this workbook never use {@code sendAsync}.
     */
    private static final class Logging extends HttpClient {
        private final HttpClient client;

        Logging(HttpClient client) {
            this.client = client;
        }

        @Override
        public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
                throws IOException, InterruptedException {
            Thread thread = Thread.currentThread();
            String name = thread.getName().isEmpty() ? "#" + thread.threadId() : thread.getName();
            Instant start = Instant.now();
            String outcome = "unfinished";
            try {
                HttpResponse<T> response = client.send(request, handler);
                outcome = String.valueOf(response.statusCode());
                return response;
            } catch (IOException | InterruptedException | RuntimeException e) {
                outcome = e.getClass().getSimpleName();
                throw e;
            } finally {
                write(name, request, start, outcome);
            }
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
            return client.sendAsync(request, handler);
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                                HttpResponse.PushPromiseHandler<T> push) {
            return client.sendAsync(request, handler, push);
        }

        @Override
        public Optional<CookieHandler> cookieHandler() {
            return client.cookieHandler();
        }

        @Override
        public Optional<Duration> connectTimeout() {
            return client.connectTimeout();
        }

        @Override
        public Redirect followRedirects() {
            return client.followRedirects();
        }

        @Override
        public Optional<ProxySelector> proxy() {
            return client.proxy();
        }

        @Override
        public SSLContext sslContext() {
            return client.sslContext();
        }

        @Override
        public SSLParameters sslParameters() {
            return client.sslParameters();
        }

        @Override
        public Optional<Authenticator> authenticator() {
            return client.authenticator();
        }

        @Override
        public Version version() {
            return client.version();
        }

        @Override
        public Optional<Executor> executor() {
            return client.executor();
        }

        @Override
        public void shutdown() {
            client.shutdown();
        }

        @Override
        public boolean awaitTermination(Duration duration) throws InterruptedException {
            return client.awaitTermination(duration);
        }

        @Override
        public boolean isTerminated() {
            return client.isTerminated();
        }

        @Override
        public void shutdownNow() {
            client.shutdownNow();
        }

        @Override
        public void close() {
            client.close();
        }
    }
}
