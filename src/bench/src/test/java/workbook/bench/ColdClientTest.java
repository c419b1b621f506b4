package workbook.bench;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

import workbook.support.Printed;

class ColdClientTest {

    @Test
    void prints_a_time_and_a_class_count_for_each_step_that_the_harness_can_read() throws Exception {
        String printed = Printed.onSystem(() -> ColdClient.main(new String[] {"--warm-up"})).out();
        assertThat(ClientStartup.parse(printed).keySet())
                .as("one line per step, each ending in its milliseconds and classes loaded, read by ClientStartup")
                .containsExactly("warm-up (no request)", "the default SSLContext", "create the client (the rest)",
                        "first request (BR)", "second request (CN)", "third request (IN)");
    }
}
