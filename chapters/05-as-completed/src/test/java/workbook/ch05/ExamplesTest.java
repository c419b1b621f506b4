package workbook.ch05;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
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
}
