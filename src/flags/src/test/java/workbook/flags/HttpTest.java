package workbook.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;

import org.junit.jupiter.api.Test;

class HttpTest {

    @Test
    void a_client_for_a_plain_http_server_fetches_flags() throws Exception {
        try (FlagsServer server = FlagsServer.start(Mode.LOCAL); HttpClient client = Http.newClient(server.baseUrl())) {
            assertThat(Http.getFlag(client, server.baseUrl(), "BR")).isEqualTo(Countries.flag("BR"));
        }
    }

    @Test
    void a_client_for_a_plain_http_server_refuses_tls_with_a_message() {
        try (HttpClient client = Http.newClient(URI.create("http://127.0.0.1/flags"))) {
            assertThatThrownBy(() -> Http.getFlag(client, URI.create("https://127.0.0.1:9/flags"), "BR"))
                    .as("its TLS context refuses: it was made for http:// only")
                    .hasStackTraceContaining("plain HTTP only");
        }
    }

    @Test
    void flag_addresses_are_lower_case_under_the_base() {
        assertThat(Http.flagUri(URI.create("http://h/flags"), "BR")).hasToString("http://h/flags/br/br.svg");
        assertThat(Http.flagUri(URI.create("http://h/flags/"), "br")).hasToString("http://h/flags/br/br.svg");
    }
}
