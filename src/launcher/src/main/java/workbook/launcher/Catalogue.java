package workbook.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The workbook's chapters, as the build describes them: each chapter's {@code target/workbook-catalogue.json},
 * which {@code workbook.support.Catalogue} writes from the chapter's code and POM after compiling its tests.
 *
 * <pre>{@code
 * Catalogue catalogue = new Catalogue(root, build);
 * Chapter first = catalogue.load(catalogue.chapter("1"));   // builds the chapter if its catalogue is stale
 * }</pre>
 */
final class Catalogue {

    static final String FILE = "target/workbook-catalogue.json";

    private final Path root;
    private final Build build;

    Catalogue(Path root, Build build) {
        this.root = root;
        this.build = build;
    }

    /** Every chapter, in order, as its folder names it: {@code chapters/NN-topic} with a POM. */
    List<Chapter> chapters() throws IOException {
        Path dir = root.resolve("chapters");
        if (!Files.isDirectory(dir)) {
            throw new IOException("no chapters/ folder under " + root + ": run the workbook from its root");
        }
        try (Stream<Path> folders = Files.list(dir)) {
            return folders.filter(f -> number(f.getFileName().toString()) > 0 && Files.exists(f.resolve("pom.xml")))
                    .sorted()
                    .map(f -> read(f).orElse(Chapter.unbuilt(f, number(f.getFileName().toString()))))
                    .toList();
        }
    }

    /** The number a folder name such as {@code 01-flags} starts with, or -1. */
    private static int number(String folder) {
        boolean numbered = folder.length() > 3 && Character.isDigit(folder.charAt(0))
                && Character.isDigit(folder.charAt(1)) && folder.charAt(2) == '-';
        return numbered ? Integer.parseInt(folder.substring(0, 2)) : -1;
    }

    /** The chapter {@code arg} names: its number ({@code 1} or {@code 01}) or its folder ({@code 01-flags}). */
    Chapter chapter(String arg) throws IOException {
        List<Chapter> all = chapters();
        for (Chapter c : all) {
            if (arg.equals(c.name()) || arg.equals(String.valueOf(c.number())) || arg.equals(String.format("%02d", c.number()))) {
                return c;
            }
        }
        throw new UsageException("no chapter '" + arg + "'; the chapters are "
                + all.stream().map(c -> String.valueOf(c.number())).toList());
    }

    /** The chapter as its catalogue says, after building it if the catalogue is missing or older than its sources. */
    Chapter load(Chapter chapter) throws IOException, InterruptedException {
        return loadAll(List.of(chapter)).get(0);
    }

    /** The chapters as their catalogues say, after building, in one go, those whose catalogue is stale. */
    List<Chapter> loadAll(List<Chapter> chapters) throws IOException, InterruptedException {
        List<Path> stale = new ArrayList<>();
        for (Chapter c : chapters) {
            Path file = c.dir().resolve(FILE);
            if (read(c.dir()).isEmpty() || build.newer(Files.getLastModifiedTime(file), List.of(c.dir()))) {
                stale.add(c.dir());
            }
        }
        if (!stale.isEmpty()) {
            build.catalogues(stale);
        }
        List<Chapter> loaded = new ArrayList<>();
        for (Chapter c : chapters) {
            loaded.add(read(c.dir()).orElseThrow(() -> new IOException(
                    "the build wrote no " + FILE + " for " + root.relativize(c.dir()))));
        }
        return loaded;
    }

    /** The exercise {@code id} ({@code N.M}) and its chapter, loaded; a usage error if there is none. */
    Map.Entry<Chapter, Chapter.Exercise> exercise(String id) throws IOException, InterruptedException {
        String[] parts = id.split("\\.", -1);
        if (parts.length != 2 || Arrays.stream(parts).anyMatch(p -> p.isEmpty() || !p.chars().allMatch(Character::isDigit))) {
            throw new UsageException("'" + id + "' is not an exercise number such as 1.2 (./workbook list shows them)");
        }
        Chapter chapter = load(chapter(String.valueOf(Integer.parseInt(parts[0]))));
        return chapter.exercises().stream().filter(e -> e.id().equals(id)).findFirst()
                .map(e -> Map.entry(chapter, e))
                .orElseThrow(() -> new UsageException("no exercise " + id + "; chapter " + chapter.number()
                        + " has " + (chapter.exercises().isEmpty() ? "none"
                                : String.join(", ", chapter.exercises().stream().map(Chapter.Exercise::id).toList()))));
    }

    /** What the catalogue in {@code dir} says, if the chapter was built. */
    static Optional<Chapter> read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(dir, Json.object(Files.readString(file))));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty(); // a catalogue cut short or from an older launcher: the next build writes it again
        }
    }

    @SuppressWarnings("unchecked")
    static Chapter parse(Path dir, Map<String, Object> json) {
        List<Chapter.Example> examples = ((List<Map<String, Object>>) json.get("examples")).stream()
                .map(e -> new Chapter.Example((String) e.get("name"), (String) e.get("class"),
                        (Boolean) e.get("flagship"), (String) e.get("arguments")))
                .toList();
        List<Chapter.Exercise> exercises = ((List<Map<String, Object>>) json.get("exercises")).stream()
                .map(e -> new Chapter.Exercise((String) e.get("id"), (String) e.get("title"), (String) e.get("test"),
                        (String) e.get("stub"), (String) e.get("solution"), (List<String>) e.get("hint")))
                .toList();
        return new Chapter(dir, ((Long) json.get("number")).intValue(), (String) json.get("title"),
                (String) json.get("main"), (List<String>) json.get("jvmArgs"),
                (Boolean) json.get("aot"), (Boolean) json.get("warmUp"), examples, exercises);
    }
}
