package workbook.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watch loop in this JVM: a change runs the check again, one run at a time. */
class WatcherTest {

    @Test
    void a_change_runs_the_check_again_and_changes_during_a_run_make_one_more_run(@TempDir Path root) throws Exception {
        Sample sample = new Sample(root);
        Chapter chapter = Catalogue.read(sample.chapter).orElseThrow();
        Path first = sample.chapter.resolve("src/exercise/java/workbook/ch01/First.java");
        LinkedBlockingQueue<Integer> runs = new LinkedBlockingQueue<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlapped = new AtomicInteger();
        AtomicInteger count = new AtomicInteger();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread watcher = new Thread(() -> {
            try {
                new Watcher(new PrintStream(out, true, StandardCharsets.UTF_8)).watch(List.of(chapter), true, c -> {
                    if (running.incrementAndGet() > 1) {
                        overlapped.incrementAndGet();
                    }
                    int n = count.incrementAndGet();
                    runs.add(n);
                    if (n == 2) { // the learner saves twice while this check runs
                        Files.writeString(first, "// saved again\n");
                        Files.writeString(first.resolveSibling("Second.java"), "// and this\n");
                    }
                    running.decrementAndGet();
                });
            } catch (InterruptedException stopped) {
                // Ctrl-C's equivalent here
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "watcher");
        watcher.start();
        try {
            assertThat(runs.poll(30, TimeUnit.SECONDS)).as("the first check, at once").isEqualTo(1);
            Files.writeString(first, "// saved\n");
            assertThat(runs.poll(30, TimeUnit.SECONDS)).as("a check after the change, within 30 s").isEqualTo(2);
            assertThat(runs.poll(30, TimeUnit.SECONDS)).as("one more check for the changes made during the last").isEqualTo(3);
            assertThat(runs.poll(Watcher.QUIET_MILLIS * 4, TimeUnit.MILLISECONDS)).as("and only one").isNull();
            assertThat(overlapped).as("checks that ran at once").hasValue(0);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Watching the exercise files of 01-sample",
                    "01-sample: first check", "01-sample: First.java changed", "Ctrl-C stops");
        } finally {
            watcher.interrupt();
            watcher.join(10_000);
        }
        assertThat(watcher.isAlive()).as("the watcher ends when interrupted").isFalse();
    }
}
