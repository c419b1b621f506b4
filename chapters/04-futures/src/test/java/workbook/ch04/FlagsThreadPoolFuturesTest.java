package workbook.ch04;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workbook.ch01.Flags.Site;
import workbook.flags.Countries;
import workbook.flags.FlagsServer;
import workbook.flags.FlagsServer.Behaviour;
import workbook.flags.Http;
import workbook.flags.Http.HttpStatusException;
import workbook.flags.Mode;
import workbook.support.Printed;

class FlagsThreadPoolFuturesTest {

    @TempDir
    Path dir;

    @Test
    void downloads_every_flag_and_prints_each_future_when_scheduled_and_when_done() throws Exception {
        int[] count = new int[1];
        Printed.OutAndErr printed;
        // each answer takes 200 ms, so every future is still incomplete when the main thread prints it
        try (FlagsServer server = FlagsServer.builder().delay(Duration.ofMillis(200)).start();
             HttpClient client = Http.newClient()) {
            Site site = new Site(client, server.baseUrl(), dir);
            printed = Printed.onSystem(() -> count[0] = FlagsThreadPoolFutures.downloadMany(site, Countries.POP20));
        }

        assertThat(count[0]).as("downloads counted").isEqualTo(20);
        for (String cc : Countries.POP20) {
            String file = cc.toLowerCase() + ".svg";
            assertThat(dir.resolve(file)).as(file).hasBinaryContent(Countries.flag(cc));
        }
        List<String> lines = printed.out().lines().toList();
        // the workers print "CN " without a newline, so a line may start with codes before the main thread's text
        assertThat(lines.stream().filter(l -> l.contains("Scheduled for ")))
                .as("a line per submitted future, naming its task; state() says RUNNING even for queued ones")
                .hasSize(20)
                .allMatch(l -> l.matches("([A-Z]{2} )*Scheduled for (..): java.util.concurrent.FutureTask@\\w+"
                        + "\\[Not completed, task = download \\2] state=RUNNING"));
        assertThat(lines.stream().filter(l -> l.contains(" result: ")).map(l -> l.replaceAll(".*result: ", "")))
                .as("results retrieved in submission order: sorted, as the futures were submitted")
                .containsExactlyElementsOf(Countries.POP20.stream().sorted().toList());
        assertThat(lines).as("a completed future prints its outcome")
                .anyMatch(l -> l.matches(".*FutureTask@\\w+\\[Completed normally] result: CN"));
    }

    @Test
    void a_failed_download_reaches_the_caller_wrapped_in_an_execution_exception() {
        try (FlagsServer failing = FlagsServer.start(Mode.ERROR); HttpClient client = Http.newClient()) {
            String broken = failing.countries(Behaviour.SERVER_ERROR).getFirst();
            List<String> fine = failing.countries(Behaviour.FLAG);
            Site site = new Site(client, failing.baseUrl(), dir);
            assertThatExceptionOfType(ExecutionException.class)
                    .as("get() on the future of %s, which the ERROR server answers with 500", broken)
                    .isThrownBy(() -> Printed.onSystem(() -> FlagsThreadPoolFutures.downloadMany(
                            site, List.of(fine.get(0), broken, fine.get(1)))))
                    .withCauseInstanceOf(HttpStatusException.class);
        }
    }

    @Test
    void the_flagship_downloads_the_20_flags_from_the_embedded_server() throws Exception {
        Printed.OutAndErr printed = Printed.onSystem(() -> FlagsThreadPoolFutures.main(new String[] {dir.toString()}));
        assertThat(printed.out()).as("flags.py's last line").containsPattern("\\n20 downloads in \\d+\\.\\d\\ds\\n");
        assertThat(dir.toFile().list()).as("files saved").hasSize(20);
    }
}
