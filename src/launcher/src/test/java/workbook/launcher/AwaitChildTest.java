package workbook.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** A launcher stopped by {@code kill} takes the JVM it started with it. */
class AwaitChildTest {

    /** Starts a long {@code sleep}, ties it to this JVM as the launcher does, prints its pid, and waits. */
    public static void main(String[] args) throws Exception {
        Process child = new ProcessBuilder("sleep", "60").start();
        Children.stopWithThisJvm(child);
        System.out.println(child.pid()); // only now: a signal before the hook would prove nothing
        child.waitFor();
    }

    @Test
    void a_launcher_stopped_by_a_signal_stops_the_child_it_waits_for() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process launcher = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                AwaitChildTest.class.getName())).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8));
            long pid = Long.parseLong(CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).get(30, TimeUnit.SECONDS).strip());
            ProcessHandle child = ProcessHandle.of(pid).orElseThrow();

            launcher.destroy(); // SIGTERM to the launcher alone, as `kill PID` sends

            assertThat(launcher.waitFor(10, TimeUnit.SECONDS)).as("the launcher ends within 10 s").isTrue();
            assertThat(child.onExit().completeOnTimeout(null, 10, TimeUnit.SECONDS).get())
                    .as("the child 'sleep 60' must end with its launcher, within 10 s").isNotNull();
            assertThat(child.isAlive()).isFalse();
        } finally {
            launcher.destroyForcibly();
            launcher.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
