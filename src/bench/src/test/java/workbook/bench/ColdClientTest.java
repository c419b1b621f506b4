package workbook.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ColdClientTest {

    @Test
    void prints_a_time_and_a_class_count_for_each_step_that_the_harness_can_read() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            ColdClient.main(new String[] {"--warm-up"});
        } finally {
            System.setOut(stdout);
        }
        assertThat(ClientStartup.parse(printed.toString(StandardCharsets.UTF_8)).keySet())
                .as("one line per step, each ending in its milliseconds and classes loaded, read by ClientStartup")
                .containsExactly("warm-up (no request)", "the default SSLContext", "create the client (the rest)",
                        "first request (BR)", "second request (CN)", "third request (IN)");
    }
}
