package workbook.ch04;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What a piece of code printed on {@code System.out} and {@code System.err}, for tests of the examples. */
record Printed(String out, String err) {

    /** Code to run, such as an example's {@code main}. */
    @FunctionalInterface
    interface Code {
        void run() throws Exception;
    }

    /** Runs {@code code} with both streams captured, threads included, and restores them afterwards. */
    static Printed by(Code code) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try (PrintStream capturedOut = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
             PrintStream capturedErr = new PrintStream(errBytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capturedOut);
            System.setErr(capturedErr);
            code.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        Printed printed = new Printed(outBytes.toString(StandardCharsets.UTF_8),
                errBytes.toString(StandardCharsets.UTF_8));
        out.print(printed.out()); // still shown in the test log, for whoever reads it
        return printed;
    }
}
