package workbook.ch02;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Captures what an example prints on {@code System.out} and {@code System.err}, for the tests that check
 * its output. The streams are the JVM's, so a test that captures must not run alongside another.
 *
 * <pre>{@code
 * Console.Output output = Console.capture(() -> UncaughtExceptions.main(new String[0]));
 * }</pre>
 */
final class Console {

    /** Something that prints. */
    @FunctionalInterface
    interface Printing {
        void run() throws Exception;
    }

    /** What was printed. */
    record Output(String out, String err) {
    }

    private Console() {
    }

    static Output capture(Printing printing) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        try {
            printing.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new Output(outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
    }
}
