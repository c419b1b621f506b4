// Mistake: printing "0 not found." and "0 errors." lines, which the report leaves out
// Caught by: FinalReportTest#all_downloaded_prints_two_lines
// Says: when they are zero
package workbook.ch01;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        List<String> lines = new ArrayList<>();
        long ok = counts.getOrDefault(DownloadStatus.OK, 0L);
        lines.add(ok + (ok == 1 ? " flag" : " flags") + " downloaded.");
        long notFound = counts.getOrDefault(DownloadStatus.NOT_FOUND, 0L);
        if (notFound >= 0) {
            lines.add(notFound + " not found.");
        }
        long errors = counts.getOrDefault(DownloadStatus.ERROR, 0L);
        if (errors >= 0) {
            lines.add(errors + (errors == 1 ? " error." : " errors."));
        }
        lines.add(String.format(Locale.ROOT, "Elapsed time: %.2fs", elapsed.toNanos() / 1e9));
        return lines;
    }
}
