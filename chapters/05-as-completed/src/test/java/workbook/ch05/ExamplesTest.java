package workbook.ch05;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workbook.ch01.Flags.Site;
import workbook.flags.Countries;
import workbook.flags.FlagsServer;
import workbook.flags.Http;
import workbook.flags.Mode;

class ExamplesTest {

    @Test
    void the_completion_service_demo_takes_all_five_of_its_downloads(@TempDir Path output) throws Exception {
        try (FlagsServer server = FlagsServer.start(Mode.LOCAL); HttpClient client = Http.newClient()) {
            int count = CompletionServiceDemo.downloadMany(new Site(client, server.baseUrl(), output), Countries.POP20);
            assertThat(count).as("five submitted, five taken").isEqualTo(5);
            try (Stream<Path> files = Files.list(output)) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .as("the first five of the 20, sorted").containsExactlyInAnyOrder(
                                "bd.svg", "br.svg", "cd.svg", "cn.svg", "de.svg");
            }
        }
    }

    @Test
    void the_cold_client_prints_a_time_and_a_class_count_for_each_step() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            ColdClient.main(new String[] {"--warm-up"});
        } finally {
            System.setOut(stdout);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8).lines().map(line -> line.replaceAll("\\s+[0-9.]+ ms\\s+-?[0-9]+ classes$", "")))
                .as("one line per step, each ending in its milliseconds and classes loaded")
                .containsExactly("warm-up (no request)", "the default SSLContext", "create the client (the rest)",
                        "first request (BR)", "second request (CN)", "third request (IN)");
    }
}
