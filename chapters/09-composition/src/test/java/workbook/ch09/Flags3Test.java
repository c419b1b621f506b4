package workbook.ch09;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workbook.flags.Countries;
import workbook.flags.DownloadStatus;
import workbook.flags.FlagsMain;
import workbook.flags.FlagsMain.Job;
import workbook.flags.FlagsServer;
import workbook.flags.FlagsServer.Behaviour;
import workbook.flags.Http;
import workbook.flags.Mode;
import workbook.support.Printed;

class Flags3Test {

    @TempDir
    Path dir;

    Map<DownloadStatus, Long> download(FlagsServer server, List<String> codes, int concurrency) throws Exception {
        try (var client = Http.newClient(server.baseUrl())) {
            Http.getCountry(client, server.baseUrl(), "AD"); // the client's slow first request, out of the way
            return Flags3.downloadMany(new Job(codes, server.baseUrl(), dir, false, concurrency, client,
                    new Printed().stream()));
        }
    }

    @Test
    void saves_each_flag_and_its_name() throws Exception {
        try (FlagsServer server = FlagsServer.start(Mode.LOCAL)) {
            Map<DownloadStatus, Long> counts = download(server, List.of("BR", "CN", "QQ"), 2);
            assertThat(counts).as("two countries, and QQ, which does not exist")
                    .containsExactlyInAnyOrderEntriesOf(Map.of(DownloadStatus.OK, 2L, DownloadStatus.NOT_FOUND, 1L));
            assertThat(Files.readString(dir.resolve("br.txt"))).isEqualTo("Brazil\n");
            assertThat(Files.readAllBytes(dir.resolve("cn.svg"))).isEqualTo(Countries.flag("CN"));
            assertThat(files()).as("both files of BR and CN, nothing of QQ, no partial file")
                    .containsExactlyInAnyOrder("br.svg", "br.txt", "cn.svg", "cn.txt");
        }
    }

    @Test
    void a_failed_or_slow_name_falls_back_to_the_code() throws Exception {
        try (FlagsServer server = FlagsServer.builder().metadataError("BR")
                .metadataDelay("CN", Duration.ofSeconds(60)).start()) {
            Map<DownloadStatus, Long> counts = download(server, List.of("BR", "CN", "IN"), 3);
            assertThat(counts).as("every flag arrives").containsExactlyEntriesOf(Map.of(DownloadStatus.OK, 3L));
            assertThat(Files.readString(dir.resolve("br.txt"))).as("BR's name failed").isEqualTo("BR\n");
            assertThat(Files.readString(dir.resolve("cn.txt"))).as("CN's name is late").isEqualTo("CN\n");
            assertThat(Files.readString(dir.resolve("in.txt"))).isEqualTo("India\n");
        }
    }

    @Test
    void the_error_server_gives_exact_counts() throws Exception {
        try (FlagsServer server = FlagsServer.start(Mode.ERROR); var client = Http.newClient(server.baseUrl())) {
            List<String> codes = Stream.of(server.countries(FlagsServer.Metadata.SERVER_ERROR).subList(0, 3),
                    server.countries(FlagsServer.Metadata.SLOW).subList(0, 3),
                    server.countries(Behaviour.SERVER_ERROR).subList(0, 3),
                    server.countries(Behaviour.CONNECTION_RESET).subList(0, 2),
                    List.of("QQ", "ZZ")).flatMap(List::stream).distinct().sorted().toList();
            String warmUp = server.countries(FlagsServer.Metadata.NAME).stream()
                    .filter(cc -> server.behaviour(cc) == Behaviour.FLAG && !codes.contains(cc)).findFirst().orElseThrow();
            Http.getCountry(client, server.baseUrl(), warmUp); // the client's slow first request, out of the way
            List<Flags3.Outcome> outcomes = Flags3.downloadAll(new Job(codes, server.baseUrl(), dir, false, 20, client,
                    new Printed().stream()));

            Map<String, DownloadStatus> expectedStatus = new TreeMap<>();
            Map<String, Flags3.Name> expectedName = new TreeMap<>();
            for (String cc : codes) {
                expectedStatus.put(cc, server.behaviour(cc) == null ? DownloadStatus.NOT_FOUND
                        : server.behaviour(cc) == Behaviour.FLAG ? DownloadStatus.OK : DownloadStatus.ERROR);
                if (server.behaviour(cc) != null) {
                    expectedName.put(cc, switch (server.countries(FlagsServer.Metadata.SERVER_ERROR).contains(cc) ? 1
                            : server.countries(FlagsServer.Metadata.SLOW).contains(cc) ? 2 : 0) {
                        case 1 -> Flags3.Name.CODE_AFTER_ERROR;
                        case 2 -> Flags3.Name.CODE_AFTER_TIMEOUT;
                        default -> Flags3.Name.FROM_METADATA;
                    });
                }
            }
            assertThat(outcomes).as("one outcome per country").hasSize(codes.size());
            assertThat(DownloadStatus.tally(outcomes.stream().map(Flags3.Outcome::status).toList()))
                    .as("the flags' outcomes, as the server decides them")
                    .isEqualTo(DownloadStatus.tally(expectedStatus.values()));
            assertThat(outcomes.stream().map(Flags3.Outcome::name).filter(n -> n != null).sorted().toList())
                    .as("where each name came from: a failed one and a slow one fall back to the code")
                    .isEqualTo(expectedName.values().stream().sorted().toList());
            for (String cc : codes) {
                boolean ok = expectedStatus.get(cc) == DownloadStatus.OK;
                assertThat(Files.exists(dir.resolve(cc.toLowerCase() + ".svg"))).as("%s's flag saved: %s", cc, ok).isEqualTo(ok);
            }
            assertThat(files()).as("no partial file").noneMatch(name -> name.endsWith(".part"));
        }
    }

    List<String> files() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    @Test
    void a_usage_error_exits_with_2() {
        Printed err = new Printed();
        int status = FlagsMain.run(new String[] {"-m", "0", "-o", dir.toString()}, new Printed().stream(),
                err.stream(), Flags3::downloadMany, 30, 1000);
        assertThat(status).isEqualTo(2);
        assertThat(err.text()).contains("-m/--max-req must be at least 1");
    }
}
