package workbook.flags;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Runs a program's {@code main} after loading the JDK's HTTP client: what the launcher starts instead of
 * a chapter's program when the chapter's POM says {@code <workbook.warmUp>true</workbook.warmUp>}, so
 * that the lesson's own {@code main} holds no warm-up. It sends nothing: no connection is opened, no
 * byte reaches any server, and the program's clock has not started yet.
 *
 * <pre>java -cp CLASSPATH workbook.flags.WarmStart workbook.ch05.Flags2AsCompleted -m 20</pre>
 */
public final class WarmStart {

    private WarmStart() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length == 0) {
            System.err.println("usage: WarmStart MAIN_CLASS [ARGS]");
            System.exit(2);
        }
        loadHttpClasses();
        MethodHandles.publicLookup()
                .findStatic(Class.forName(args[0]), "main", MethodType.methodType(void.class, String[].class))
                .invoke((Object) Arrays.copyOfRange(args, 1, args.length));
    }

    // tag::load-classes[]
    /** Initializes an HTTP client and loads every class of {@code java.net.http}; opens no connection. */
    public static void loadHttpClasses() {
        // A client builds the default SSLContext even for http://: the JDK's TLS provider starts and
        // reads its trust store. Closing the client stops its selector thread.
        try (HttpClient client = Http.newClient()) {
            client.sslContext();
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
