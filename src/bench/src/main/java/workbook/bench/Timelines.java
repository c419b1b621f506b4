package workbook.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import workbook.flags.Countries;
import workbook.flags.FlagFiles;
import workbook.flags.FlagsServer;
import workbook.flags.Http;
import workbook.flags.Mode;
import workbook.flags.RequestLog;

/**
 * Draws a timeline of a real run of each chapter's flagship and writes it to
 * {@code docs/src/book/images/NAME.svg}, where the chapter's README includes it.
 *
 * <p>A downloader runs as its reader would run it, in a JVM of its own, with the flags library's
 * {@linkplain RequestLog request log} on: each request becomes a bar on the row of the thread that sent
 * it. That JVM has downloaded flags before ({@link WarmRun}), so that the picture shows the lesson and not
 * the JVM's start-up. Lines that the flagship prints, read as they come, can become marks on a row of their own (the
 * main thread taking a result, a {@code wait} returning). Chapter 07's workers are timed by the task
 * that {@link TimedCheck} sends to them, chapter 10's members by {@link TimedOnMember}.
 *
 * <p>To add a chapter's picture, add a {@link Picture} to {@link #PICTURES}: a name and how to draw it,
 * most often {@code flags(title, mainClass, args...)} with {@link Run#mark} for its printed lines.
 *
 * <pre>
 * ./workbook bench timelines              # every picture
 * ./workbook bench timelines ch05         # those whose name starts with ch05
 * </pre>
 */
public final class Timelines {

    /** One picture of the book: its file name (without {@code .svg}) and how to draw it from a run. */
    record Picture(String name, Drawing drawing) {
    }

    /** Runs a scenario and draws it. */
    @FunctionalInterface
    interface Drawing {
        Timeline draw() throws Exception;
    }

    /** Where the pictures go, under the workbook's root. */
    static final Path FOLDER = Path.of("docs/src/book/images");

    /** Every picture, in the order of the chapters. */
    static final List<Picture> PICTURES = List.of(
            new Picture("ch01-one-after-another", () -> flags(
                    "Chapter 01: Flags, one flag after the other", "workbook.ch01.Flags").timeline()),
            new Picture("ch02-thread-per-flag", () -> flags(
                    "Chapter 02: FlagsThreads, a thread per flag", "workbook.ch02.FlagsThreads").timeline()),
            new Picture("ch03-pool-of-four", () -> withServer(url -> flags(
                    "Chapter 03: Flags2ThreadPool -m 4, a pool of four threads", "workbook.ch03.Flags2ThreadPool",
                    "-s", url, "-m", "4").timeline())),
            new Picture("ch04-submit-futures", () -> flags(
                    "Chapter 04: FlagsThreadPoolFutures, three workers and a future per flag",
                    "workbook.ch04.FlagsThreadPoolFutures")
                    .mark("main: get()", Pattern.compile("result: ([A-Z]{2})$"), m -> m.group(1))
                    .timeline()),
            new Picture("ch05-as-completed", () -> flags(
                    "Chapter 05: AsCompletedOrder, four flags that finish in their own order",
                    "workbook.ch05.AsCompletedOrder")
                    // taken as they finish; printed at the end, with the time each was taken
                    .markAt("main: take()", Pattern.compile("^\\s*(\\d+) ms\\s+([A-Z]{2})"),
                            m -> m.group(2), m -> Long.parseLong(m.group(1)) / 1e3)
                    .timeline()),
            new Picture("ch06-first-completed", () -> withServer(url -> flags(
                    "Chapter 06: WaitDemo -m 4 B, wait(FIRST_COMPLETED) in a loop", "workbook.ch06.WaitDemo",
                    "-s", url, "-m", "4", "B")
                    .mark("main: wait()", Pattern.compile("^\\s*\\d+ done,\\s*\\d+ not done: (.*)$"), m -> m.group(1))
                    .timeline())),
            new Picture("ch07-two-workers", () -> TimedCheck.timeline(
                    "Chapter 07: a ProcessPool of two worker JVMs on the 20 numbers of primes.py", 2)),
            new Picture("ch08-virtual-semaphore", () -> withServer(url -> atMostInFlight(5, flags(
                    "Chapter 08: Flags2Virtual -m 5 B, a virtual thread per flag, a semaphore of 5 permits",
                    "workbook.ch08.Flags2Virtual", "-s", url, "-m", "5", "B")
                    // a virtual thread has no name unless given one: RequestLog writes its id
                    .threads(t -> t.startsWith("#") ? "virtual thread " + t : t))
                    .timeline())),
            new Picture("ch09-name-then-flag", () -> withServer(url -> flags(
                    "Chapter 09: Flags3 -m 4 B, four lanes, each country's name then its flag",
                    "workbook.ch09.Flags3", "-s", url, "-m", "4", "B").timeline())),
            new Picture("ch10-two-members", () -> TimedOnMember.timeline(
                    "Chapter 10: the 20 numbers of primes.py on two cluster members, sent in turn", 2)));

