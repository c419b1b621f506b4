package workbook.ch08;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import workbook.flags.Countries;

/**
 * A flags server for tests that answers no request until {@code expected} requests are waiting at once,
 * then every request at once:
 * a downloader that keeps fewer in flight never gets an answer (each request gives up after a minute),
 * one that sends them all gets every answer. No clock decides anything, however busy the machine.
 */
final class HoldingFlagsServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final CountDownLatch allWaiting;
    private final AtomicInteger received = new AtomicInteger();

    HoldingFlagsServer(int expected) throws IOException {
        allWaiting = new CountDownLatch(expected);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
        server.setExecutor(handlers);
        server.createContext("/flags/", this::handle);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/flags");
    }

    /** Whether {@code expected} requests were waiting at once. */
    boolean allWereWaiting() {
        return allWaiting.getCount() == 0;
    }

    /** How many requests have arrived. */
    int received() {
        return received.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        received.incrementAndGet();
        allWaiting.countDown();
        try {
            allWaiting.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
        handlers.shutdownNow();
        handlers.close();
    }
}
