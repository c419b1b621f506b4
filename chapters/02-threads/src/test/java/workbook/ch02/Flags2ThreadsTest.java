package workbook.ch02;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
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

class Flags2ThreadsTest {

    @TempDir
    Path dir;

    @Test
    void the_flagship_downloads_the_20_flags_with_20_threads() {
        Printed out = new Printed();
        int status = FlagsMain.run(new String[] {"-o", dir.toString()}, out.stream(), System.err,
                Flags2Threads::downloadMany, Flags2Threads.MAX_THREADS, Flags2Threads.MAX_THREADS);
        assertThat(status).as("exit status").isZero();
        assertThat(out.text()).as("what ./workbook run 2 prints")
                .contains("20 concurrent connections will be used.", "20 flags downloaded.");
        assertThat(dir.toFile().list()).as("files saved").hasSize(20);
    }

    @Test
    void every_outcome_is_counted_though_threads_finish_at_once() throws Exception {
        try (FlagsServer server = FlagsServer.start(Mode.ERROR); HttpClient client = Http.newClient()) {
            List<String> codes = Countries.POP20.stream().sorted().toList();
            long failing = codes.stream().filter(cc -> server.behaviour(cc) != Behaviour.FLAG).count();
            Map<DownloadStatus, Long> counts = Flags2Threads.downloadMany(
                    new Job(codes, server.baseUrl(), dir, false, codes.size(), client, new Printed().stream()));
            assertThat(counts).as("outcomes of the 20 downloads from the ERROR server")
                    .containsEntry(DownloadStatus.OK, 20 - failing)
                    .containsEntry(DownloadStatus.ERROR, failing);
        }
    }

    @Test
    void the_downloads_run_at_the_same_time_so_they_finish_in_order_of_delay() throws Exception {
        assertThat(verboseLines(3)).as("with a thread each, the quickest answer is printed first")
                .containsExactly("US OK", "BR OK", "CN OK");
    }

    @Test
    void with_max_1_the_waves_are_one_flag_each() throws Exception {
        assertThat(verboseLines(1)).as("waves of one thread: one download after the other, in code order")
                .containsExactly("BR OK", "CN OK", "US OK");
    }

    /** Downloads BR, CN and US, {@code concurrency} at a time, from a server that answers US first and CN last. */
    private List<String> verboseLines(int concurrency) throws Exception {
        try (FlagsServer server = FlagsServer.builder()
                .delay("CN", Duration.ofMillis(600)).delay("BR", Duration.ofMillis(300)).start();
             HttpClient client = Http.newClient()) {
            Printed out = new Printed();
            Flags2Threads.downloadMany(
                    new Job(List.of("BR", "CN", "US"), server.baseUrl(), dir, true, concurrency, client, out.stream()));
            return out.text().lines().toList();
        }
    }
}
