package workbook.bench;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Locale;

import javax.net.ssl.SSLContext;

import workbook.flags.FlagsServer;
import workbook.flags.Http;
import workbook.flags.Mode;

/**
 * Measures where a fresh JVM spends its time before the first flag arrives: the default
 * {@link SSLContext} that every {@link HttpClient} builds, the rest of the client, the first request,
 * the second; with the number of classes each step loads.
 *
 * <pre>
 * ./workbook bench cold-client                                   # embedded LOCAL server
 * ./workbook bench cold-client http://127.0.0.1:8001/flags       # a server in another JVM
 * ./workbook bench cold-client http://127.0.0.1:8001/flags --warm-up
 * </pre>
 * Run it against a server in another JVM for honest numbers: an embedded server loads, for itself,
 * many of the classes the client needs. {@link ClientStartup} does that, in fresh JVMs, for the book.
 */
public final class ColdClient {

    private static final ClassLoadingMXBean CLASSES = ManagementFactory.getClassLoadingMXBean();

    private ColdClient() {
    }

    /** A moment, and how many classes the JVM had loaded by then. */
    private record Mark(long nanos, int classes) {
        static Mark now() {
            return new Mark(System.nanoTime(), CLASSES.getLoadedClassCount());
        }

        /** Prints the time and the classes since this mark; returns a new mark, taken after printing. */
        Mark step(String what) {
            Mark end = now();
            System.out.printf(Locale.ROOT, "%-30s %8.1f ms %6d classes%n", what, (end.nanos - nanos) / 1e6,
                    end.classes - classes);
            return now();
        }
    }

    // tag::measure[]
    public static void main(String[] args) throws Exception {
        List<String> arguments = List.of(args);
        URI foreign = arguments.stream().filter(a -> a.startsWith("http")).findFirst().map(URI::create).orElse(null);
        try (FlagsServer embedded = foreign == null ? FlagsServer.start(Mode.LOCAL) : null) {
            URI baseUrl = foreign != null ? foreign : embedded.baseUrl();
            Mark mark = Mark.now();
            if (arguments.contains("--warm-up")) {
                HttpWarmUp.loadClasses();
                mark = mark.step("warm-up (no request)");
            }
            SSLContext.getDefault(); // what every new HttpClient asks for, even one that speaks only http://
            mark = mark.step("the default SSLContext");
            try (HttpClient client = Http.newClient()) {
                mark = mark.step("create the client (the rest)");
                Http.getFlag(client, baseUrl, "BR");
                mark = mark.step("first request (BR)");
                Http.getFlag(client, baseUrl, "CN");
                mark = mark.step("second request (CN)");
                Http.getFlag(client, baseUrl, "IN");
                mark.step("third request (IN)");
            }
        }
    }
    // end::measure[]
}
