package workbook.ch02;

import java.util.Map;

import workbook.flags.DownloadStatus;

/**
 * Counts the outcomes of downloads that finish on many threads at once.
 *
 * <p>Every method may be called from any thread at any time. An implementation is correct only if it
 * behaves as if its calls happened one at a time, each at a single instant (it is <em>linearizable</em>):
 * no recorded outcome is ever lost, and a {@link #snapshot()} shows the counts as they were at one
 * instant, never a mix of two.
 *
 * <pre>{@code
 * OutcomeCounter counter = ...;
 * // on each download thread
 * counter.record(DownloadStatus.OK);
 * // on any thread, at any time
 * Map<DownloadStatus, Long> counts = counter.snapshot();   // {OK=18, NOT_FOUND=1, ERROR=1}
 * }</pre>
 */
public interface OutcomeCounter {

    /** Counts one more download that ended with {@code status}. */
    void record(DownloadStatus status);

    /** How many downloads ended with {@code status} so far. */
    long count(DownloadStatus status);

    /** The count of every status, zeros included, as at one instant; the map is a copy. */
    Map<DownloadStatus, Long> snapshot();
}
