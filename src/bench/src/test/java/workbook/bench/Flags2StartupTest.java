package workbook.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class Flags2StartupTest {

    @Test
    void reads_the_elapsed_time_of_a_run_that_downloaded_every_flag() throws IOException {
        assertThat(Flags2Startup.elapsed("20 flags downloaded.\nElapsed time: 0.58s\n")).isEqualTo(0.58);
    }

    @Test
    void a_run_that_missed_a_flag_is_no_measure() {
        assertThatThrownBy(() -> Flags2Startup.elapsed("19 flags downloaded.\n1 error.\nElapsed time: 0.51s\n"))
                .as("a faster run that lost a flag must not win the best of three")
                .isInstanceOf(IOException.class).hasMessageContaining("did not download 20 flags");
    }

    @Test
    void gives_the_fresh_jvms_the_options_of_chapter_05s_pom() throws IOException {
        String root = System.getProperty("workbook.root");
        System.setProperty("workbook.root", "../..");
        try {
            assertThat(Flags2Startup.chapterOptions()).as("what ./workbook run 5 gives the chapter")
                    .contains("-XX:TieredStopAtLevel=1");
        } finally {
            if (root == null) {
                System.clearProperty("workbook.root");
            } else {
                System.setProperty("workbook.root", root);
            }
        }
    }
}
