package workbook.ch02;

import java.util.EnumMap;
import java.util.Map;

import workbook.flags.DownloadStatus;

/**
 * A known-broken {@link OutcomeCounter}, kept to prove that the exercise's checker catches a data race:
 * it loses outcomes when two threads record at once.
 *
 * <p>{@code counts[i]++} is three steps (read, add one, write back); two threads can both read 7 and
 * both write 8. Nothing here makes one thread's writes visible to another either.
 */
public final class BrokenOutcomeCounter implements OutcomeCounter {

    private final long[] counts = new long[DownloadStatus.values().length];

    // tag::racy[]
    @Override
    public void record(DownloadStatus status) {
        counts[status.ordinal()]++; // read, add, write: another thread can slip in between
    }
    // end::racy[]

    @Override
    public long count(DownloadStatus status) {
        return counts[status.ordinal()];
    }

    @Override
    public Map<DownloadStatus, Long> snapshot() {
        Map<DownloadStatus, Long> copy = new EnumMap<>(DownloadStatus.class);
        for (DownloadStatus status : DownloadStatus.values()) {
            copy.put(status, counts[status.ordinal()]);
        }
        return copy;
    }
}
