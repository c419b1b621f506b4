package workbook.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.Test;

import workbook.flags.FlagsServer.Behaviour;
import workbook.support.Bounded;

class FlagsServerTest {

    @Test
    void serves_every_country_with_the_bytes_of_its_flag() throws Exception {
        try (FlagsServer server = FlagsServer.start(Mode.LOCAL); HttpClient client = Http.newClient()) {
            assertThat(server.baseUrl().toString()).startsWith("http://127.0.0.1:").endsWith("/flags");
            assertThat(Countries.codes()).hasSizeGreaterThan(240).containsAll(Countries.POP20);
            for (String cc : Countries.POP20) {
                assertThat(Http.getFlag(client, server.baseUrl(), cc)).as(cc).isEqualTo(Countries.flag(cc));
            }
        }
    }

    @Test
    void answers_404_for_an_unknown_code_or_path() throws Exception {
        try (FlagsServer server = FlagsServer.start(Mode.LOCAL); HttpClient client = Http.newClient()) {
            assertThatIOException().isThrownBy(() -> Http.getFlag(client, server.baseUrl(), "QQ"))
                    .isInstanceOfSatisfying(Http.HttpStatusException.class, e -> assertThat(e.status()).isEqualTo(404));
            assertThat(server.behaviour("QQ")).isNull();
        }
    }

    @Test
    void listens_on_loopback_only() throws Exception {
        try (FlagsServer server = FlagsServer.start(Mode.LOCAL)) {
            try (Socket loopback = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                assertThat(loopback.isConnected()).isTrue();
            }
            InetAddress other = InetAddress.getLocalHost();
            if (!other.isLoopbackAddress()) {
                assertThatIOException().as("no connection on %s, which is not loopback", other)
                        .isThrownBy(() -> new Socket(other, server.port()).close());
            }
        }
    }

    @Test
    void the_error_mode_fails_a_fixed_quarter_of_the_countries() throws Exception {
        try (FlagsServer server = FlagsServer.start(Mode.ERROR); HttpClient client = Http.newClient()) {
            int all = Countries.codes().size();
            int failing = server.countries(Behaviour.SERVER_ERROR).size() + server.countries(Behaviour.CONNECTION_RESET).size();
            assertThat(failing).as("about a quarter of %d", all).isBetween(all / 6, all / 3);
            assertThat(server.countries(Behaviour.CONNECTION_RESET)).isNotEmpty();
            String error = server.countries(Behaviour.SERVER_ERROR).getFirst();
            assertThatIOException().isThrownBy(() -> Http.getFlag(client, server.baseUrl(), error))
                    .isInstanceOfSatisfying(Http.HttpStatusException.class, e -> assertThat(e.status()).isEqualTo(500));
            String reset = server.countries(Behaviour.CONNECTION_RESET).getFirst();
            assertThatIOException().isThrownBy(() -> Http.getFlag(client, server.baseUrl(), reset))
                    .isNotInstanceOf(Http.HttpStatusException.class);
        }
    }

