package workbook.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import workbook.flags.Http;

/**
 * Loads (without initializing them) the classes of the JDK's HTTP client ahead of time, and sends nothing: no
 * connection is opened, no request is made, no byte reaches any server.
 *
 * <p>It moves the JVM's one-time cost of loading the client out of a timed region, as Python's
 * {@code import httpx} happens before Fluent Python's scripts start their clock. It does not warm up the
 * network path itself: code that first runs during the first request is still run then for the first
 * time. The start-up benchmarks use it to measure how much of a cold start is class loading; no lesson
 * calls it (see {@link Flags2WarmStart}).
 *
 * <pre>{@code
 * HttpWarmUp.loadClasses();           // before the clock starts
 * Flags2AsCompleted.main(args);
 * }</pre>
 */
public final class HttpWarmUp {

    private HttpWarmUp() {
    }

    // tag::load-classes[]
    /** Initializes an HTTP client and loads every class of {@code java.net.http}; opens no connection. */
    public static void loadClasses() {
        // A client builds the default SSLContext even for http://: the JDK's TLS provider starts and
        // reads its trust store. Closing the client stops its selector thread.
        try (HttpClient client = Http.newClient()) {
            HttpRequest.newBuilder(URI.create("http://127.0.0.1/")).timeout(Http.REQUEST_TIMEOUT).build();
            HttpResponse.BodyHandlers.ofByteArray();
        }
        // The classes a first request loads, and the rest of the module: no request is needed for that.
        Path module = FileSystems.getFileSystem(URI.create("jrt:/")).getPath("/modules/java.net.http");
        try (Stream<Path> files = Files.walk(module)) {
            files.map(file -> module.relativize(file).toString())
                    .filter(name -> name.endsWith(".class") && !name.equals("module-info.class"))
                    .forEach(name -> load(name.substring(0, name.length() - ".class".length()).replace('/', '.')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
    // end::load-classes[]

    private static void load(String className) {
        try {
            // Load, do not initialize: a static initializer may do anything. In JDK 25 one of them
            // (SSLFlowDelegate.Monitor) starts a thread that prints "Monitor starting".
            Class.forName(className, false, HttpClient.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // not loadable on its own: the first request loads it, if it needs it
        }
    }
}
