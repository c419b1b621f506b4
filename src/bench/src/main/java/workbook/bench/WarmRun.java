package workbook.bench;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import workbook.flags.Countries;
import workbook.flags.FlagsServer;
import workbook.flags.Http;
import workbook.flags.Mode;
import workbook.flags.RequestLog;

/**
 * Runs a flagship's {@code main} in a JVM that has downloaded flags before, so that its timeline shows
 * the lesson and not the JVM's start-up (which the book's appendix on start-up costs measures on its own).
 *
 * <pre>java -Dworkbook.flags.requestLog=FILE -cp ... workbook.bench.WarmRun MAIN_CLASS [ARGS]</pre>
 *
 * <p>The warm-up downloads the 20 flags three times, a thread each, with both kinds of client
 * {@link Http} makes; then it empties the request log and prints {@value #START} before it calls
 * {@code main}, so that the log and the lines after that mark are the flagship's alone.
 */
public final class WarmRun {

    /** The line printed just before the flagship's {@code main} is called. */
    static final String START = "-- the flagship starts --";

    private WarmRun() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length == 0) {
            System.err.println("usage: WarmRun MAIN_CLASS [ARGS]");
            System.exit(2);
        }
        try (FlagsServer server = FlagsServer.start(Mode.LOCAL);
             HttpClient tls = Http.newClient();
             HttpClient plain = Http.newClient(server.baseUrl())) {
            for (int round = 0; round < 3; round++) {
                List<Thread> threads = new ArrayList<>();
                for (String cc : Countries.POP20) {
                    HttpClient client = threads.size() % 2 == 0 ? tls : plain;
                    threads.add(Thread.ofPlatform().start(() -> {
                        try {
                            Http.getFlag(client, server.baseUrl(), cc);
                        } catch (Exception e) {
                            throw new IllegalStateException("the warm-up failed on " + cc, e);
                        }
                    }));
                }
                for (Thread t : threads) {
                    t.join();
                }
            }
        }
        Files.write(Path.of(System.getProperty(RequestLog.PROPERTY)), new byte[0]); // the warm-up's requests out
        System.out.println(START);
        MethodHandles.publicLookup()
                .findStatic(Class.forName(args[0]), "main", MethodType.methodType(void.class, String[].class))
                .invoke(Arrays.copyOfRange(args, 1, args.length));
    }
}