    @Test
    void per_country_delays_decide_the_order_in_which_answers_arrive() throws Exception {
        List<String> slowestFirst = List.of("BR", "CN", "IN", "US");
        FlagsServer.Builder builder = FlagsServer.builder();
        for (int i = 0; i < slowestFirst.size(); i++) {
            // half a second apart: the four requests reach the server at slightly different moments
            // (each opens its own connection), and on a busy machine those moments spread over a
            // hundred milliseconds and more, which swapped answers that were only 100 ms apart
            builder.delay(slowestFirst.get(i), Duration.ofMillis(2000 - 500 * i));
        }
        try (FlagsServer server = builder.start(); HttpClient client = Http.newClient()) {
            ConcurrentLinkedQueue<String> arrived = new ConcurrentLinkedQueue<>();
            List<CompletableFuture<Void>> all = new ArrayList<>();
            for (String cc : slowestFirst) {
                // sendAsync, not getFlag on a pool: all four must be in flight at once, whatever the cores
                HttpRequest request = HttpRequest.newBuilder(Http.flagUri(server.baseUrl(), cc))
                        .timeout(Http.REQUEST_TIMEOUT).build();
                all.add(client.sendAsync(request, BodyHandlers.discarding()).thenAccept(response -> {
                    assertThat(response.statusCode()).as(cc).isEqualTo(200);
                    arrived.add(cc);
                }));
            }
            Bounded.get(CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)), "four delayed downloads");
            assertThat(arrived).as("sent slowest first, answered fastest first").containsExactly("US", "IN", "CN", "BR");
        }
    }

    @Test
    void closing_does_not_wait_for_answers_still_delayed() throws Exception {
        HttpClient client = Http.newClient();
        // closed here too if the test fails before its own close(); closing again is a no-op
        try (FlagsServer server = FlagsServer.builder().delay(Duration.ofSeconds(60)).start()) {
            CompletableFuture<?> pending = client.sendAsync(
                    HttpRequest.newBuilder(Http.flagUri(server.baseUrl(), "BR")).build(), BodyHandlers.discarding());
            Bounded.until("the request to reach the server", () -> server.requestsReceived() == 1);
            assertThat(pending).as("waiting out its 60 s delay").isNotDone();
            Bounded.get(CompletableFuture.runAsync(server::close), Duration.ofSeconds(20),
                    "close() to return while an answer still waits out its 60 s delay");
        } finally {
            client.shutdownNow(); // the pending request may still wait for a connection the server dropped
        }
        // and NoLeaks checks that no server thread outlives the class
    }

    @Test
    void serves_each_countrys_name_beside_its_flag() throws Exception {
        try (FlagsServer server = FlagsServer.start(Mode.LOCAL); HttpClient client = Http.newClient()) {
            assertThat(Http.getCountry(client, server.baseUrl(), "BR")).isEqualTo("Brazil");
            assertThat(Http.getCountry(client, server.baseUrl(), "ax")).as("lower case works too").isEqualTo("Aland Islands");
            for (String cc : Countries.POP20) {
                assertThat(Http.getCountry(client, server.baseUrl(), cc)).as(cc).isEqualTo(Countries.name(cc));
            }
            assertThatIOException().isThrownBy(() -> Http.getCountry(client, server.baseUrl(), "QQ"))
                    .isInstanceOfSatisfying(Http.HttpStatusException.class, e -> assertThat(e.status()).isEqualTo(404));
        }
    }

    @Test
    void the_metadata_has_its_own_error_and_delay() throws Exception {
        HttpClient client = Http.newClient();
        try (FlagsServer server = FlagsServer.builder().metadataError("BR").metadataDelay("CN", Duration.ofSeconds(60)).start()) {
            assertThatIOException().as("BR's metadata fails")
                    .isThrownBy(() -> Http.getCountry(client, server.baseUrl(), "BR"))
                    .isInstanceOfSatisfying(Http.HttpStatusException.class, e -> assertThat(e.status()).isEqualTo(500));
            assertThat(Http.getFlag(client, server.baseUrl(), "BR")).as("BR's flag does not").isEqualTo(Countries.flag("BR"));
            assertThat(Http.getFlag(client, server.baseUrl(), "CN")).as("CN's flag is not delayed with its metadata")
                    .isEqualTo(Countries.flag("CN"));
            CompletableFuture<?> pending = client.sendAsync(
                    HttpRequest.newBuilder(Http.metadataUri(server.baseUrl(), "CN")).build(), BodyHandlers.discarding());
            Bounded.until("the request for CN's metadata to reach the server", () -> server.requestsReceived() == 4);
            assertThat(pending).as("CN's metadata waits out its 60 s delay").isNotDone();
            assertThat(server.countries(FlagsServer.Metadata.SERVER_ERROR)).containsExactly("BR");
        } finally {
            client.shutdownNow(); // the pending request may still wait for a connection the server dropped
        }
    }

    @Test
    void the_error_mode_fails_or_slows_the_metadata_of_other_countries() throws Exception {
        try (FlagsServer server = FlagsServer.start(Mode.ERROR); HttpClient client = Http.newClient()) {
            int all = Countries.codes().size();
            List<String> failing = server.countries(FlagsServer.Metadata.SERVER_ERROR);
            List<String> slow = server.countries(FlagsServer.Metadata.SLOW);
            assertThat(failing).as("about a tenth of %d fail their metadata", all).hasSizeBetween(all / 20, all / 5);
            assertThat(slow).as("about a tenth of %d are slow", all).hasSizeBetween(all / 20, all / 5);
            assertThatIOException().isThrownBy(() -> Http.getCountry(client, server.baseUrl(), failing.getFirst()))
                    .isInstanceOfSatisfying(Http.HttpStatusException.class, e -> assertThat(e.status()).isEqualTo(500));
            assertThat(FlagsServer.start(Mode.LOCAL)).satisfies(local -> {
                try (local) {
                    assertThat(local.countries(FlagsServer.Metadata.NAME)).as("LOCAL: every name is served")
                            .hasSize(all);
                }
            });
        }
    }

}
