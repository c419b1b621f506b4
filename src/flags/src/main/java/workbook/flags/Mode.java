package workbook.flags;

/**
 * How the embedded flags server behaves, after the three servers of Fluent Python's flags examples.
 */
public enum Mode {
    /** Answers at once: the fastest network there is. */
    LOCAL,
    /** Waits before every answer ({@link FlagsServer#DEFAULT_DELAY} unless told otherwise), like a distant server. */
    DELAY,
    /**
     * Fails a fixed quarter of the countries: most with HTTP 500, some by dropping the connection. The
     * metadata of another fixed tenth answers 500, and of a tenth more only after
     * {@link FlagsServer#SLOW_METADATA}.
     */
    ERROR
}
