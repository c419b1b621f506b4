package workbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import workbook.flags.Countries;
import workbook.flags.FlagsServer;
import workbook.flags.Mode;
import workbook.flags.WarmStart;

/**
 * The scale race of chapter 08: every code from AA to ZZ (676 requests) against one server that answers
 * after half a second, with 100 and with 1000 requests in flight, for chapter 05's pool, a platform thread
 * per request, virtual threads, and Python's {@code ThreadPoolExecutor} and {@code asyncio} downloaders
 * (standard library only, {@code src/bench/python}); then, at 1000 in flight, what each Java downloader
 * cost in threads and memory. Writes {@code docs/src/book/results/scale.adoc}.
 *
 * <p>Each downloader runs in a process of its own against the server of this JVM; its own "Elapsed time"
 * line is the measure, best of RUNS (3 by default). The limit is the time no downloader can beat:
 * {@code ceil(676 / inFlight)} delays. A Python downloader is {@code python3} on its script, which imports
 * its modules (the HTTP client's among them) before it starts its clock, from the compiled modules an
 * earlier run left in {@code __pycache__}. A Java downloader starts as {@code ./workbook run 5} starts
 * chapter 05's: with {@link #JAVA_OPTIONS}; through {@link WarmStart}, which loads the HTTP client's
 * classes before the downloader's {@code main} and sends nothing, so that neither side's clock counts
 * loading its HTTP library; and on JDK 25 and newer with an ahead-of-time cache of its own, made by a
 * training run of the same downloader (the start-up appendix), as Python keeps its compiled modules.
 *
 * <pre>
 * ./workbook bench scale
 * ./workbook bench scale 5      # best of 5
 * </pre>
 */
public final class ScaleRace {

    static final Duration DELAY = Duration.ofMillis(500);
    static final int FLAGS = 676;
    static final List<Integer> IN_FLIGHT = List.of(100, 1000);

    /**
     * Chapter 05's JVM options (its POM's {@code workbook.jvmArgs}) for every Java downloader: the quick
     * compiler alone and the serial collector, for a JVM that lives seconds on cores it shares with the
     * server; the optimizing compiler would spend them compiling code that runs a few hundred times.
     */
    static final List<String> JAVA_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private record Downloader(String key, String label, List<String> command) {
    }

    private static final Pattern ELAPSED = Pattern.compile("Elapsed time: (\\d+\\.\\d+)s");
    private static final Pattern DOWNLOADED = Pattern.compile("(\\d+) flags? downloaded\\.");
    private static final Pattern FOOTPRINT = Pattern.compile(
            "Footprint: (\\d+) platform threads, (\\d+) virtual threads, peak heap ([\\d.]+) MB, peak RSS ([\\d.?]+)");

