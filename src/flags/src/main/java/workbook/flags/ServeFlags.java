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

    private static Mode mode(String name) {
        try {
            return Mode.valueOf(name.toUpperCase(Locale.ROOT)); // as FlagsMain reads -s
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("no mode '" + name + "'; the modes are LOCAL, DELAY and ERROR");
        }
    }

    private static int number(String text, String what) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number, not '" + text + "'");
        }
    }

    public static void main(String[] args) throws Exception {
        FlagsServer.Builder builder = FlagsServer.builder();
        try {
            if (args.length > 3) {
                throw new IllegalArgumentException("too many arguments");
            }
            if (args.length > 0) {
                builder.mode(mode(args[0]));
            }
            if (args.length > 1) {
                builder.port(number(args[1], "PORT"));
            }
            if (args.length > 2) {
                builder.delay(Duration.ofMillis(number(args[2], "DELAY_MS")));
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
