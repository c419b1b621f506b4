package workbook.ch06;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workbook.flags.FlagsMain;
import workbook.support.Printed;

class WaitDemoTest {

    @TempDir
    Path output;

    String run(Duration timeout, String... args) {
        Printed out = new Printed();
        Printed err = new Printed();
        String[] all = new String[args.length + 2];
        all[0] = "-o";
        all[1] = output.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int status = FlagsMain.run(all, out.stream(), err.stream(),
                job -> WaitDemo.downloadMany(job, timeout), 30, 1000);
        assertThat(status).as("exit status; stderr: %s", err.text()).isZero();
        return out.text();
    }

    @Test
    void it_downloads_the_20_flags_and_reports_progress_until_nothing_is_left() {
        String out = run(WaitDemo.TIMEOUT);
        assertThat(out).as("the final report").contains("20 flags downloaded.");
        assertThat(out).as("the last progress line: every download done").contains("20 done,  0 not done");
        assertThat(output.toFile().list()).as("the saved flags").hasSize(20);
    }

    @Test
    void failed_downloads_are_done_too() {
        String out = run(WaitDemo.TIMEOUT, "-s", "ERROR");
        assertThat(out).as("the ERROR server fails some of the 20: they count as done")
                .contains("20 done,  0 not done").contains("errors.");
    }

    @Test
    void at_the_timeout_it_gives_up_and_counts_the_rest_as_errors() {
        String out = run(Duration.ofMillis(100), "-s", "DELAY", "-m", "4");
        assertThat(out).as("the DELAY server takes 500 ms a flag: none is done after 100 ms")
                .contains("gave up after 100 ms: 20 not done").contains("20 errors.");
    }
}