    private ScaleRace() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 1 || (args.length == 1 && !args[0].matches("[1-9]"))) {
            System.err.println("usage: ./workbook bench scale [RUNS] (1 to 9, default 3), not " + String.join(" ", args));
            System.exit(2);
        }
        int runs = args.length == 1 ? Integer.parseInt(args[0]) : 3;
        Path python = Path.of(System.getProperty("workbook.root", ".")).toAbsolutePath().resolve("src/bench/python");
        Path work = Files.createTempDirectory("workbook-scale");
        boolean aot = Runtime.version().feature() >= 25; // -XX:AOTCacheOutput, in one step (JEP 514)
        List<String> start = new ArrayList<>(List.of(Jvm.java()));
        start.addAll(JAVA_OPTIONS);
        start.addAll(List.of("-cp", aot ? Jvm.asJars(Jvm.classpath(), work) : Jvm.classpath(), WarmStart.class.getName()));
        List<Downloader> downloaders = List.of(
                new Downloader("pool", "a pool of platform threads (ch. 05)", with(start, "workbook.ch05.Flags2AsCompleted")),
                new Downloader("thread", "a platform thread per request (ch. 08)", with(start, "workbook.ch08.Flags2ThreadPerRequest")),
                new Downloader("virtual", "virtual threads and a semaphore (ch. 08)", with(start, "workbook.ch08.Flags2Virtual")),
                new Downloader("py-threads", "Python, `ThreadPoolExecutor`", List.of("python3", python.resolve("flags_threadpool.py").toString())),
                new Downloader("py-asyncio", "Python, `asyncio` and a semaphore", List.of("python3", python.resolve("flags_asyncio.py").toString())));
        long known = Countries.codes().stream().filter(cc -> cc.matches("[A-Z]{2}")).count();

        Map<String, double[]> best = new LinkedHashMap<>();
        StringBuilder footprint = new StringBuilder();
        try (FlagsServer server = FlagsServer.builder().mode(Mode.DELAY).delay(DELAY).start()) {
            String url = server.baseUrl().toString();
            if (aot) {
                downloaders = withCaches(downloaders, work, url, known);
            }
            for (Downloader d : downloaders) {
                double[] times = new double[IN_FLIGHT.size()];
                for (int i = 0; i < IN_FLIGHT.size(); i++) {
                    times[i] = Double.MAX_VALUE;
                    for (int r = 0; r < runs; r++) {
                        String out = run(d.command(), IN_FLIGHT.get(i), url, known);
                        times[i] = Math.min(times[i], elapsed(out));
                    }
                    System.out.printf(Locale.ROOT, "%-44s %4d in flight: best %.2fs (limit %.2fs)%n",
                            d.label(), IN_FLIGHT.get(i), times[i], limit(IN_FLIGHT.get(i)));
                }
                best.put(d.key(), times);
            }
            for (Downloader d : downloaders.subList(0, 3)) {
                List<String> command = new ArrayList<>(d.command());
                command.add(command.size() - 1, "workbook.bench.Footprint");
                String out = run(command, 1000, url, known);
                Matcher m = FOOTPRINT.matcher(out);
                if (!m.find()) {
                    throw new IOException("no footprint line from " + d.label() + ":\n" + out);
                }
                footprint.append(String.format(Locale.ROOT, "|%s |%s |%s |%s MB |%s MB |%.2f s%n",
                        d.label(), m.group(1), m.group(2), m.group(3), m.group(4), elapsed(out)));
                System.out.println(d.label() + ": " + m.group());
            }
        } finally {
            Jvm.delete(work);
        }

        Results results = Results.named("scale");
        StringBuilder rows = new StringBuilder();
        for (Downloader d : downloaders) {
            double[] t = best.get(d.key());
            rows.append(String.format(Locale.ROOT, "|%s |%.2f s |%.2fx |%.2f s |%.2fx%n",
                    d.label(), t[0], t[0] / limit(100), t[1], t[1] / limit(1000)));
            for (int i = 0; i < IN_FLIGHT.size(); i++) {
                results.attribute("scale-" + d.key() + "-" + IN_FLIGHT.get(i), String.format(Locale.ROOT, "%.2f", t[i]));
                results.attribute("scale-" + d.key() + "-" + IN_FLIGHT.get(i) + "-ratio",
                        String.format(Locale.ROOT, "%.2f", t[i] / limit(IN_FLIGHT.get(i))));
            }
        }
        results.write("""
                // tag::race[]
                [cols="4,1,1,1,1",options="header"]
                .%d flags, %d ms per answer, best of %d, each downloader in a process of its own against one server, the Java ones started as `./workbook run 5` starts chapter 05's (its JVM options, the HTTP client loaded before the clock, an ahead-of-time cache on JDK 25 and newer); %s
                |===
                |downloader |100 in flight (limit %.1f s) |x limit |1000 in flight (limit %.1f s) |x limit
                %s|===
                // end::race[]

                // tag::footprint[]
                [cols="4,1,1,1,1,1",options="header"]
                .The same %d flags with 1000 in flight, one run each, counted inside the downloader's JVM (virtual threads by JFR); %s
                |===
                |downloader |platform threads started |virtual threads started |peak heap |peak RSS |elapsed
                %s|===
                // end::footprint[]
                """.formatted(FLAGS, DELAY.toMillis(), runs, results.caption("./workbook bench scale"),
                limit(100), limit(1000), rows, FLAGS, results.caption("./workbook bench scale"), footprint));
    }

    /**
     * The Java downloaders, each with an ahead-of-time cache made by one training run of its own at 1000
     * in flight; the Python ones as they are.
     */
    private static List<Downloader> withCaches(List<Downloader> downloaders, Path work, String url, long known)
            throws IOException, InterruptedException {
        List<Downloader> cached = new ArrayList<>();
        for (Downloader d : downloaders) {
            if (!d.command().getFirst().equals(Jvm.java())) {
                cached.add(d);
                continue;
            }
            Path cache = work.resolve(d.key() + ".aot");
            List<String> training = new ArrayList<>(d.command());
            training.add(1, "-XX:AOTCacheOutput=" + cache);
            run(training, 1000, url, known);
            List<String> command = new ArrayList<>(d.command());
            command.add(1, "-XX:AOTCache=" + cache);
            cached.add(new Downloader(d.key(), d.label(), List.copyOf(command)));
        }
        return cached;
    }

    private static List<String> with(List<String> start, String mainClass) {
        List<String> command = new ArrayList<>(start);
        command.add(mainClass);
        return List.copyOf(command);
    }

    static double limit(int inFlight) {
        return DELAY.toMillis() / 1e3 * Math.ceil(FLAGS / (double) Math.min(inFlight, FLAGS));
    }

    private static double elapsed(String output) {
        Matcher m = ELAPSED.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("no elapsed time in:\n" + output);
        }
        return Double.parseDouble(m.group(1));
    }

    /** Runs one download of every code in a new process and returns what it printed, checked. */
    private static String run(List<String> base, int inFlight, String url, long known) throws IOException, InterruptedException {
        Path out = Files.createTempDirectory("flags-scale");
        try {
            List<String> command = new ArrayList<>(base);
            command.addAll(List.of("-e", "-m", String.valueOf(inFlight), "-s", url, "-o", out.resolve("flags").toString()));
            Path log = out.resolve("output.txt"); // a file, not a pipe: a downloader that hangs must not hang this
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                if (!process.waitFor(3, TimeUnit.MINUTES)) {
                    throw new IOException(String.join(" ", base.subList(base.size() - 1, base.size())) + " did not finish in 3 minutes");
                }
            } finally {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            String output = Files.readString(log);
            Matcher downloaded = DOWNLOADED.matcher(output);
            if (process.exitValue() != 0 || !downloaded.find() || Long.parseLong(downloaded.group(1)) != known) {
                throw new IOException("did not download " + known + " flags: " + command + "\n" + output);
            }
            return output;
        } finally {
            try (Stream<Path> files = Files.walk(out)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }
}
