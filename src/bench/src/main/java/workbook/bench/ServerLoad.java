package workbook.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import workbook.flags.Countries;
import workbook.flags.FlagsServer;
import workbook.flags.Http;
import workbook.flags.Mode;

/**
 * Measures the flags server alone: N requests at once against a server that delays every answer by
 * D. If the server serves its delays in parallel, the last answer arrives about D after the first
 * request; if it served them one by one, N times D.
 *
 * <p>To measure the server and not the client, the client is as thin as it gets: N keep-alive sockets,
 * connected before the clock starts, each on a virtual thread that writes one HTTP/1.1 request when a
 * start gate opens and reads the answer. The same run repeated shows the server warming up (its JIT).
 * With the default arguments it writes its results file for the book.
 *
 * <pre>
 * ./workbook bench server          # 2000 requests, 200 ms delay; writes docs/src/book/results/server.adoc
 * ./workbook bench server 5000 500
 * </pre>
 */
public final class ServerLoad {

    private static final int ROUNDS = 25; // the server's JIT needs about ten rounds to warm up

    private ServerLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 2 || !Arrays.stream(args).allMatch(a -> a.matches("[1-9][0-9]{0,4}"))) {
            System.err.println("usage: ./workbook bench server [N] [DELAY_MS] (whole numbers from 1 to 99999; default 2000 200), not: "
                    + String.join(" ", args));
            System.exit(2);
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Duration delay = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 200);
        double d = delay.toMillis() / 1e3;
        List<String> codes = Countries.codes();
        try (FlagsServer server = FlagsServer.builder().mode(Mode.DELAY).delay(delay).start();
             ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            System.out.printf("%d requests at once, %d ms delay, server at %s%n", n, delay.toMillis(), server.baseUrl());
            List<Socket> sockets = new ArrayList<>(n);
            try {
                for (int i = 0; i < n; i++) {
                    sockets.add(new Socket("127.0.0.1", server.port()));
                }
                double[] times = new double[ROUNDS];
                for (int round = 0; round < ROUNDS; round++) {
                    times[round] = burst(threads, sockets, codes);
                    System.out.printf(Locale.ROOT, "round %d: all %d answered in %.3fs (%.2fx the delay)%n",
                            round + 1, n, times[round], times[round] / d);
                }
                Arrays.sort(times);
                System.out.printf(Locale.ROOT, "best %.3fs = %.2fx the delay; median %.3fs = %.2fx%n",
                        times[0], times[0] / d, times[ROUNDS / 2], times[ROUNDS / 2] / d);
                if (args.length == 0) {
                    write(n, delay, times);
                }
            } finally {
                for (Socket s : sockets) {
                    s.close();
                }
            }
        }
    }

    /** Writes the sorted times of the rounds as the book's results file {@code server.adoc}. */
    private static void write(int n, Duration delay, double[] sorted) throws IOException {
        double d = delay.toMillis() / 1e3;
        Results results = Results.named("server");
        results.attribute("server-requests", String.format(Locale.ROOT, "%,d", n));
        results.attribute("server-delay", delay.toMillis() + " ms");
        results.attribute("server-best", String.format(Locale.ROOT, "%.2f s", sorted[0]));
        results.attribute("server-best-ratio", String.format(Locale.ROOT, "%.2f", sorted[0] / d));
        results.attribute("server-median", String.format(Locale.ROOT, "%.2f s", sorted[ROUNDS / 2]));
        results.attribute("server-one-at-a-time", String.format(Locale.ROOT, "%.0f s", n * d));
        results.write("""
                [cols="1,1,1,1,1",options="header"]
                .The flags server alone: %,d requests at once, each answered after %d ms; %d rounds; %s
                |===
                |requests |delay |best round |median round |best / delay
                |%,d |%d ms |%.2f s |%.2f s |%.2fx
                |===
                """.formatted(n, delay.toMillis(), ROUNDS, results.caption("./workbook bench server"),
                n, delay.toMillis(), sorted[0], sorted[ROUNDS / 2], sorted[0] / d));
    }

    /** Sends one request on every socket at once; returns the seconds until the last answer. */
    private static double burst(ExecutorService threads, List<Socket> sockets, List<String> codes) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<?>> answers = new ArrayList<>(sockets.size());
        for (int i = 0; i < sockets.size(); i++) {
            Socket socket = sockets.get(i);
            String cc = codes.get(i % codes.size()).toLowerCase(Locale.ROOT);
            byte[] request = ("GET /flags/" + cc + "/" + cc + ".svg HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            answers.add(threads.submit(() -> {
                gate.await();
                OutputStream out = socket.getOutputStream();
                out.write(request);
                out.flush();
                // one request in flight per socket, so a buffer cannot read past this answer
                readResponse(new BufferedInputStream(socket.getInputStream()));
                return null;
            }));
        }
        long start = System.nanoTime();
        gate.countDown();
        for (Future<?> answer : answers) {
            answer.get(Http.REQUEST_TIMEOUT.toSeconds(), TimeUnit.SECONDS); // a lost answer fails the run
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Reads one HTTP/1.1 response with a Content-Length, and checks it is 200. */
    private static void readResponse(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed in the headers: " + head);
            }
            head.append((char) b);
        }
        if (!head.toString().startsWith("HTTP/1.1 200")) {
            throw new IOException("not 200: " + head.toString().lines().findFirst().orElse(""));
        }
        long length = head.toString().lines()
                .filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                .mapToLong(l -> Long.parseLong(l.substring(15).strip())).findFirst()
                .orElseThrow(() -> new IOException("no Content-Length"));
        in.skipNBytes(length);
    }
}
