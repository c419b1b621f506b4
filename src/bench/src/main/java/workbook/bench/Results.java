package workbook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import workbook.flags.FlagFiles;

/**
 * A results file of the book: what one benchmark measured, as AsciiDoc, with the machine it ran on.
 *
 * <p>Every table or figure of measured time in the book is included from such a file, and a command
 * regenerates it: {@code ./workbook bench NAME} writes {@code docs/src/book/results/NAME.adoc}. The file
 * starts with attributes the prose can quote ({@code {NAME-machine}}, {@code {NAME-date}}), followed by
 * the benchmark's own attributes and tables; a caption should end with {@link #caption(String)}.
 *
 * <pre>{@code
 * Results results = Results.named("downloaders");
 * results.attribute("downloaders-ch05-limit-ratio", "1.08");
 * results.write("""
 *         [cols="2,1"]
 *         .Best of 3, %s
 *         ...""".formatted(results.caption("./workbook bench downloaders")));
 * }</pre>
 */
public final class Results {

    /** Where the book's results files live, under the workbook's root. */
    public static final Path FOLDER = Path.of("docs/src/book/results");

    private final String name;
    private final StringBuilder attributes = new StringBuilder();

    private Results(String name) {
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("a results name is lower case, digits and dashes: " + name);
        }
        this.name = name;
        attribute(name + "-machine", machine());
        attribute(name + "-date", date());
    }

    /** The results file {@code NAME.adoc}, not yet written. */
    public static Results named(String name) {
        return new Results(name);
    }

    /** Adds a document attribute that the book's prose can quote as {@code {key}}. */
    public Results attribute(String key, String value) {
        attributes.append(':').append(key).append(": ").append(value).append('\n');
        return this;
    }

    /** The end of a caption: "measured by COMMAND on 2 cores, JDK 25, 2026-12-06". */
    public String caption(String command) {
        return "measured by `" + command + "` on " + machine() + ", " + date();
    }

    /** The machine a measure was taken on: its cores and its JDK, such as "2 cores, JDK 25.0.1". */
    public static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, JDK " + Runtime.version();
    }

    private static String date() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    /**
     * Writes the file, whole or not at all, under the workbook's root (the {@code workbook.root} system
     * property, which the launcher sets, or the current folder), and returns its path.
     */
    public Path write(String body) throws IOException {
        Path folder = Files.createDirectories(
                Path.of(System.getProperty("workbook.root", ".")).toAbsolutePath().resolve(FOLDER));
        String text = "// Written by ./workbook bench " + name + "; do not edit by hand.\n" + attributes + "\n" + body;
        Path written = FlagFiles.save(folder, name + ".adoc", text.getBytes(StandardCharsets.UTF_8));
        System.out.println("Wrote " + written);
        return written;
    }
}
