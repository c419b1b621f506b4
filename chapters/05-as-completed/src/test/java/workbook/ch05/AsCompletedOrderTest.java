package workbook.ch05;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.util.List;

import org.junit.jupiter.api.Test;

import workbook.ch05.AsCompletedOrder.Finished;
import workbook.flags.FlagsServer;
import workbook.flags.Http;

class AsCompletedOrderTest {

    // tag::order[]
    @Test
    void downloads_finish_in_the_order_of_the_server_delays_not_of_submission() throws Exception {
        FlagsServer.Builder builder = FlagsServer.builder();
        AsCompletedOrder.DELAYS.forEach(builder::delay); // BR 600 ms, CN 900, IN 0, US 300
        try (FlagsServer server = builder.start(); HttpClient client = Http.newClient()) {
            List<String> submitted = List.copyOf(AsCompletedOrder.DELAYS.keySet());
            List<Finished> finished = AsCompletedOrder.completionOrder(client, server.baseUrl(), submitted);

            assertThat(submitted).containsExactly("BR", "CN", "IN", "US");
            assertThat(finished).extracting(Finished::cc).as("the order they finished: 0, 300, 600, 900 ms")
                    .containsExactly("IN", "US", "BR", "CN");
            assertThat(finished).as("none finished before the server answered")
                    .allMatch(f -> f.after().compareTo(AsCompletedOrder.DELAYS.get(f.cc())) >= 0);
        }
    }
    // end::order[]
}
