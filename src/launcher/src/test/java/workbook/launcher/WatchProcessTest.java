package workbook.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./workbook watch 1} as a learner runs it: a process of its own, its Maven a script that takes its
 * time, stopped by Ctrl-C, which the terminal sends to every process of the foreground group.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class WatchProcessTest {

    @Test
    void watch_checks_again_on_a_change_and_ctrl_c_leaves_no_process_behind(@TempDir Path root) throws Exception {
        Sample sample = new Sample(root);
        // the first check ends at once; the next one is a long Maven run, as a check of a big chapter is
        sample.mvnw("""
                echo $$ >> runs
                if [ "$(wc -l < runs)" -gt 1 ]; then sleep 120; fi""");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // setsid: a process group of its own, so that a Ctrl-C to it reaches nothing of this test's JVM
        List<String> command = new ArrayList<>(List.of("setsid"));
        if (sigintIgnored()) {
            // a build started in the background (a script's `&`, nohup) ignores SIGINT, every process it starts
            // inherits that, and a JVM then leaves it ignored: Ctrl-C would reach a launcher deaf to it
            command.addAll(List.of("env", "--default-signal=INT"));
        }
        command.addAll(List.of(java, "-cp", System.getProperty("java.class.path"), "-Dworkbook.root=" + root,
                Main.class.getName(), "watch", "1"));
        Process launcher = new ProcessBuilder(command).redirectErrorStream(true).start();
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
            } catch (IOException ended) {
                // the launcher is gone
            }
        });
        try {
            awaitLine(lines, "Watching the exercise files of 01-sample");
            awaitLine(lines, "no exercise test ran");
            Files.writeString(sample.chapter.resolve("src/exercise/java/workbook/ch01/First.java"), "// saved\n");
            awaitLine(lines, "First.java changed");
            await("the second check's Maven to start", () -> lines(root.resolve("runs")) == 2);
            List<ProcessHandle> children = launcher.toHandle().descendants().toList();
            assertThat(children).as("the check's Maven and what it started").isNotEmpty();

            ctrlC(launcher.pid());

            assertThat(launcher.waitFor(20, TimeUnit.SECONDS)).as("the launcher ends within 20 s of Ctrl-C").isTrue();
            for (ProcessHandle child : children) {
                assertThat(child.onExit().completeOnTimeout(null, 10, TimeUnit.SECONDS).get())
                        .as("process " + child.pid() + " (" + child.info().command().orElse("?") + ") ends with the launcher")
                        .isNotNull();
            }
            assertThat(lines(root.resolve("runs"))).as("one check at start, one after the change").isEqualTo(2);
        } finally {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
            launcher.waitFor(10, TimeUnit.SECONDS);
            reader.join(Duration.ofSeconds(10));
        }
    }

    /** Whether this JVM was started with SIGINT ignored, by the mask that Linux shows in /proc/self/status. */
    private static boolean sigintIgnored() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16) & (1L << (2 - 1))) != 0; // SIGINT is 2
            }
        }
        return false;
    }

    /** Sends SIGINT to every process of the group {@code pid} leads, as a terminal's Ctrl-C does. */
    private static void ctrlC(long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-INT", "--", "-" + pid).inheritIO().start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).as("kill ends within 10 s").isTrue();
        assertThat(kill.exitValue()).as("kill -INT to the launcher's group").isZero();
    }

    private static void awaitLine(LinkedBlockingQueue<String> lines, String part) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            String line = lines.poll(Duration.between(Instant.now(), deadline).toMillis(), TimeUnit.MILLISECONDS);
            if (line != null && line.contains(part)) {
                return;
            }
        }
        throw new AssertionError("the launcher did not print a line with '" + part + "' within 60 s");
    }

    /** Waits, up to 60 s, for a condition that another process makes true; a file it writes is all it says. */
    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited 60 s for " + what);
            }
            Thread.sleep(50);
        }
    }

    private static int lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file).size() : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
