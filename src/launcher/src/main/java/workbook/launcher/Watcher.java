package workbook.launcher;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Re-runs a chapter's check whenever one of its exercise files changes: {@code ./workbook watch [NN]}.
 * One run at a time: changes made while a check runs are gathered into the next run.
 *
 * <pre>{@code
 * new Watcher(System.out).watch(List.of(chapter), true, c -> selfCheck.check(List.of(c)));   // until interrupted
 * }</pre>
 *
 * <p>Implementation note: the JDK's {@link WatchService}, one registration per folder under each
 * chapter's {@code src/exercise/java} (it watches no tree), folders created later registered as they
 * appear. A burst of events (an editor saves by writing, renaming and touching) is one change: after
 * the first event, it waits until the folder has been quiet for {@link #QUIET_MILLIS}.
 */
final class Watcher {

    /** A check of one chapter. */
    interface Check {
        void run(Chapter chapter) throws IOException, InterruptedException;
    }

    static final long QUIET_MILLIS = 300;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final PrintStream out;

    Watcher(PrintStream out) {
        this.out = out;
    }

    /** Watches the chapters' exercise files until this thread is interrupted; checks each first if {@code now}. */
    void watch(List<Chapter> chapters, boolean now, Check check) throws IOException, InterruptedException {
        try (WatchService service = FileSystems.getDefault().newWatchService()) {
            Map<WatchKey, Chapter> keys = new HashMap<>();
            for (Chapter c : chapters) {
                register(service, c.dir().resolve("src/exercise/java"), c, keys);
            }
            out.println("Watching the exercise files of " + String.join(", ", chapters.stream().map(Chapter::name).toList())
                    + "; each change runs the chapter's check again. Ctrl-C stops.");
            if (now) {
                for (Chapter c : chapters) {
                    separator(c, "first check");
                    check.run(c);
                }
            }
            while (true) {
                Set<Chapter> changed = new LinkedHashSet<>();
                Set<String> files = new LinkedHashSet<>();
                WatchKey key = service.take();
                while (key != null) {
                    Chapter c = keys.get(key);
                    for (WatchEvent<?> event : key.pollEvents()) {
                        if (event.context() instanceof Path name && c != null) {
                            Path file = ((Path) key.watchable()).resolve(name);
                            if (event.kind() == ENTRY_CREATE && Files.isDirectory(file)) {
                                register(service, file, c, keys);
                            } else if (name.toString().endsWith(".java")) {
                                changed.add(c);
                                files.add(name.toString());
                            }
                        }
                    }
                    key.reset();
                    key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                }
                for (Chapter c : changed) {
                    separator(c, String.join(", ", files) + " changed");
                    check.run(c);
                }
            }
        }
    }

    private void separator(Chapter chapter, String why) {
        String line = "──── " + LocalTime.now().format(CLOCK) + "  " + chapter.name() + ": " + why + " ";
        out.println();
        out.println(line + "─".repeat(Math.max(4, 78 - line.length())));
    }

    private static void register(WatchService service, Path dir, Chapter chapter, Map<WatchKey, Chapter> keys)
            throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                keys.put(d.register(service, ENTRY_CREATE, ENTRY_MODIFY), chapter);
            }
        }
    }
}
