package workbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import workbook.ch05.Flags2AsCompleted;
import workbook.flags.FlagsServer;
import workbook.flags.Mode;

/**
 * Measures what a JVM's start-up adds to chapter 05's downloader, and what takes it away: twenty
 * flags, all in flight at once, from a server in another JVM that waits half a second before each
 * answer, so that the job cannot take less than 0.5 s. Each line is the best of three fresh JVMs, each
 * with its own "Elapsed time"; it writes the table for the book's appendix.
 *
 * <p>The lines: the JVM's default options; the chapter's options ({@code workbook.jvmArgs} in its POM:
 * the quick JIT compiler alone and the serial collector); those and an ahead-of-time cache, made by a
 * training run of the same command; {@link HttpWarmUp} before the clock ({@link Flags2WarmStart});
 * and the cache and the warm-up together, which is what {@code ./workbook run 5} does on JDK 25 and
 * newer (the launcher's warm-up is {@code workbook.flags.WarmStart}).
 *
 * <pre>./workbook bench startup</pre>
 */
public final class Flags2Startup {

    static final Duration DELAY = Duration.ofMillis(500);
    static final int FLAGS = 20;
    static final int RUNS = 3;

    /** One way to start the downloader: its label, its key for the attributes, and what it adds. */
    private record Start(String label, String key, String mainClass, boolean chapterOptions, boolean aot) {
    }

    private Flags2Startup() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            System.err.println("usage: ./workbook bench startup (no arguments), not " + String.join(" ", args));
            System.exit(2);
        }
        String flagship = Flags2AsCompleted.class.getName();
        String warm = Flags2WarmStart.class.getName();
        boolean aot = Runtime.version().feature() >= 25; // -XX:AOTCacheOutput, in one step (JEP 514)
        List<Start> starts = new ArrayList<>(List.of(
                new Start("`java -cp`, default options", "default", flagship, false, false),
                new Start("the chapter's options: quick JIT alone, serial GC", "options", flagship, true, false)));
        if (aot) {
            starts.add(new Start("the chapter's options and an ahead-of-time cache", "aot", flagship, true, true));
        }
        starts.add(new Start("`HttpWarmUp` before the clock, default options", "warm", warm, false, false));
        if (aot) {
            starts.add(new Start("`HttpWarmUp`, the chapter's options and an ahead-of-time cache (`./workbook run 5`)", "run5", warm, true, true));
        }
        double limit = DELAY.toMillis() / 1e3;
        Results results = Results.named("startup");
        results.attribute("startup-delay", String.format(Locale.ROOT, "%.1f s", limit));
        StringBuilder rows = new StringBuilder();
        Path work = Files.createTempDirectory("workbook-startup");
        try (FlagsServer server = FlagsServer.builder().mode(Mode.DELAY).delay(DELAY).start()) {
            String jars = aot ? Jvm.asJars(Jvm.classpath(), work) : null;
            for (Start start : starts) {
                double best = Double.MAX_VALUE;
                List<String> command = command(start, server, work, jars);
                if (start.aot()) {
                    Path cache = work.resolve(start.key() + ".aot");
                    List<String> training = new ArrayList<>(command);
                    training.add(1, "-XX:AOTCacheOutput=" + cache);
                    elapsed(Jvm.run(training, Duration.ofMinutes(2)));
                    command.add(1, "-XX:AOTCache=" + cache);
                }
                for (int i = 0; i < RUNS; i++) {
                    best = Math.min(best, elapsed(Jvm.run(command, Duration.ofMinutes(1))));
                }
                System.out.printf(Locale.ROOT, "%-70s %.2fs = %.2fx the delay%n", start.label(), best, best / limit);
                rows.append(String.format(Locale.ROOT, "|%s |%.2f s |%.2fx%n", start.label(), best, best / limit));
                results.attribute("startup-" + start.key(), String.format(Locale.ROOT, "%.2f s", best));
                results.attribute("startup-" + start.key() + "-ratio", String.format(Locale.ROOT, "%.2f", best / limit));
            }
        } finally {
            Jvm.delete(work);
        }
        results.write("""
                [cols="5,1,1",options="header"]
                .Chapter 05's downloader, %d flags, all in flight, %d ms per answer from a server in another JVM; best of %d fresh JVMs; %s
                |===
                |how the JVM starts |elapsed |elapsed / delay
                %s|===
                """.formatted(FLAGS, DELAY.toMillis(), RUNS, results.caption("./workbook bench startup"), rows));
    }

    private static List<String> command(Start start, FlagsServer server, Path work, String jars) throws IOException {
        List<String> command = new ArrayList<>(List.of(Jvm.java()));
        if (start.chapterOptions()) {
            command.addAll(chapterOptions());
        }
        Path out = Files.createDirectories(work.resolve("flags-" + start.key()));
        command.addAll(List.of("-cp", start.aot() ? jars : Jvm.classpath(), start.mainClass(),
                "-s", server.baseUrl().toString(), "-m", String.valueOf(FLAGS), "-o", out.toString()));
        return command;
    }

    /** The JVM options of chapter 05's POM, as the launcher gives them to {@code ./workbook run 5}. */
    static List<String> chapterOptions() throws IOException {
        Path pom = Path.of(System.getProperty("workbook.root", ".")).resolve("chapters/05-as-completed/pom.xml");
        Matcher m = Pattern.compile("<workbook\\.jvmArgs>([^<]*)</workbook\\.jvmArgs>").matcher(Files.readString(pom));
        return m.find() ? List.of(m.group(1).strip().split("\\s+")) : List.of();
    }

    /** The elapsed time a downloader reported, in seconds; fails if it did not download every flag. */
    static double elapsed(String output) throws IOException {
        return Jvm.elapsed(output, FLAGS);
    }
}
