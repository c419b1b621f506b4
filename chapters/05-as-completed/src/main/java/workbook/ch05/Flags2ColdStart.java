package workbook.ch05;

import workbook.flags.FlagsMain;

/**
 * {@link Flags2AsCompleted} without {@link HttpWarmUp}: the HTTP client's classes are loaded, and its
 * SSL context built, after the clock has started. Compare the two against a server in another JVM.
 *
 * <pre>
 * ./workbook serve DELAY 8001                                              # in another terminal
 * ./workbook run 5 --example Flags2ColdStart -s http://127.0.0.1:8001/flags -m 20
 * ./workbook run 5 -s http://127.0.0.1:8001/flags -m 20
 * </pre>
 */
public final class Flags2ColdStart {

    private Flags2ColdStart() {
    }

    public static void main(String[] args) {
        FlagsMain.main(args, Flags2AsCompleted::downloadMany,
                Flags2AsCompleted.DEFAULT_CONCUR_REQ, Flags2AsCompleted.MAX_CONCUR_REQ);
    }
}
