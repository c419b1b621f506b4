package workbook.ch01;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import workbook.flags.DownloadStatus;

/**
 * Exercise 1.4: the last lines a downloader prints.
 *
 * <pre>{@code
 * FinalReport.lines(Map.of(OK, 18L, NOT_FOUND, 1L, ERROR, 1L), Duration.ofMillis(1234))
 * // [18 flags downloaded., 1 not found., 1 error., Elapsed time: 1.23s]
 * }</pre>
 */
public final class FinalReport {

    private FinalReport() {
    }

    /**
     * The report: {@code "N flags downloaded."} (or {@code "1 flag downloaded."}), then {@code "N not found."}
     * and {@code "N errors."} ({@code "1 error."}) only when not zero, then {@code "Elapsed time: X.XXs"}
     * with two decimals and a dot whatever the locale. A status missing from {@code counts} counts zero.
     */
    public static List<String> lines(Map<DownloadStatus, Long> counts, Duration elapsed) {
        // TODO exercise 1.4: print the final report
        throw new UnsupportedOperationException(
                "Exercise 1.4 (print the final report) is not solved yet: write FinalReport.lines in src/exercise/java");
    }
}
