package workbook.ch01;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import workbook.flags.Countries;
import workbook.flags.FlagsServer;
import workbook.flags.FlagsServer.Behaviour;
import workbook.flags.Http;
import workbook.flags.Mode;
import workbook.support.Exercise;

// tag::exercise[]
@Exercise(id = "1.2", title = "Fetch one flag and classify the outcome", stub = FlagFetcher.class, hint = """
        Build an HttpRequest for baseUrl + "/" + cc + "/" + cc + ".svg" (lower case) with .timeout(TIMEOUT), \
        send it with BodyHandlers.ofByteArray(), then switch on statusCode(): 200 is Found, 404 is NotFound, \
        anything else Failed("HTTP " + status). Catch IOException (refused, reset) as Failed too, but let \
        InterruptedException through.""")
// end::exercise[]
class FlagFetcherTest {

    static FlagsServer local;
    static FlagsServer failing;
    static HttpClient client;

    @BeforeAll
    static void start() {
        local = FlagsServer.start(Mode.LOCAL);
        failing = FlagsServer.start(Mode.ERROR);
        client = Http.newClient();
    }

    @AfterAll
    static void stop() {
        client.close();
        local.close();
        failing.close();
    }

    @Test
    void a_known_country_is_found_with_the_bytes_the_server_sent() throws Exception {
        FlagFetcher.Fetched fetched = FlagFetcher.fetch(client, local.baseUrl(), "BR");
        assertThat(fetched).as("GET %s/br/br.svg answers 200", local.baseUrl()).isInstanceOf(FlagFetcher.Found.class);
        assertThat(((FlagFetcher.Found) fetched).svg()).as("the body, byte for byte").isEqualTo(Countries.flag("BR"));
    }

    @Test
    void the_code_goes_into_the_url_in_lower_case() throws Exception {
        assertThat(FlagFetcher.fetch(client, local.baseUrl(), "br"))
                .as("'br' and 'BR' name the same flag").isInstanceOf(FlagFetcher.Found.class);
    }

    @Test
    void an_unknown_country_is_not_found_and_says_where_it_looked() throws Exception {
        FlagFetcher.Fetched fetched = FlagFetcher.fetch(client, local.baseUrl(), "QQ");
        assertThat(fetched).as("the server answers 404 for QQ").isInstanceOf(FlagFetcher.NotFound.class);
        assertThat(((FlagFetcher.NotFound) fetched).uri())
                .as("NotFound carries the address that was asked for")
                .isEqualTo(URI.create(local.baseUrl() + "/qq/qq.svg"));
    }

    @Test
    void a_server_error_is_a_failure_naming_the_status() throws Exception {
        String cc = failing.countries(Behaviour.SERVER_ERROR).getFirst();
        assertThat(FlagFetcher.fetch(client, failing.baseUrl(), cc))
                .as("the ERROR server answers 500 for %s", cc)
                .isEqualTo(new FlagFetcher.Failed("HTTP 500"));
    }

    @Test
    void a_dropped_connection_is_a_failure_not_an_exception() throws Exception {
        String cc = failing.countries(Behaviour.CONNECTION_RESET).getFirst();
        assertThat(FlagFetcher.fetch(client, failing.baseUrl(), cc))
                .as("the ERROR server drops the connection for %s: catch the IOException", cc)
                .isInstanceOf(FlagFetcher.Failed.class);
    }

    @Test
    void a_server_that_is_not_there_is_a_failure() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort(); // free once closed: nothing listens there
        }
        FlagFetcher.Fetched fetched = FlagFetcher.fetch(client, URI.create("http://127.0.0.1:" + port + "/flags"), "BR");
        assertThat(fetched).as("connection refused: a Failed whose reason names the exception")
                .isEqualTo(new FlagFetcher.Failed("ConnectException"));
    }
}
