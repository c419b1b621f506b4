package workbook.ch01;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import workbook.flags.Countries;
import workbook.flags.FlagsServer;
import workbook.flags.FlagsServer.Behaviour;
import workbook.flags.Http;
import workbook.flags.Mode;
import workbook.support.Exercise;

@Exercise(id = "1.2", title = "Fetch one flag and classify the outcome", stub = FlagFetcher.class, hint = {
        """
        Which HTTP status is which outcome, and which exceptions are outcomes of the download rather than a \
        request to stop? The chapter's "Getting one flag" shows the request; the test also runs in a Turkish \
        locale, where lower-casing `IN` is a surprise.""",
        """
        Build an `HttpRequest` for the flag's address (the code, lower-cased with `Locale.ROOT`, as in \
        "Getting one flag") with the class's `TIMEOUT`, and send it with a byte-array body handler. The \
        status decides: 200 is `Found`, 404 is `NotFound`, anything else a `Failed` whose reason names the \
        status. An `IOException` (refused, reset, timed out) is a `Failed` too; an `InterruptedException` is \
        not an outcome: let it through.""" })
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
                .as("the ERROR server answers 500 for %s: any status but 200 and 404 is Failed(\"HTTP \" + status)", cc)
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

    @Test
    void a_turkish_default_locale_changes_nothing() throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr"));
        FlagFetcher.Fetched fetched;
        try {
            fetched = FlagFetcher.fetch(client, local.baseUrl(), "IN");
        } catch (IllegalArgumentException e) {
            fetched = new FlagFetcher.Failed(e.toString());
        } finally {
            Locale.setDefault(before);
        }
        assertThat(fetched).as("India's flag with a Turkish default locale, where \"IN\".toLowerCase() is \"\u0131n\" "
                + "(a dotless i): lower-case with Locale.ROOT, whatever the default locale")
                .isInstanceOf(FlagFetcher.Found.class);
    }

    @Test
    void a_server_that_never_answers_is_a_failure_after_the_request_timeout() throws Exception {
        // the kernel completes the connection and takes the request; nobody ever reads or answers it
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            URI baseUrl = URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/flags");
            Fetching fetch = new Fetching(() -> FlagFetcher.fetch(client, baseUrl, "BR"));
            try {
                assertThat(fetch.end(FlagFetcher.TIMEOUT.plusSeconds(10)))
                        .as("fetch from a server that accepts the request and never answers: without a request "
                                + "timeout (HttpRequest.Builder.timeout(TIMEOUT)) it waits for ever")
                        .isTrue();
                assertThat(fetch.outcome.get()).as("what fetch made of a request timeout")
                        .isEqualTo(new FlagFetcher.Failed("HttpTimeoutException"));
            } finally {
                fetch.stop();
            }
        }
    }

    @Test
    void an_interrupt_while_waiting_is_passed_on_not_a_failed_download() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            silent.setSoTimeout(10_000);
            URI baseUrl = URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/flags");
            Fetching fetch = new Fetching(() -> FlagFetcher.fetch(client, baseUrl, "BR"));
            try (Socket request = silent.accept()) {
                request.setSoTimeout(10_000);
                String requestLine = new BufferedReader(new InputStreamReader(request.getInputStream(),
                        StandardCharsets.US_ASCII)).readLine();
                assertThat(requestLine).as("the request fetch sent").startsWith("GET /flags/br/br.svg ");
                fetch.thread.interrupt(); // fetch is in send(), waiting for an answer that never comes
                assertThat(fetch.end(Duration.ofSeconds(10))).as("fetch to end after its thread was interrupted").isTrue();
                assertThat(fetch.outcome.get())
                        .as("an interrupt while fetch waits is a request to stop, not a failed download: fetch must "
                                + "throw InterruptedException, not return Failed")
                        .isInstanceOf(InterruptedException.class);
            } finally {
                fetch.stop();
            }
        }
    }

    /** A fetch on a thread of its own, which a test can interrupt and wait for with a limit. */
    private static final class Fetching {
        final AtomicReference<Object> outcome = new AtomicReference<>();
        final Thread thread;

        Fetching(Callable<FlagFetcher.Fetched> fetch) {
            thread = Thread.ofPlatform().name("fetch").start(() -> {
                try {
                    outcome.set(fetch.call());
                } catch (Exception e) {
                    outcome.set(e);
                }
            });
        }

        boolean end(Duration limit) throws InterruptedException {
            return thread.join(limit);
        }

        void stop() throws InterruptedException {
            thread.interrupt();
            thread.join(Duration.ofSeconds(10));
        }
    }
}
