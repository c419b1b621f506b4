package workbook.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmTest {

    @Test
    void a_cache_a_jvm_writes_is_there_whole_or_not_at_all(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("workbook.aot");
        Path part = dir.resolve("workbook.aot.part");
        Jvm.writeWhole(cache, dir.resolve("log"), file -> List.of("sh", "-c", "echo half > '" + file + "'; exit 1"));
        assertThat(cache).as("a writer that failed leaves no cache").doesNotExist();
        assertThat(part).as("... and no part of one").doesNotExist();
        Jvm.writeWhole(cache, dir.resolve("log"), file -> List.of("sh", "-c", "echo whole > '" + file + "'"));
        assertThat(cache).as("a writer that succeeded").hasContent("whole");
        assertThat(part).doesNotExist();
    }

    @Test
    void a_run_that_prints_only_its_usage_does_not_train_a_cache() {
        assertThat(Jvm.onlyUsage(List.of("--help"))).isTrue();
        assertThat(Jvm.onlyUsage(List.of("-s", "DELAY", "-V"))).isTrue();
        assertThat(Jvm.onlyUsage(List.of("-s", "DELAY", "-m", "20"))).isFalse();
        assertThat(Jvm.onlyUsage(List.of())).isFalse();
    }

    @Test
    void leaves_out_an_option_this_jdk_does_not_know() {
        assertThat(Jvm.options(List.of("-XX:+UseSerialGC", "--sun-misc-unsafe-memory-access=allow")))
                .contains("-XX:+UseSerialGC")
                .hasSize(Runtime.version().feature() >= 23 ? 2 : 1);
    }

    @Test
    void orders_exercise_numbers_as_numbers() {
        assertThat(SelfCheck.compareIds("3.10", "3.9")).isPositive();
        assertThat(SelfCheck.compareIds("2.1", "10.1")).isNegative();
    }
}
