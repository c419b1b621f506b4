package workbook.book;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the maintainers' table of known mistakes: per chapter, each exercise, each mistake its
 * known-wrong version makes, and the test that catches it, read from the headers of
 * {@code chapters/NN-topic/src/known-wrong-mistakes/NAME/java/...}.
 *
 * <p>The table says only what the headers say; the exercise proof ({@code ExerciseProofTest}) proves
 * each header true in every build: the mistake fails the test it names, with the words it promises.
 *
 * <pre>java workbook.book.MistakeTable ROOT OUTPUT.adoc</pre>
 */
public final class MistakeTable {

    private static final Pattern HEADER = Pattern.compile(
            "\\A\\s*// Mistake: (.+)\\R// Caught by: (\\w+)(?:#(\\w+))?\\s*\\R// Says: (.+)\\R");
    private static final Pattern EXERCISE_ID = Pattern.compile("@Exercise\\(\\s*id\\s*=\\s*\"([\\d.]+)\"");

    private record Row(String exercise, String mistake, String description, String caughtBy) {
    }

    private MistakeTable() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: MistakeTable ROOT OUTPUT.adoc");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        StringBuilder out = new StringBuilder();
        int total = 0;
        try (Stream<Path> chapters = Files.list(root.resolve("chapters"))) {
            for (Path chapter : chapters.filter(c -> Files.isDirectory(c.resolve("src/known-wrong-mistakes"))).sorted().toList()) {
                List<Row> rows = rows(chapter);
                total += rows.size();
                out.append("\n.Chapter ").append(chapter.getFileName()).append(": ").append(rows.size())
                        .append(" known mistakes\n[cols=\"1,3,5,4\",options=\"header\"]\n|===\n")
                        .append("|exercise |known-wrong version |the mistake |the test that catches it\n");
                for (Row r : rows) {
                    out.append("|").append(r.exercise()).append(" |`").append(r.mistake()).append("` |")
                            .append(r.description().replace("|", "\\|")).append(" |`").append(r.caughtBy())
                            .append("`\n");
                }
                out.append("|===\n");
            }
        }
        String text = "// Written by MistakeTable from the mistakes' headers; do not edit.\n"
                + ":known-mistakes: " + total + "\n" + out;
        Path output = Path.of(args[1]);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, text, StandardCharsets.UTF_8);
    }

    private static List<Row> rows(Path chapter) throws IOException {
        Map<String, String> ids = exerciseIds(chapter.resolve("src/test/java"));
        List<Row> rows = new ArrayList<>();
        try (Stream<Path> files = Files.walk(chapter.resolve("src/known-wrong-mistakes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Matcher m = HEADER.matcher(Files.readString(file, StandardCharsets.UTF_8));
                if (!m.find()) {
                    continue; // the proof refuses it by name; the table is no place to say so
                }
                String mistake = chapter.resolve("src/known-wrong-mistakes").relativize(file).getName(0).toString();
                String test = m.group(2) + Optional.ofNullable(m.group(3)).map(x -> "#" + x).orElse(" (as a whole)");
                rows.add(new Row(ids.getOrDefault(m.group(2), "?"), mistake, m.group(1).strip(), test));
            }
        }
        rows.sort((a, b) -> a.exercise().equals(b.exercise()) ? a.mistake().compareTo(b.mistake())
                : compareIds(a.exercise(), b.exercise()));
        return rows;
    }

    /** The exercise id of each test class that declares one, by the class's simple name. */
    private static Map<String, String> exerciseIds(Path tests) throws IOException {
        Map<String, String> ids = new TreeMap<>();
        if (!Files.isDirectory(tests)) {
            return ids;
        }
        try (Stream<Path> files = Files.walk(tests)) {
            for (Path file : files.filter(f -> f.toString().endsWith("Test.java")).toList()) {
                Matcher m = EXERCISE_ID.matcher(Files.readString(file, StandardCharsets.UTF_8));
                if (m.find()) {
                    ids.put(file.getFileName().toString().replace(".java", ""), m.group(1));
                }
            }
        }
        return ids;
    }

    private static int compareIds(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d+") && y[i].matches("\\d+")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
