package workbook.ch05;

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
 * Loads and initializes the classes of the JDK's HTTP client ahead of time, and sends nothing: no
 * connection is opened, no request is made, no byte reaches any server.
 *
 * <p>It moves the JVM's one-time start-up cost out of a timed region, as Python's {@code import httpx}
 * happens before Fluent Python's scripts start their clock. It does not warm up the network path
 * itself: code that first runs during the first request is still run then for the first time.
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *     HttpWarmUp.loadClasses();           // before the clock starts
 *     FlagsMain.main(args, ...);
 * }
 * }</pre>
 */
public final class HttpWarmUp {

    private HttpWarmUp() {
    }

    // tag::load-classes[]
    /** Loads and initializes the HTTP client's classes; opens no connection. */
    public static void loadClasses() {
        String how = System.getProperty("warm", "client-module");
        if (how.contains("client")) {
            // A client builds the default SSLContext even for http:// (it reads and parses the JDK's
            // trust store): the largest part of a cold client's cost. Closing it stops its selector thread.
            try (HttpClient client = Http.newClient()) {
                HttpRequest.newBuilder(URI.create("http://127.0.0.1/")).timeout(Http.REQUEST_TIMEOUT).build();
                HttpResponse.BodyHandlers.ofByteArray();
            }
        }
        if (how.contains("module")) {
            // The classes a first request would load, and more: every class of the java.net.http module.
            Path module = FileSystems.getFileSystem(URI.create("jrt:/")).getPath("/modules/java.net.http");
            try (Stream<Path> files = Files.walk(module)) {
                files.map(file -> module.relativize(file).toString())
                        .filter(name -> name.endsWith(".class") && !name.equals("module-info.class"))
                        .forEach(name -> load(name.substring(0, name.length() - 6).replace('/', '.')));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
