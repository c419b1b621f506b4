package workbook.ch05;

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
 * ./workbook run 5 --example ColdClient                                   # embedded LOCAL server
 * ./workbook run 5 --example ColdClient http://127.0.0.1:8001/flags       # a server in another JVM
 * ./workbook run 5 --example ColdClient http://127.0.0.1:8001/flags --warm-up
 * </pre>
 * Run it against a server in another JVM for honest numbers: an embedded server loads, for itself,
 * many of the classes the client needs.
 */
public final class ColdClient {

    private static final ClassLoadingMXBean CLASSES = ManagementFactory.getClassLoadingMXBean();

    private ColdClient() {
    }

    /** One measured step: how long it took and how many classes the JVM loaded meanwhile. */
    private static long[] measure(String what, long[] before) {
        long now = System.nanoTime();
        int loaded = CLASSES.getLoadedClassCount();
        if (before != null) {
            System.out.printf(Locale.ROOT, "%-30s %8.1f ms %6d classes%n", what, (now - before[0]) / 1e6,
                    loaded - before[1]);
        }
        return new long[] {System.nanoTime(), CLASSES.getLoadedClassCount()};
    }

    // tag::measure[]
    public static void main(String[] args) throws Exception {
        List<String> arguments = List.of(args);
        URI foreign = arguments.stream().filter(a -> a.startsWith("http")).findFirst().map(URI::create).orElse(null);
        try (FlagsServer embedded = foreign == null ? FlagsServer.start(Mode.LOCAL) : null) {
            URI baseUrl = foreign != null ? foreign : embedded.baseUrl();
            long[] mark = measure("start", null);
            if (arguments.contains("--warm-up")) {
                HttpWarmUp.loadClasses();
                mark = measure("warm-up (no request)", mark);
            }
            SSLContext.getDefault(); // what every new HttpClient asks for, even one that speaks only http://
            mark = measure("the default SSLContext", mark);
            try (HttpClient client = Http.newClient()) {
                mark = measure("create the client (the rest)", mark);
                Http.getFlag(client, baseUrl, "BR");
                mark = measure("first request (BR)", mark);
                Http.getFlag(client, baseUrl, "CN");
                mark = measure("second request (CN)", mark);
                Http.getFlag(client, baseUrl, "IN");
                measure("third request (IN)", mark);
            }
        }
    }
    // end::measure[]
}
