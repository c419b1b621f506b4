package workbook.bench;

import workbook.ch05.Flags2AsCompleted;

/**
 * Chapter 05's downloader with the HTTP client's classes loaded before its clock starts: what a
 * lesson's {@code main} would look like if it tuned its own start-up, kept here so that the start-up
 * benchmark can measure what that buys.
 *
 * <pre>
 * ./workbook serve DELAY 8001 500                                    # in another terminal
 * ./workbook bench flags2-warm-start -s http://127.0.0.1:8001/flags -m 20
 * </pre>
 */
public final class Flags2WarmStart {

    private Flags2WarmStart() {
    }

    // tag::main[]
    public static void main(String[] args) {
        HttpWarmUp.loadClasses(); // loads code, sends nothing: before FlagsMain starts the clock
        Flags2AsCompleted.main(args);
    }
    // end::main[]
}
