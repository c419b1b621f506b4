package workbook.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestLogTest {

    @Test
    void is_off_unless_asked_for_a_client_is_the_jdks_own() {
        try (HttpClient client = Http.newClient()) {
            assertThat(client.getClass().getName()).as("no property, no wrapper").doesNotContain("RequestLog");
        }
    }

    /** Run in a JVM of its own, with the log on: one flag downloaded, one not found. */
    public static final class TwoRequests {
        public static void main(String[] args) throws Exception {
            try (FlagsServer server = FlagsServer.start(Mode.LOCAL); HttpClient client = Http.newClient(server.baseUrl())) {
                Thread.ofPlatform().name("fetch-br").start(() -> {
                    try {
                        Http.getFlag(client, server.baseUrl(), "BR");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).join();
                try {
                    Http.getFlag(client, server.baseUrl(), "QQ");
                } catch (Http.HttpStatusException expected) {
                    // a 404 is logged like any answer
                }
            }
        }
    }

    @Test
    void when_on_logs_each_request_with_its_thread_times_and_status(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("requests.tsv");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + RequestLog.PROPERTY + "=" + log, "-cp", System.getProperty("java.class.path"),
                TwoRequests.class.getName())
                .redirectErrorStream(true).redirectOutput(dir.resolve("output.txt").toFile()).start();
        try {
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child JVM ends within a minute").isTrue();
        } finally {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(child.exitValue()).as(Files.readString(dir.resolve("output.txt"))).isZero();
        List<String[]> lines = Files.readAllLines(log).stream().map(l -> l.split("\t")).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).as("thread, path, start, end, outcome").hasSize(5);
        assertThat(lines.get(0)[0]).isEqualTo("fetch-br");
        assertThat(lines.get(0)[1]).isEqualTo("/flags/br/br.svg");
        assertThat(Long.parseLong(lines.get(0)[3])).as("ends at or after it starts")
                .isGreaterThanOrEqualTo(Long.parseLong(lines.get(0)[2]));
        assertThat(lines.get(0)[4]).isEqualTo("200");
        assertThat(lines.get(1)[0]).isEqualTo("main");
        assertThat(lines.get(1)[4]).isEqualTo("404");
    }
}
