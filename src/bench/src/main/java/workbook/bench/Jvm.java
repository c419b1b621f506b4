package workbook.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Fresh JVMs for the start-up benchmarks: each measure is taken in a JVM that has run nothing before,
 * started with this JVM's {@code java} and class path.
 */
final class Jvm {

    private static final Pattern ELAPSED = Pattern.compile("Elapsed time: (\\d+\\.\\d+)s");
    private static final Pattern DOWNLOADED = Pattern.compile("(\\d+) flags? downloaded\\.");

    private Jvm() {
    }

    /**
     * The elapsed time, in seconds, that a flags downloader ({@code FlagsMain}) reported; fails if it
     * did not download all {@code flags}: a faster run that lost a flag is no measure.
     */
    static double elapsed(String output, int flags) throws IOException {
        Matcher elapsed = ELAPSED.matcher(output);
        Matcher downloaded = DOWNLOADED.matcher(output);
        if (!elapsed.find() || !downloaded.find() || Integer.parseInt(downloaded.group(1)) != flags) {
            throw new IOException("the downloader did not download " + flags + " flags:\n" + output);
        }
        return Double.parseDouble(elapsed.group(1));
    }

    /** The {@code java} command of the JDK that runs this benchmark. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** This JVM's class path: the bench module and every module it races. */
    static String classpath() {
        return System.getProperty("java.class.path");
    }

    /**
     * Runs {@code command} and returns what it printed (standard output and error together); fails if it
     * does not end within {@code limit} or ends with a status other than 0.
     */
    static String run(List<String> command, Duration limit) throws IOException, InterruptedException {
        Path log = Files.createTempFile("workbook-bench", ".log");
        try {
            // output to a file, not a pipe: a child that hangs must not hang this harness too
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new IOException(String.join(" ", command) + " did not end within " + limit);
                }
            } finally {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            String output = Files.readString(log);
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " ended with status " + process.exitValue() + ":\n" + output);
            }
            return output;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /**
     * The class path {@code classpath} with each class folder packed as a jar in {@code dir}: an
     * ahead-of-time cache takes jars only ("Cannot have non-empty directory in paths").
     */
    static String asJars(String classpath, Path dir) throws IOException {
        ToolProvider jar = ToolProvider.findFirst("jar").orElseThrow(() -> new IOException("this JDK has no jar tool"));
        List<String> entries = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                Path packed = dir.resolve("classes-" + entries.size() + ".jar");
                if (jar.run(System.out, System.err, "--create", "--file", packed.toString(), "-C", entry, ".") != 0) {
                    throw new IOException("jar could not pack " + entry);
                }
                entries.add(packed.toString());
            } else {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /** Deletes {@code dir} and everything in it. */
    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
