package workbook.ch08;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workbook.flags.Countries;
import workbook.flags.FlagsMain;
import workbook.flags.FlagsMain.Job;
import workbook.flags.FlagsServer;
import workbook.flags.FlagsServer.Behaviour;
import workbook.flags.Http;
import workbook.flags.Mode;
import workbook.support.Bounded;
import workbook.support.Printed;

class Flags2VirtualTest {

    @TempDir
    Path output;

    private record Run(int status, String printed) {
    }

    /** Runs the downloader in this JVM, as {@code ./workbook run 8 ARGS} would. */
    private Run runWithStatus(String... args) {
        Printed out = new Printed();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("-o", output.toString()));
        int status = FlagsMain.run(all.toArray(String[]::new), out.stream(), out.stream(), Flags2Virtual::downloadMany,
                Flags2Virtual.DEFAULT_CONCUR_REQ, Flags2Virtual.MAX_CONCUR_REQ);
        return new Run(status, out.text());
    }

    private String run(String... args) {
        Run run = runWithStatus(args);
        assertThat(run.status()).as("exit status; the output was:%n%s", run.printed()).isZero();
        return run.printed();
    }

    private List<String> saved() throws IOException {
        try (Stream<Path> files = Files.list(output)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** How many of the 676 codes AA..ZZ the flags server knows. */
    private static long known() {
        return Countries.codes().stream().filter(cc -> cc.matches("[A-Z]{2}")).count();
    }

    // tag::max-in-flight[]
    @Test
    void every_code_with_m_100_keeps_100_requests_in_flight_and_never_more() throws Exception {
        try (CountingFlagsServer server = new CountingFlagsServer(100, Duration.ofMillis(50))) {
            String printed = run("-e", "-m", "100", "-s", server.baseUrl().toString());
            assertThat(printed).contains("Searching for 676 flags: from AA to ZZ",
                    "100 concurrent connections will be used.",
                    known() + " flags downloaded.", (676 - known()) + " not found.");
            assertThat(server.most()).as("the most requests the server saw in flight at once").isEqualTo(100);
        }
    }
    // end::max-in-flight[]

    @Test
    void with_m_1000_all_676_go_at_once_and_every_code_is_counted_once() throws Exception {
        try (FlagsServer server = FlagsServer.start(Mode.DELAY)) {
            String printed = run("-e", "-m", "1000", "-s", server.baseUrl().toString());
            assertThat(printed).contains("676 concurrent connections will be used.");
            // how many at once a machine can serve is for the benchmark (./workbook bench scale) to say; on a
            // busy one some of 676 requests at once may time out, and each must still be counted, once
            assertThat(count(printed, "flags? downloaded") + count(printed, "not found") + count(printed, "errors?"))
                    .as("flags downloaded, not found and failed: every code counted once, in%n%s", printed)
                    .isEqualTo(676);
            assertThat(saved()).as("a file per flag downloaded, no partial file")
                    .hasSize((int) count(printed, "flags? downloaded")).allMatch(name -> name.endsWith(".svg"));
        }
    }

    private static long count(String printed, String what) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) " + what + "\\.").matcher(printed);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    @Test
    void errors_resets_and_unknown_codes_are_counted_exactly_and_only_good_flags_are_saved() throws Exception {
        try (FlagsServer server = FlagsServer.start(Mode.ERROR)) {
            List<String> good = server.countries(Behaviour.FLAG).subList(0, 6);
            List<String> failing = server.countries(Behaviour.SERVER_ERROR).subList(0, 3);
            List<String> dropped = server.countries(Behaviour.CONNECTION_RESET).subList(0, 2);
            List<String> unknown = List.of("QQ", "ZZ");
            List<String> args = new ArrayList<>(List.of("-s", server.baseUrl().toString(), "-m", "1"));
            Stream.of(failing, dropped, good, unknown).forEach(args::addAll);

            String printed = run(args.toArray(String[]::new)); // with -m 1 a permit lost to a failure would hang it

            assertThat(printed).as("6 good, 2 unknown, 3 answered 500 and 2 dropped, one at a time")
                    .contains("1 connection will be used.", "6 flags downloaded.", "2 not found.", "5 errors.");
            assertThat(saved()).as("the files in the output directory: the good flags, and no partial file")
                    .containsExactlyElementsOf(good.stream().map(cc -> cc.toLowerCase() + ".svg").sorted().toList());
        }
    }

    @Test
    void an_unreachable_server_counts_every_flag_as_an_error_and_saves_nothing() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort(); // closed again below: nothing listens there
        }
        String printed = run("-s", "http://127.0.0.1:" + port + "/flags", "BR", "CN", "IN");
        assertThat(printed).contains("0 flags downloaded.", "3 errors.");
        assertThat(saved()).as("no file for a flag that never came").isEmpty();
    }

    @Test
    void usage_errors_exit_with_2_and_a_message_not_a_stack_trace() {
        Run zero = runWithStatus("-m", "0");
        assertThat(zero.status()).as("exit status of -m 0").isEqualTo(2);
        assertThat(zero.printed()).contains("-m/--max-req must be at least 1, not 0").doesNotContain("\tat ");
        Run badCode = runWithStatus("BR", "XYZ");
        assertThat(badCode.status()).as("exit status of a bad code").isEqualTo(2);
        assertThat(badCode.printed()).contains("invalid country code 'XYZ'").doesNotContain("\tat ");
    }

    @Test
    void an_interrupt_stops_the_downloads_and_leaves_no_thread_behind() throws Exception {
        try (FlagsServer server = FlagsServer.builder().mode(Mode.DELAY).delay(Duration.ofSeconds(30)).start();
             HttpClient client = Http.newClient(server.baseUrl())) {
            Job job = new Job(List.of("BR", "CN", "IN", "US"), server.baseUrl(), output, false, 2, client,
                    new Printed().stream());
            AtomicReference<Throwable> outcome = new AtomicReference<>();
            Thread caller = Thread.ofPlatform().name("caller").start(() -> {
                try {
                    outcome.set(new AssertionError("returned " + Flags2Virtual.downloadMany(job)));
                } catch (Throwable t) {
                    outcome.set(t);
                }
            });
            Bounded.until("2 requests at the server, as -m 2 allows", () -> server.requestsReceived() >= 2);
            caller.interrupt();
            Bounded.join(caller, "downloadMany to end once interrupted (it shuts its virtual threads down)");
            assertThat(outcome.get()).as("what downloadMany threw").isInstanceOf(InterruptedException.class);
            assertThat(saved()).as("nothing saved").isEmpty();
        }
    }
}
