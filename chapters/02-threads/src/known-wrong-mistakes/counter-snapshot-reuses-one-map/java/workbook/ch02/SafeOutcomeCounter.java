// Mistake: filling and returning the same map at every snapshot, so that the next snapshot changes the last
// Caught by: SafeOutcomeCounterTest#a_snapshot_has_every_status_and_is_a_copy
// Says: a copy, not a view
package workbook.ch02;

import java.util.EnumMap;
import java.util.Map;

import workbook.flags.DownloadStatus;

/**
 * Exercise 2.2: an {@link OutcomeCounter} that many download threads can share without losing an
 * outcome or showing a snapshot that never was.
 *
 * <pre>{@code
 * SafeOutcomeCounter counter = new SafeOutcomeCounter();
 * Thread t = Thread.ofPlatform().start(() -> counter.record(DownloadStatus.OK));
 * counter.record(DownloadStatus.ERROR);
 * t.join();
 * counter.snapshot();   // {OK=1, NOT_FOUND=0, ERROR=1}, always
 * }</pre>
 */
public final class SafeOutcomeCounter implements OutcomeCounter {

    // guarded by this: one lock for all three counts, so that a snapshot sees them at one instant
    private final long[] counts = new long[DownloadStatus.values().length];
    private final Map<DownloadStatus, Long> copy = new EnumMap<>(DownloadStatus.class); // one map, reused

    @Override
    public synchronized void record(DownloadStatus status) {
        counts[status.ordinal()]++;
    }

    @Override
    public synchronized long count(DownloadStatus status) {
        return counts[status.ordinal()];
    }

    @Override
    public synchronized Map<DownloadStatus, Long> snapshot() {
        for (DownloadStatus status : DownloadStatus.values()) {
            copy.put(status, counts[status.ordinal()]);
        }
        return copy;
    }
}
