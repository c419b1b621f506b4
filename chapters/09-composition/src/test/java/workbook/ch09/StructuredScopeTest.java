package workbook.ch09;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Runs {@code ScopeDemo}, the StructuredTaskScope example, where the build compiled it: on JDK 25 only
 * (the {@code structured-concurrency-preview} profile), since a preview API changes between releases.
 */
class StructuredScopeTest {

    static final Path CLASSES = Path.of("target", "preview-classes");

    @Test
    void the_first_failure_ends_the_scope_and_interrupts_the_others() throws IOException, InterruptedException {
        assumeTrue(Runtime.version().feature() == 25 && Files.isDirectory(CLASSES),
                "ScopeDemo is compiled only by a build on JDK 25");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process demo = new ProcessBuilder(java.toString(), "--enable-preview", "-cp", CLASSES.toString(), "workbook.ch09.ScopeDemo")
                .redirectErrorStream(true).start();
        try {
            assertThat(demo.waitFor(30, TimeUnit.SECONDS)).as("ScopeDemo to end within 30 s").isTrue();
            List<String> lines = new String(demo.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(line -> line.replaceFirst("^[0-9.]+ s ", "")).toList();
            assertThat(lines).as("CN fails, the two others are interrupted, join throws, close returns")
                    .containsSubsequence("name of CN failed", "join failed: name of CN: HTTP 500", "scope closed")
                    .contains("name of BR interrupted", "flag of BR interrupted");
            assertThat(demo.exitValue()).isZero();
        } finally {
            demo.destroyForcibly();
        }
    }
}
