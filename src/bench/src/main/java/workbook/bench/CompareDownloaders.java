package workbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import workbook.flags.FlagsServer;
import workbook.flags.Mode;

/**
 * Races the book's flags downloaders against one server that delays every answer, and writes the
 * results as an AsciiDoc table for the book.
 *
 * <p>Each downloader runs in a JVM of its own ({@code java -cp}, default options, no cache) against a
 * server it did not start ({@code -s URL}); its own "Elapsed time" line is the measure, best of three.
 * Beside each time stands the physical limit: with {@code w} requests in flight and a delay {@code d},
 * {@code n} flags cannot take less than {@code d * ceil(n / w)}.
 *
 * <pre>./workbook bench downloaders</pre>
 */
public final class CompareDownloaders {

    static final Duration DELAY = Duration.ofMillis(200);
    static final int POOL = 20;

    /** A downloader of the race; {@code key} names its attributes, {@code downloaders-KEY-FLAGS-ratio}. */
    private record Downloader(String label, String key, String mainClass, boolean bounded) {
        int workers(int flags) {
            return bounded ? Math.min(POOL, flags) : label.startsWith("sequential") ? 1 : flags;
        }
    }

    private static final List<Downloader> DOWNLOADERS = List.of(
            new Downloader("sequential (ch. 01)", "sequential", "workbook.ch01.Flags2Sequential", false),
            new Downloader("a thread per flag (ch. 02)", "threads", "workbook.ch02.Flags2Threads", false),
            new Downloader("pool and `map` (ch. 03)", "pool", "workbook.ch03.Flags2ThreadPool", true),
            new Downloader("`submit` and a completion service (ch. 05)", "completion", "workbook.ch05.Flags2AsCompleted", true));

    private static final Pattern ELAPSED = Pattern.compile("Elapsed time: (\\d+\\.\\d+)s");
    private static final Pattern DOWNLOADED = Pattern.compile("(\\d+) flags? downloaded\\.");

    private CompareDownloaders() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            System.err.println("usage: ./workbook bench downloaders (no arguments), not " + String.join(" ", args));
            System.exit(2);
        }
        StringBuilder rows = new StringBuilder();
        Results results = Results.named("downloaders");
        try (FlagsServer server = FlagsServer.builder().mode(Mode.DELAY).delay(DELAY).start()) {
            for (Downloader d : DOWNLOADERS) {
                rows.append("|").append(d.label());
                for (int flags : List.of(20, 200)) {
                    int runs = d.workers(flags) == 1 && flags > 20 ? 1 : 3; // 40 s a run: once is enough
                    double best = Double.MAX_VALUE;
                    for (int i = 0; i < runs; i++) {
                        best = Math.min(best, run(d, flags, server));
                    }
                    double limit = DELAY.toMillis() / 1e3 * Math.ceil(flags / (double) d.workers(flags));
                    System.out.printf(Locale.ROOT, "%-40s %3d flags, %3d in flight: %6.2fs (limit %.2fs)%n",
                            d.label(), flags, d.workers(flags), best, limit);
                    rows.append(String.format(Locale.ROOT, " |%d |%.2f s |%.2f s", d.workers(flags), best, limit));
                    results.attribute("downloaders-" + d.key() + "-" + flags + "-ratio",
                            String.format(Locale.ROOT, "%.1f", best / limit));
                }
                rows.append('\n');
            }
        }
        results.write("""
                [cols="4,1,1,1,1,1,1",options="header"]
                .%d ms per answer, best of 3 (sequential with 200 flags: one run), each downloader in a JVM of its own; %s
                |===
                |downloader |in flight |20 flags |limit |in flight |200 flags |limit
                %s|===
                """.formatted(DELAY.toMillis(), results.caption("./workbook bench downloaders"), rows));
    }

    /** Runs one downloader in a new JVM and returns the elapsed time it reports. */
    private static double run(Downloader d, int flags, FlagsServer server) throws IOException, InterruptedException {
        Path out = Files.createTempDirectory("flags-bench");
        try {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), d.mainClass(),
                    "-s", server.baseUrl().toString(), "-o", out.toString(), "-m", String.valueOf(d.workers(flags))));
            if (flags > 20) {
                command.addAll(List.of("-a", "-l", String.valueOf(flags)));
            }
            // output to a file, not a pipe: a downloader that hangs must not hang this harness too
            Path log = out.resolve("output.txt");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                if (!process.waitFor(5, TimeUnit.MINUTES)) {
                    throw new IOException(d.mainClass() + " did not finish in 5 minutes");
                }
            } finally {
                process.destroyForcibly();
            }
            String output = Files.readString(log);
            Matcher elapsed = ELAPSED.matcher(output);
            Matcher downloaded = DOWNLOADED.matcher(output);
            if (process.exitValue() != 0 || !elapsed.find() || !downloaded.find()
                    || Integer.parseInt(downloaded.group(1)) != flags) {
                throw new IOException(d.mainClass() + " did not download " + flags + " flags:\n" + output);
            }
            return Double.parseDouble(elapsed.group(1));
        } finally {
            try (Stream<Path> files = Files.walk(out)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

}
