package workbook.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The hints a learner has asked for: {@code ./workbook hint N.M} shows one level more each time, up to
 * the last, which says where the reference solution lives.
 *
 * <p>How many levels each exercise has shown is kept in {@code .workbook/hints.properties} under the
 * workbook's root (ignored by git, untouched by {@code mvn clean}); deleting it starts every exercise
 * again from its first level.
 *
 * <pre>{@code
 * List<String> shown = new Hints(root).next(chapter, exercise);   // the levels shown so far, one more than before
 * }</pre>
 */
final class Hints {

    static final String FILE = ".workbook/hints.properties";

    private final Path file;

    Hints(Path root) {
        this.file = root.resolve(FILE);
    }

    /** The exercise's hint levels: its own, then one that says where the reference solution and its test live. */
    static List<String> levels(Chapter chapter, Chapter.Exercise exercise) {
        List<String> levels = new ArrayList<>(exercise.hint());
        levels.add("The reference solution is chapters/" + chapter.name() + "/" + exercise.solution()
                + "; its test, " + exercise.test() + ", says what it must do.");
        return levels;
    }

    /** Shows one more level of the exercise's hint than last time, and returns every level shown so far. */
    List<String> next(Chapter chapter, Chapter.Exercise exercise) throws IOException {
        Properties shown = load();
        List<String> levels = levels(chapter, exercise);
        int count = Math.min(levels.size(), Integer.parseInt(shown.getProperty(exercise.id(), "0")) + 1);
        shown.setProperty(exercise.id(), String.valueOf(count));
        save(shown);
        return levels.subList(0, count);
    }

    private Properties load() throws IOException {
        Properties shown = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                shown.load(in);
            } catch (IllegalArgumentException unreadable) {
                shown.clear(); // a file edited by hand beyond reading: start again from the first levels
            }
        }
        return shown;
    }

    private void save(Properties shown) throws IOException {
        Files.createDirectories(file.getParent());
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
            shown.store(out, "hint levels shown per exercise by ./workbook hint; delete to start again");
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
