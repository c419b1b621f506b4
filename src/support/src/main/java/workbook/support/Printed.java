package workbook.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What the code under test printed, kept in memory: either on a stream handed to the code, or on
 * {@code System.out} and {@code System.err} while the code runs.
 *
 * <p>Code that is handed its output stream gets {@link #stream()}, and the test reads {@link #text()}:
 *
 * <pre>{@code
 * Printed out = new Printed();
 * int status = FlagsMain.run(args, out.stream(), System.err, Flags2Sequential::downloadMany, 1, 1);
 * assertThat(out.text()).contains("20 flags downloaded.");
 * }</pre>
 *
 * <p>An example's {@code main}, which prints on the JVM's own streams, runs inside {@link #onSystem}:
 *
 * <pre>{@code
 * Printed.OutAndErr printed = Printed.onSystem(() -> UncaughtExceptions.main(new String[0]));
 * assertThat(printed.err()).contains("Exception in thread");
 * }</pre>
 *
 * <p>Text is UTF-8 in and out. {@link #onSystem} replaces the JVM's streams for every thread while the
 * code runs, so a test that uses it must not run alongside another that prints.
 */
public final class Printed {

    /** Code that prints, such as an example's {@code main}. */
    @FunctionalInterface
    public interface Code {
        void run() throws Exception;
    }

    /** What was printed on {@code System.out} and on {@code System.err}. */
    public record OutAndErr(String out, String err) {
    }

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    /** An empty capture, to hand {@link #stream()} to the code under test. */
    public Printed() {
    }

    /** The stream to hand to the code under test: what is printed on it is kept for {@link #text()}. */
    public PrintStream stream() {
        return stream;
    }

    /** Everything printed on {@link #stream()} so far. */
    public String text() {
        stream.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Runs {@code code} with {@code System.out} and {@code System.err} captured, threads it starts
     * included, and puts the JVM's streams back afterwards, also when {@code code} throws.
     */
    public static OutAndErr onSystem(Code code) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        Printed capturedOut = new Printed();
        Printed capturedErr = new Printed();
        System.setOut(capturedOut.stream());
        System.setErr(capturedErr.stream());
        try {
            code.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new OutAndErr(capturedOut.text(), capturedErr.text());
    }
}
