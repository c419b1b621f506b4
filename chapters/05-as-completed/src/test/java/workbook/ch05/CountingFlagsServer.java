package workbook.ch05;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import workbook.flags.Countries;

/**
 * A flags server for tests that counts the requests in flight and remembers the most it saw at once.
 *
 * <p>Each request is held until {@code expected} requests are in flight together (so a downloader
 * that keeps its limit must reach it), then a moment longer, so that a request over the limit, if
 * the downloader lets one through, arrives while the others are still held.
 */
final class CountingFlagsServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger most = new AtomicInteger();
    private final CountDownLatch fullHouse;
    private final CountDownLatch overflow = new CountDownLatch(1);
    private final int expected;
    private final Duration hold;

    CountingFlagsServer(int expected, Duration hold) throws IOException {
        this.expected = expected;
        this.hold = hold;
        this.fullHouse = new CountDownLatch(expected);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
        server.setExecutor(handlers);
        server.createContext("/flags/", this::handle);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/flags");
    }

    /** The most requests that were in flight at once. */
    int most() {
        return most.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        most.accumulateAndGet(now, Math::max);
        if (now > expected) {
            overflow.countDown();
        }
        fullHouse.countDown();
        try {
            fullHouse.await(5, TimeUnit.SECONDS);
            overflow.await(hold.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet(); // before answering: the client may send its next request at once
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
