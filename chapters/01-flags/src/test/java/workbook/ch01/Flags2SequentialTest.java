package workbook.ch01;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workbook.flags.FlagsMain;
import workbook.flags.FlagsServer;
import workbook.flags.FlagsServer.Behaviour;
import workbook.flags.Mode;
import workbook.support.Printed;

/** The sequential downloader end to end, through the command line every downloader shares. */
class Flags2SequentialTest {

    @TempDir
    Path out;

    private final Printed stdout = new Printed();
    private Printed stderr = new Printed();

    private int run(String... args) {
        return FlagsMain.run(args, stdout.stream(), stderr.stream(), Flags2Sequential::downloadMany, 1, 1);
    }

    private String output() {
        return stdout.text();
    }

    @Test
    void downloads_the_20_most_populous_countries_from_the_embedded_server() throws IOException {
        assertThat(run("-o", out.toString())).as("exit status").isZero();
        assertThat(output()).contains("20 flags downloaded.").doesNotContain("error");
        try (Stream<Path> files = Files.list(out)) {
            List<Path> saved = files.toList();
            assertThat(saved).hasSize(20);
            for (Path f : saved) {
                assertThat(Files.readString(f)).as("%s is an SVG document", f.getFileName()).contains("<svg");
            }
        }
    }

    @Test
    void saves_exactly_the_bytes_another_server_sends(@TempDir Path site) throws IOException {
        for (String cc : List.of("br", "cn", "in")) {
            Files.createDirectories(site.resolve("flags/" + cc));
            Files.writeString(site.resolve("flags/" + cc + "/" + cc + ".svg"), "<svg>not the real " + cc + "</svg>");
        }
        HttpServer server = SimpleFileServer.createFileServer(new InetSocketAddress("127.0.0.1", 0), site,
                SimpleFileServer.OutputLevel.NONE);
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/flags";
            assertThat(run("-s", base, "-o", out.toString(), "BR", "CN", "IN", "US")).isZero();
        } finally {
            server.stop(0);
        }
        assertThat(output()).contains("3 flags downloaded.", "1 not found.");
        assertThat(out.resolve("br.svg")).hasContent("<svg>not the real br</svg>");
        assertThat(out.resolve("us.svg")).as("no file for a flag the server does not have").doesNotExist();
    }

    @Test
    void counts_every_outcome_of_the_error_server_and_saves_only_the_good_flags() throws IOException {
        List<String> codes = List.of("AD", "BW", "BR", "CN", "JP", "QQ", "ZZ");
        try (FlagsServer probe = FlagsServer.start(Mode.ERROR)) {
            assertThat(codes.stream().map(probe::behaviour)).as("the codes cover every behaviour")
                    .contains(Behaviour.FLAG, Behaviour.SERVER_ERROR, Behaviour.CONNECTION_RESET, null);
            long good = codes.stream().filter(cc -> probe.behaviour(cc) == Behaviour.FLAG).count();
            long unknown = codes.stream().filter(cc -> probe.behaviour(cc) == null).count();
            assertThat(run(Stream.concat(Stream.of("-s", "ERROR", "-v", "-o", out.toString()), codes.stream())
                    .toArray(String[]::new))).isZero();
            assertThat(output()).contains(good + " flags downloaded.", unknown + " not found.",
                    (codes.size() - good - unknown) + " errors.");
            try (Stream<Path> files = Files.list(out)) {
                assertThat(files.map(f -> f.getFileName().toString().substring(0, 2).toUpperCase()))
                        .containsExactlyInAnyOrderElementsOf(
                                codes.stream().filter(cc -> probe.behaviour(cc) == Behaviour.FLAG).toList());
            }
        }
    }

    @Test
    void an_unreachable_server_counts_every_flag_as_an_error_and_leaves_no_file() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        assertThat(run("-s", "http://127.0.0.1:" + port + "/flags", "-o", out.toString(), "-l", "3")).isZero();
        assertThat(output()).contains("0 flags downloaded.", "3 errors.");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).as("nothing saved, not even a temporary file").isEmpty();
        }
    }

    @Test
    void bad_input_prints_a_usage_message_and_exits_2_without_a_stack_trace() {
        for (String[] args : List.of(new String[] {"XYZ"}, new String[] {"-l", "0"}, new String[] {"-m", "0"},
                new String[] {"-s", "NOWHERE"}, new String[] {"-l", "many"})) {
            stderr = new Printed();
            assertThat(run(args)).as("exit status for %s", List.of(args)).isEqualTo(2);
            assertThat(stderr.text()).as("error output for %s", List.of(args))
                    .contains("Usage: flags").doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void version_names_the_program_and_the_java_it_runs_on() {
        assertThat(run("--version")).isZero();
        assertThat(output().strip()).isEqualTo("flags, a Java concurrency workbook, on Java " + System.getProperty("java.version"));
    }
}
