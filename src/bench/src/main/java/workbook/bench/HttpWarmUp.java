package workbook.bench;

import workbook.flags.WarmStart;

/**
 * Loads (without initializing them) the classes of the JDK's HTTP client ahead of time, and sends nothing:
 * the warm-up that the launcher gives chapter 05 through {@link WarmStart}, called by the start-up
 * benchmarks where they measure it on its own.
 *
 * <pre>{@code
 * HttpWarmUp.loadClasses();           // before the clock starts
 * Flags2AsCompleted.main(args);
 * }</pre>
 */
public final class HttpWarmUp {

    private HttpWarmUp() {
    }

    /** Initializes an HTTP client and loads every class of {@code java.net.http}; opens no connection. */
    public static void loadClasses() {
        WarmStart.loadHttpClasses();
    }
}
