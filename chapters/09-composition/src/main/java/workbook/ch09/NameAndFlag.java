package workbook.ch09;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import workbook.flags.FlagsServer;
import workbook.flags.Http;

/**
 * One country's name and flag, fetched two ways: one after the other ({@code thenCompose}) and side by
 * side ({@code thenCombine}), each finished with {@code thenApply}. Every answer of its server takes
 * 300 ms, so the first way takes two of them and the second one.
 *
 * <pre>./workbook run 9 --example NameAndFlag</pre>
 */
public final class NameAndFlag {

    static final Duration DELAY = Duration.ofMillis(300);

    private NameAndFlag() {
    }

    record Caption(String name, int bytes) {
        @Override
        public String toString() {
            return name + ", " + bytes + " bytes";
        }
    }

    public static void main(String[] args) throws Exception {
        try (FlagsServer server = FlagsServer.builder().delay(DELAY).start();
             HttpClient client = Http.newClient(server.baseUrl());
             ExecutorService pool = Executors.newFixedThreadPool(4)) {
            var base = server.baseUrl();
            Http.getFlag(client, base, "AD"); // the client's first request, out of the races below

            long start = System.nanoTime();
            // tag::compose[]
            CompletableFuture<Caption> oneAfterTheOther =
                    Interruptible.supplyAsync(() -> Http.getCountry(client, base, "BR"), pool)         // a name
                            .thenCompose(name -> Interruptible.supplyAsync(                           // then, with it,
                                    () -> new Caption(name, Http.getFlag(client, base, "BR").length), pool)); // a flag
            // end::compose[]
            System.out.println("thenCompose: " + oneAfterTheOther.join() + " after " + since(start));

            start = System.nanoTime();
            // tag::combine[]
            CompletableFuture<String> name = Interruptible.supplyAsync(() -> Http.getCountry(client, base, "BR"), pool);
            CompletableFuture<byte[]> flag = Interruptible.supplyAsync(() -> Http.getFlag(client, base, "BR"), pool);
            CompletableFuture<Caption> sideBySide = name.thenCombine(flag, (n, f) -> new Caption(n, f.length));
            CompletableFuture<String> upper = sideBySide.thenApply(c -> c.toString().toUpperCase(Locale.ROOT));
            // end::combine[]
            System.out.println("thenCombine: " + sideBySide.join() + " after " + since(start));
            System.out.println("thenApply:   " + upper.join());
        }
    }

    static String since(long start) {
        return String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - start) / 1e9);
    }
}
