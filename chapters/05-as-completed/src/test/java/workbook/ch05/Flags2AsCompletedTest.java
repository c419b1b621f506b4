package workbook.ch05;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workbook.flags.FlagsMain;
import workbook.flags.FlagsServer;
import workbook.flags.FlagsServer.Behaviour;
import workbook.flags.Mode;
import workbook.support.Printed;

class Flags2AsCompletedTest {

    @TempDir
    Path output;

    /** Runs the downloader in this JVM, as {@code ./workbook run 5 ARGS} would; returns what it printed. */
    private String run(String... args) {
        Printed out = new Printed();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("-o", output.toString()));
        int status = FlagsMain.run(all.toArray(String[]::new), out.stream(), out.stream(),
                Flags2AsCompleted::downloadMany,
                Flags2AsCompleted.DEFAULT_CONCUR_REQ, Flags2AsCompleted.MAX_CONCUR_REQ);
        assertThat(status).as("exit status; the output was:%n%s", out.text()).isZero();
        return out.text();
    }

    private List<String> saved() throws IOException {
        try (Stream<Path> files = Files.list(output)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    // tag::max-in-flight[]
    @Test
    void with_m_5_never_more_than_5_requests_are_in_flight() throws Exception {
        try (CountingFlagsServer server = new CountingFlagsServer(5, Duration.ofMillis(50))) {
            String printed = run("-s", server.baseUrl().toString(), "-m", "5");
            assertThat(printed).contains("5 concurrent connections will be used.", "20 flags downloaded.");
            assertThat(server.most()).as("the most requests the server saw in flight at once").isEqualTo(5);
        }
    }
    // end::max-in-flight[]

    @Test
    void by_default_30_requests_may_be_in_flight_but_20_flags_need_only_20() throws Exception {
        try (CountingFlagsServer server = new CountingFlagsServer(20, Duration.ofMillis(50))) {
            String printed = run("-s", server.baseUrl().toString());
            assertThat(printed).contains("20 concurrent connections will be used.", "20 flags downloaded.");
            assertThat(server.most()).as("all 20 at once").isEqualTo(20);
        }
    }

    @Test
    void errors_and_unknown_codes_are_counted_exactly_and_only_good_flags_are_saved() throws Exception {
        try (FlagsServer server = FlagsServer.start(Mode.ERROR)) {
            List<String> good = server.countries(Behaviour.FLAG).subList(0, 6);
            List<String> failing = server.countries(Behaviour.SERVER_ERROR).subList(0, 3);
            List<String> dropped = server.countries(Behaviour.CONNECTION_RESET).subList(0, 2);
            List<String> unknown = List.of("QQ", "ZZ");
            assertThat(unknown).as("codes the server has no flag for").allMatch(cc -> server.behaviour(cc) == null);
            List<String> args = new ArrayList<>(List.of("-s", server.baseUrl().toString()));
            Stream.of(good, failing, dropped, unknown).forEach(args::addAll);

            String printed = run(args.toArray(String[]::new));

            assertThat(printed).as("6 good, 2 unknown, 3 answered 500 and 2 dropped")
                    .contains("6 flags downloaded.", "2 not found.", "5 errors.");
            assertThat(saved()).as("the files in the output directory: the good flags, and no partial file")
                    .containsExactlyElementsOf(good.stream().map(cc -> cc.toLowerCase() + ".svg").sorted().toList());
        }
    }

    // tag::no-escapes[]
    @Test
    void output_that_is_not_a_terminal_gets_plain_lines_without_control_characters() throws Exception {
        Path log = output.resolve("log.txt");
        Path flags = Files.createDirectory(output.resolve("flags"));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Flags2AsCompleted.class.getName(), "-o", flags.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start(); // like ... > log.txt
        try {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the downloader to end within 60 s").isTrue();
            String printed = Files.readString(log);
            assertThat(process.exitValue()).as("exit status; it printed:%n%s", printed).isZero();
            assertThat(printed).as("the progress, a line at a time").contains(" 50% 10/20 [", "100% 20/20 [")
                    .contains("20 flags downloaded.")
                    .as("no carriage return, no ANSI escape: this output is a file, not a terminal")
                    .doesNotContain("\r", "\u001b");
        } finally {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
    // end::no-escapes[]
}
