package workbook.ch08;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import workbook.flags.Countries;

/**
 * A flags server for tests that counts the requests in flight and remembers the most it saw at once.
 *
 * <p>A copy of chapter 05's test helper (test classes are not shared between modules). Each request is held by an {@link InFlightMeter}: until {@code expected} requests are in flight
 * together, then {@code hold} longer, so that a request over the limit shows.
 */
final class CountingFlagsServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final InFlightMeter meter;

    CountingFlagsServer(int expected, Duration hold) throws IOException {
        this.meter = new InFlightMeter(expected, hold);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1000);
        server.setExecutor(handlers);
        server.createContext("/flags/", this::handle);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/flags");
    }

    /** The most requests that were in flight at once. */
    int most() {
        return meter.most();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            meter.measure(() -> null); // counted out before answering: the client may send again at once
        } catch (Exception e) {
            throw new IOException(e);
        }
        String[] parts = exchange.getRequestURI().getPath().split("/"); // "", "flags", "br", "br.svg"
        String cc = parts.length == 4 ? parts[2].toUpperCase() : "";
        byte[] body = Countries.name(cc) == null ? "Not Found".getBytes() : Countries.flag(cc);
        exchange.sendResponseHeaders(Countries.name(cc) == null ? 404 : 200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.close();
    }
}
