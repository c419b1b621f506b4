package workbook.flags;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * An HTTP server, embedded in the JVM and bound to 127.0.0.1 on a free port, that serves the flag of
 * every country in {@link Countries} at {@code GET {baseUrl}/{cc}/{cc}.svg} (lower-case code), its
 * metadata beside it at {@code GET {baseUrl}/{cc}/metadata.json} ({@code {"cc": "BR", "country":
 * "Brazil"}}, as Fluent Python's {@code flags3} examples read it), and answers 404 for anything else.
 *
 * <p>It plays the three servers of Fluent Python's flags examples ({@link Mode}), and can delay each
 * country by its own amount so that the order in which downloads finish is known in advance. Delays
 * are served asynchronously: a waiting response holds no server thread, so thousands of concurrent
 * requests all wait in parallel.
 *
 * <pre>{@code
 * try (FlagsServer server = FlagsServer.start(Mode.LOCAL)) {
 *     URI flags = server.baseUrl();               // http://127.0.0.1:PORT/flags
 *     ...
 * }
 *
 * try (FlagsServer server = FlagsServer.builder()
 *         .delay("BR", Duration.ofMillis(300))     // BR finishes last
 *         .delay("CN", Duration.ofMillis(100))
 *         .start()) { ... }
 * }</pre>
 */
public final class FlagsServer implements AutoCloseable {

    /** The delay of {@link Mode#DELAY} when none is given: half a second, as in Fluent Python. */
    public static final Duration DEFAULT_DELAY = Duration.ofMillis(500);

    /** The share of countries that fail in {@link Mode#ERROR}. */
    public static final double ERROR_SHARE = 0.25;

    /**
     * How long the metadata of a country chosen as slow by {@link Mode#ERROR} waits: longer than any
     * sensible timeout for one step.
     */
    public static final Duration SLOW_METADATA = Duration.ofSeconds(10);

    /** What the server does for one country. */
    public enum Behaviour {
        /** Sends the flag. */
        FLAG,
        /** Answers HTTP 500. */
        SERVER_ERROR,
        /** Drops the connection without an answer. */
        CONNECTION_RESET
    }

    /** What the server does for one country's metadata. */
    public enum Metadata {
        /** Sends the country's name. */
        NAME,
        /** Answers HTTP 500. */
        SERVER_ERROR,
        /** Sends the name after {@link #SLOW_METADATA}. */
        SLOW
    }

    private final WireMockServer wireMock;
    private final Mode mode;
    private final Map<String, Behaviour> behaviours;
    private final Map<String, Metadata> metadata;
    private final LongAdder received = new LongAdder();

    private FlagsServer(Builder builder) {
        this.mode = builder.mode;
        this.behaviours = new HashMap<>();
        for (String cc : Countries.codes()) {
            behaviours.put(cc, mode == Mode.ERROR ? errorBehaviour(cc) : Behaviour.FLAG);
        }
        Duration delay = builder.delay != null ? builder.delay : mode == Mode.DELAY ? DEFAULT_DELAY : Duration.ZERO;
        Map<String, ResponseDefinition> answers = new HashMap<>();
        for (String cc : Countries.codes()) {
            ResponseDefinitionBuilder response = switch (behaviours.get(cc)) {
                case FLAG -> aResponse().withStatus(200)
                        .withHeader("Content-Type", "image/svg+xml")
                        .withBody(Countries.flag(cc));
                case SERVER_ERROR -> aResponse().withStatus(500).withBody("Internal Server Error");
                case CONNECTION_RESET -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
            };
            String lower = cc.toLowerCase();
            answers.put("/flags/" + lower + "/" + lower + ".svg",
                    response.withFixedDelay((int) builder.delays.getOrDefault(cc, delay).toMillis()).build());
        }
        // the metadata: its own delays and failures; the flag's delay unless told otherwise
        this.metadata = new HashMap<>();
        for (String cc : Countries.codes()) {
            Metadata what = builder.metadataErrors.contains(cc) ? Metadata.SERVER_ERROR
                    : builder.metadataDelays.containsKey(cc) || mode != Mode.ERROR ? Metadata.NAME : errorMetadata(cc);
            metadata.put(cc, what);
            Duration wait = builder.metadataDelays.getOrDefault(cc, what == Metadata.SLOW ? SLOW_METADATA
                    : builder.metadataDelay != null ? builder.metadataDelay : builder.delays.getOrDefault(cc, delay));
            ResponseDefinitionBuilder response = what == Metadata.SERVER_ERROR
                    ? aResponse().withStatus(500).withBody("Internal Server Error")
                    : aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(metadataOf(cc));
            answers.put("/flags/" + cc.toLowerCase() + "/metadata.json", response.withFixedDelay((int) wait.toMillis()).build());
        }
        ResponseDefinition notFound = aResponse().withStatus(404).withBody("Not Found")
                .withFixedDelay((int) delay.toMillis()).build();
        // One stub and a lookup by path: WireMock matches a request against every stub in turn, which
        // with one stub per country made the matching, not the network, the server's bottleneck.
        ResponseDefinitionTransformerV2 byPath = new ResponseDefinitionTransformerV2() {
            @Override
            public ResponseDefinition transform(ServeEvent event) {
                received.increment();
                return answers.getOrDefault(event.getRequest().getUrl(), notFound);
            }

            @Override
            public String getName() {
                return "flags-by-path";
            }
        };
        wireMock = new WireMockServer(wireMockConfig()
                .bindAddress("127.0.0.1")
                .port(builder.port)
                .http2PlainDisabled(true)
                .asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(4)
                // few threads: delays hold none, and on 2 cores more threads only take turns
                // (2000 requests at 200 ms: best 1.38x the delay with 10 threads, 1.48x with 16)
                .containerThreads(10)
                .jettyAcceptQueueSize(4096)
                .disableRequestJournal()
                .templatingEnabled(false)
                .stubCorsEnabled(false)
                .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER)
                .notifier(new ConsoleNotifier(false))
                .httpServerFactory(FlagsServer::jettyThatStopsPendingDelays)
                .extensions(byPath));
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse()));
        wireMock.start();
    }

    /** Starts a server in {@code mode} on a free port. */
    public static FlagsServer start(Mode mode) {
        return builder().mode(mode).start();
    }

    /** A builder for a server with its own delays. */
    public static Builder builder() {
        return new Builder();
    }

    /** The base URL of the flags, such as {@code http://127.0.0.1:41234/flags}, without a trailing slash. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + wireMock.port() + "/flags");
    }

    /** The port the server listens on, on 127.0.0.1. */
    public int port() {
        return wireMock.port();
    }

    /** How many requests the server has received so far, answered or still waiting out their delay. */
    public long requestsReceived() {
        return received.sum();
    }

    /** The mode the server was started in. */
    public Mode mode() {
        return mode;
    }

    /** What the server does for {@code cc}; {@code null} if it has no such country (it answers 404). */
    public Behaviour behaviour(String cc) {
        return behaviours.get(cc.toUpperCase());
    }

    /** The countries for which the server behaves as given, sorted. */
    public List<String> countries(Behaviour behaviour) {
        return behaviours.entrySet().stream().filter(e -> e.getValue() == behaviour)
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** The countries whose metadata the server treats as given, sorted. */
    public List<String> countries(Metadata what) {
        return metadata.entrySet().stream().filter(e -> e.getValue() == what)
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** Stops the server and its threads. */
    @Override
    public void close() {
        wireMock.stop();
    }

    /**
     * WireMock's Jetty server, except that stopping it also cancels the answers still waiting out their
     * delays: left to itself it lets them finish, so a closed server kept a thread alive for as long as
     * its longest delay.
     */
    private static HttpServer jettyThatStopsPendingDelays(Options options, AdminRequestHandler admin,
                                                          StubRequestHandler stubs) {
        return new Jetty11HttpServer(options, admin, stubs) {
            @Override
            public void stop() {
                // first the delays, or Jetty's stop can wait for an answer that waits for its delay
                if (scheduledExecutorService != null) {
                    scheduledExecutorService.shutdownNow();
                }
                super.stop();
            }
        };
    }

    /**
     * A fixed quarter of the countries fail, chosen by a hash of the code so that every run and every
     * test sees the same ones; one in five of those drops the connection instead of answering 500.
     */
    private static Behaviour errorBehaviour(String cc) {
        int h = Math.floorMod(cc.hashCode() * 0x9E3779B1, 1000);
        if (h >= ERROR_SHARE * 1000) {
            return Behaviour.FLAG;
        }
        return h % 5 == 0 ? Behaviour.CONNECTION_RESET : Behaviour.SERVER_ERROR;
    }

    /** The metadata the server sends for {@code cc}: {@code {"cc": "BR", "country": "Brazil"}}. */
    static String metadataOf(String cc) {
        String name = Countries.name(cc).replace("\\", "\\\\").replace("\"", "\\\"");
        return "{\"cc\": \"" + cc + "\", \"country\": \"" + name + "\"}";
    }

    /**
     * In {@link Mode#ERROR}, a fixed tenth of the countries fail their metadata and another tenth are
     * slow, chosen by another hash than the flags' so that the two kinds of failure meet at random.
     */
    private static Metadata errorMetadata(String cc) {
        int h = Math.floorMod(cc.hashCode() * 0x2545F491, 1000);
        return h < 100 ? Metadata.SERVER_ERROR : h < 200 ? Metadata.SLOW : Metadata.NAME;
    }

    /** Configures a {@link FlagsServer}; every setting is optional. */
    public static final class Builder {
        private Mode mode = Mode.LOCAL;
        private Duration delay;
        private int port;
        private final Map<String, Duration> delays = new HashMap<>();
        private Duration metadataDelay;
        private final Map<String, Duration> metadataDelays = new HashMap<>();
        private final Set<String> metadataErrors = new HashSet<>();

        private Builder() {
        }

        /** The server's mode; {@link Mode#LOCAL} by default. */
        public Builder mode(Mode mode) {
            this.mode = Objects.requireNonNull(mode);
            return this;
        }

        /** The delay of every answer, overriding the mode's. */
        public Builder delay(Duration delay) {
            this.delay = requirePositive(delay);
            return this;
        }

        /** The delay of one country's answer, overriding the others. */
        public Builder delay(String cc, Duration delay) {
            delays.put(cc.toUpperCase(), requirePositive(delay));
            return this;
        }

        /** The delay of every country's metadata, overriding the flags' delay, which it has by default. */
        public Builder metadataDelay(Duration delay) {
            this.metadataDelay = requirePositive(delay);
            return this;
        }

        /** The delay of one country's metadata, overriding the others (and {@link Mode#ERROR}'s choice). */
        public Builder metadataDelay(String cc, Duration delay) {
            metadataDelays.put(cc.toUpperCase(), requirePositive(delay));
            return this;
        }

        /** Makes the metadata of {@code cc} answer HTTP 500; its flag is not affected. */
        public Builder metadataError(String cc) {
            metadataErrors.add(cc.toUpperCase());
            return this;
        }

        /** The port to listen on; 0, the default, picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
            }
            this.port = port;
            return this;
        }

        /** Starts the server. */
        public FlagsServer start() {
            return new FlagsServer(this);
        }

        private static Duration requirePositive(Duration d) {
            if (d.isNegative()) {
                throw new IllegalArgumentException("a delay cannot be negative: " + d);
            }
            return d;
        }
    }
}
