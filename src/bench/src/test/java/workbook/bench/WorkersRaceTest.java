package workbook.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import workbook.ch07.PrimesInProcesses;
import workbook.support.Printed;

class WorkersRaceTest {

    /** {@code proc_pool --workers N} in a new JVM on this test's class path, as the launcher would start it. */
    static List<String> procPool(int workers) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PrimesInProcesses.class.getName(), "--workers", String.valueOf(workers));
    }

    @Test
    void a_round_runs_proc_pool_with_1_and_2_workers_and_each_marks_the_9_primes() throws Exception {
        AtomicReference<WorkersRace.Race> raced = new AtomicReference<>();
        List<String> lines = Printed.onSystem(() -> raced.set(WorkersRace.race(1, WorkersRaceTest::procPool)))
                .out().lines().toList();
        WorkersRace.Race race = raced.get();
        assertThat(lines).hasSize(3);
        assertThat(lines.getFirst()).startsWith("round").contains("--workers 1", "--workers 2", "speed-up");
        assertThat(lines.get(1).trim().split(" +")).as("round 1: two totals, their ratio, 9 primes each, two threads")
                .hasSize(7).startsWith("1").containsSubsequence("9", "9");
        assertThat(lines.get(2)).startsWith("median");
        assertThat(race.one()[0]).as("one worker's total time, in seconds").isPositive();
        assertThat(race.speedUps()[0]).as("a ratio of two times").isEqualTo(race.one()[0] / race.two()[0]);
    }

    @Test
    void the_launcher_command_runs_chapter_07_with_the_workers_asked_for() {
        assertThat(WorkersRace.launcher(2)).endsWith("run", "7", "--workers", "2");
        assertThat(WorkersRace.launcher(2).getFirst()).matches(".*workbook(\\.cmd)?");
    }
}
