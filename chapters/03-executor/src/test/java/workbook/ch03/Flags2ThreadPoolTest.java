package workbook.ch03;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

class Flags2ThreadPoolTest {

    @TempDir
    Path dir;

    @Test
    void the_command_line_downloads_the_20_flags_with_one_thread_each() {
        Printed out = new Printed();
        int status = FlagsMain.run(new String[] {"-o", dir.toString()}, out.stream(), System.err,
                Flags2ThreadPool::downloadMany, Flags2ThreadPool.DEFAULT_CONCUR_REQ, Flags2ThreadPool.MAX_CONCUR_REQ);
        String report = out.text();
        assertThat(status).as("exit status; the report was:%n%s", report).isZero();
        assertThat(report).as("the report").contains("20 concurrent connections will be used.", "20 flags downloaded.");
    }

    @Test
    void counts_flags_errors_and_unknown_codes() throws Exception {
        List<String> codes = new ArrayList<>(Countries.POP20);
        codes.add("QQ");
        codes.sort(null);
        try (FlagsServer server = FlagsServer.start(Mode.ERROR);
             HttpClient client = Http.newClient()) {
            Map<DownloadStatus, Long> counts = Flags2ThreadPool.downloadMany(
                    new Job(codes, server.baseUrl(), dir, false, 8, client, new Printed().stream()));
            long served = Countries.POP20.stream().filter(cc -> server.behaviour(cc) == Behaviour.FLAG).count();
            assertThat(counts).as("the tally on the ERROR server, which fails a fixed quarter of the countries")
                    .containsEntry(DownloadStatus.OK, served)
                    .containsEntry(DownloadStatus.NOT_FOUND, 1L)
                    .containsEntry(DownloadStatus.ERROR, 20 - served);
        }
    }

    @Test
    void downloads_run_at_the_same_time() throws Exception {
        // BR comes first in the codes, but its answer is a second late: on a pool, CN finishes first
        Printed lines = new Printed();
        try (FlagsServer server = FlagsServer.builder().delay("BR", Duration.ofSeconds(1)).start();
             HttpClient client = Http.newClient()) {
            Flags2ThreadPool.downloadMany(
                    new Job(List.of("BR", "CN"), server.baseUrl(), dir, true, 2, client, lines.stream()));
        }
        assertThat(lines.text().lines().toList())
                .as("verbose lines, printed as each download ends: one at a time, BR would come first")
                .containsExactly("CN OK", "BR OK");
    }
}
