package workbook.ch05;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import workbook.flags.Http;

/** EXPERIMENT */
public final class HttpWarmUp {

    private HttpWarmUp() {
    }

    public static void loadClasses() {
        String how = System.getProperty("warm", "client");
        long t0 = System.nanoTime();
        if (how.contains("client")) {
            try (HttpClient client = Http.newClient()) {
                HttpRequest.newBuilder(URI.create("http://127.0.0.1/")).timeout(Http.REQUEST_TIMEOUT).build();
                HttpResponse.BodyHandlers.ofByteArray();
            }
        }
        if (how.contains("module")) {
            boolean init = how.contains("init");
            try (Stream<Path> files = Files.walk(FileSystems.getFileSystem(URI.create("jrt:/")).getPath("/modules/java.net.http"))) {
                files.map(Path::toString).filter(f -> f.endsWith(".class") && !f.endsWith("module-info.class"))
                        .map(f -> f.substring("/modules/java.net.http/".length(), f.length() - 6).replace('/', '.'))
                        .forEach(name -> {
                            try {
                                Class.forName(name, init, null);
                            } catch (Throwable e) {
                                // skip
                            }
                        });
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        }
        System.err.printf("warm-up %s %.1f ms%n", how, (System.nanoTime() - t0) / 1e6);
    }
}
