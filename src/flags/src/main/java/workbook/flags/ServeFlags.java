package workbook.flags;

import java.time.Duration;
import java.util.Locale;

/**
 * Runs the flags server on its own, for trying a downloader against a server it did not start
 * ({@code -s http://127.0.0.1:PORT/flags}), or for {@code curl}.
 *
 * <pre>
 * ./workbook serve                  # LOCAL, on a free port
 * ./workbook serve DELAY 8001       # DELAY (0.5 s) on port 8001
 * ./workbook serve DELAY 8001 200   # DELAY of 200 ms
 * </pre>
 * It serves until stopped with Ctrl-C.
 */
public final class ServeFlags {

    private ServeFlags() {
    }

    public static void main(String[] args) throws Exception {
        FlagsServer.Builder builder = FlagsServer.builder();
        try {
            if (args.length > 3) {
                throw new IllegalArgumentException("too many arguments");
            }
            if (args.length > 0) {
                builder.mode(Mode.valueOf(args[0].toUpperCase(Locale.ROOT)));
            }
            if (args.length > 1) {
                builder.port(Integer.parseInt(args[1]));
            }
            if (args.length > 2) {
                builder.delay(Duration.ofMillis(Long.parseLong(args[2])));
            }
        } catch (IllegalArgumentException e) {
            System.err.println("serve: " + e.getMessage());
            System.err.println("usage: serve [LOCAL|DELAY|ERROR] [PORT] [DELAY_MS]");
            System.exit(2);
        }
        try (FlagsServer server = builder.start()) {
            System.out.println(server.mode() + " flags server at " + server.baseUrl()
                    + " (" + Countries.codes().size() + " countries). Ctrl-C stops it.");
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            Thread.currentThread().join(); // until Ctrl-C: the shutdown hook stops the server
        }
    }
}