    /** Metadata answered: a country's name (chapter 09); lighter than a flag's green, to tell them apart without colour. */
    static final Timeline.Outcome NAME = new Timeline.Outcome("name (metadata.json)", "#9cc0ea", Timeline.Pattern.SOLID);
    /** Metadata stopped by its timeout: the code stands in for the name (chapter 09). */
    static final Timeline.Outcome NAME_TIMED_OUT =
            new Timeline.Outcome("name stopped at its timeout", "#9a9a9a", Timeline.Pattern.DOTS);

    private Timelines() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 1 || args.length == 1 && args[0].startsWith("-")) {
            System.err.println("usage: ./workbook bench timelines [PREFIX] (draw the pictures whose name starts with PREFIX), not: "
                    + String.join(" ", args));
            System.exit(2);
        }
        String prefix = args.length == 1 ? args[0] : "";
        List<Picture> chosen = PICTURES.stream().filter(p -> p.name().startsWith(prefix)).toList();
        if (chosen.isEmpty()) {
            System.err.println("workbook bench timelines: no picture starts with '" + prefix + "'; there are "
                    + PICTURES.stream().map(Picture::name).toList());
            System.exit(2);
        }
        Path folder = Path.of(System.getProperty("workbook.root", ".")).toAbsolutePath().resolve(FOLDER);
        for (Picture picture : chosen) {
            Timeline timeline = picture.drawing().draw();
            Path written = FlagFiles.save(Files.createDirectories(folder), picture.name() + ".svg",
                    timeline.toSvg().getBytes(StandardCharsets.UTF_8));
            System.out.println("Wrote " + written + " (" + timeline.rows() + " rows)");
        }
    }

    /**
     * Runs {@code scenario} against a flags server of the bench's own: ERROR mode (a quarter of the
     * countries fail) and a delay per country between 100 and 500 ms, so that the bars differ.
     */
    static <T> T withServer(ScenarioOnServer<T> scenario) throws Exception {
        FlagsServer.Builder builder = FlagsServer.builder().mode(Mode.ERROR).delay(Duration.ofMillis(300));
        for (String cc : Countries.codes()) {
            builder.delay(cc, Duration.ofMillis(100 + 100 * Math.floorMod(cc.hashCode() * 31, 5)));
        }
        try (FlagsServer server = builder.start()) {
            warmUp(server);
            return scenario.run(server.baseUrl().toString());
        }
    }

    /** Asks {@code server} for every flag of {@link Countries#POP20} three times, so that its first answers are not slow. */
    private static void warmUp(FlagsServer server) throws InterruptedException {
        try (HttpClient client = Http.newClient(server.baseUrl());
             ExecutorService threads = Executors.newFixedThreadPool(Countries.POP20.size())) {
            for (int round = 0; round < 3; round++) {
                List<Future<?>> answers = new ArrayList<>();
                for (String cc : Countries.POP20) {
                    answers.add(threads.submit(() -> Http.getFlag(client, server.baseUrl(), cc)));
                }
                for (Future<?> answer : answers) {
                    try {
                        answer.get(Http.REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
                    } catch (ExecutionException | TimeoutException e) {
                        // an ERROR server fails some on purpose: only the warming counts
                    }
                }
            }
        }
    }

    /**
     * Returns {@code run} after checking that no more than {@code limit} of its requests were ever in
     * flight together: the promise of a downloader's {@code -m}, which its picture must not contradict.
     */
    static Run atMostInFlight(int limit, Run run) {
        List<long[]> events = new ArrayList<>(); // {time, +1 or -1}; an end sorts before a start at the same time
        for (Request r : run.requests()) {
            events.add(new long[] {r.start(), 1});
            events.add(new long[] {r.end(), -1});
        }
        events.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
        int inFlight = 0;
        int most = 0;
        for (long[] e : events) {
            inFlight += (int) e[1];
            most = Math.max(most, inFlight);
        }
        if (most > limit) {
            throw new IllegalStateException(run.title() + ": " + most + " requests in flight at once, more than " + limit);
        }
        System.out.println(run.title() + ": at most " + most + " requests in flight at once");
        return run;
    }

    /** A scenario that needs the URL of a server. */
    @FunctionalInterface
    interface ScenarioOnServer<T> {
        T run(String url) throws Exception;
    }

    /**
     * Runs {@code mainClass} with {@code args} in a JVM of its own, its requests logged, and returns what
     * it did; a flagship that fails or takes more than two minutes fails the picture.
     */
    static Run flags(String title, String mainClass, String... args) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("timeline");
        try {
            Path log = work.resolve("requests.tsv");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-D" + RequestLog.PROPERTY + "=" + log, "-cp", System.getProperty("java.class.path"),
                    WarmRun.class.getName(), mainClass));
            command.addAll(List.of(args));
            if (mainClass.endsWith(".Flags") || mainClass.endsWith(".FlagsThreads")
                    || mainClass.endsWith(".FlagsThreadPoolFutures")) {
                command.add(work.resolve("downloaded").toString()); // chapter 01's [DIR]
            } else if (args.length > 0) {
                command.addAll(List.of("-o", work.resolve("downloaded").toString()));
            }
            Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
            List<Line> lines = new ArrayList<>();
            try {
                Thread reader = Thread.ofPlatform().name("timeline-output").start(() -> {
                    try (BufferedReader in = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = in.readLine()) != null; ) {
                            synchronized (lines) {
                                lines.add(new Line(micros(Instant.now()), line));
                            }
                        }
                    } catch (IOException e) {
                        // the process was destroyed: what was read is all there is
                    }
                });
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    throw new IOException(mainClass + " did not finish in 2 minutes");
                }
                reader.join(Duration.ofSeconds(10));
            } finally {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            List<Line> output;
            synchronized (lines) {
                output = lines.stream().dropWhile(l -> !l.text().equals(WarmRun.START)).skip(1).toList();
            }
            if (process.exitValue() != 0 || !Files.exists(log)) {
                throw new IOException(mainClass + " failed (exit " + process.exitValue() + "):\n"
                        + String.join("\n", output.stream().map(Line::text).toList()));
            }
            List<Request> requests = Files.readAllLines(log).stream().map(Request::parse).toList();
            return new Run(title, requests, output, new ArrayList<>());
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    /** One line of the request log: a request, its thread, its start and end (epoch microseconds), its outcome. */
    record Request(String thread, String path, long start, long end, String outcome) {
        static Request parse(String line) {
            String[] f = line.split("\t");
            if (f.length != 5) {
                throw new IllegalArgumentException("not a request log line: " + line);
            }
            return new Request(f[0], f[1], Long.parseLong(f[2]), Long.parseLong(f[3]), f[4]);
        }

        /**
         * The country code of a flag's path, such as {@code BR} for {@code /flags/br/br.svg}, or of its
         * metadata, {@code /flags/br/metadata.json}: the bar's outcome tells the two apart.
         */
        String label() {
            String[] parts = path.split("/");
            if (isMetadata() && parts.length >= 2) {
                return parts[parts.length - 2].toUpperCase(Locale.ROOT);
            }
            return parts[parts.length - 1].replace(".svg", "").toUpperCase(Locale.ROOT);
        }

        boolean isMetadata() {
            return path.endsWith("/metadata.json");
        }

        Timeline.Outcome timelineOutcome() {
            if (isMetadata() && outcome.equals("200")) {
                return NAME;
            }
            if (isMetadata() && outcome.equals("InterruptedException")) {
                return NAME_TIMED_OUT; // chapter 09's pipeline interrupts a name's request only at its timeout
            }
            return switch (outcome) {
                case "200" -> Timeline.OK;
                case "404" -> Timeline.NOT_FOUND;
                case "InterruptedException" -> Timeline.CANCELLED;
                default -> Timeline.ERROR;
            };
        }
    }

    /** A line the flagship printed, and when the bench read it (epoch microseconds). */
    record Line(long at, String text) {
    }

    /** A mark to draw: on which row, and which lines, labelled how. */
    private record MarkRule(String row, Pattern pattern, Function<Matcher, String> label, Function<Matcher, Double> at) {
    }

    /** What a flagship did: its requests and its printed lines, and which lines to draw as marks. */
    record Run(String title, List<Request> requests, List<Line> lines, List<MarkRule> rules) {

        /** Draws a mark on {@code row} for each printed line that {@code pattern} finds, labelled by {@code label}. */
        Run mark(String row, Pattern pattern, Function<Matcher, String> label) {
            rules.add(new MarkRule(row, pattern, label, null));
            return this;
        }

        /**
         * As {@link #mark}, but at the time that the line itself gives, in seconds from the first request,
         * for a flagship that prints what it did only at the end.
         */
        Run markAt(String row, Pattern pattern, Function<Matcher, String> label, Function<Matcher, Double> at) {
            rules.add(new MarkRule(row, pattern, label, at));
            return this;
        }

        /** The same run, each request's thread named by {@code rename}: for threads without a name of their own. */
        Run threads(Function<String, String> rename) {
            return new Run(title, requests.stream().map(r -> new Request(rename.apply(r.thread()), r.path(),
                    r.start(), r.end(), r.outcome())).toList(), lines, rules);
        }

        /** The timeline: a bar per request on its thread's row, then a row per kind of mark. */
        Timeline timeline() {
            if (requests.isEmpty()) {
                throw new IllegalStateException(title + ": the run made no request");
            }
            long origin = requests.stream().mapToLong(Request::start).min().orElseThrow();
            Timeline timeline = new Timeline(title);
            // rows in the order the threads first sent a request
            Map<String, List<Request>> byThread = new LinkedHashMap<>();
            requests.stream().sorted(Comparator.comparingLong(Request::start))
                    .forEach(r -> byThread.computeIfAbsent(r.thread(), t -> new ArrayList<>()).add(r));
            byThread.forEach((thread, rs) -> rs.forEach(r -> timeline.bar(thread, r.label(),
                    (r.start() - origin) / 1e6, (r.end() - origin) / 1e6, r.timelineOutcome())));
            for (MarkRule rule : rules) {
                for (Line line : lines) {
                    Matcher m = rule.pattern().matcher(line.text());
                    if (m.find()) {
                        double at = rule.at() != null ? rule.at().apply(m) : (line.at() - origin) / 1e6;
                        timeline.mark(rule.row(), at, rule.label().apply(m));
                    }
                }
            }
            return timeline;
        }
    }
}
