// Mistake: an atomic count per status and no lock: nothing is lost, but a snapshot mixes two instants
// Caught by: SafeOutcomeCounterTest#a_snapshot_shows_one_instant_in_any_interleaving
// Says: a torn snapshot
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
    private final java.util.concurrent.atomic.AtomicLongArray counts =
            new java.util.concurrent.atomic.AtomicLongArray(DownloadStatus.values().length);

    @Override
    public void record(DownloadStatus status) {
        counts.incrementAndGet(status.ordinal());
    }

    @Override
    public long count(DownloadStatus status) {
        return counts.get(status.ordinal());
    }

    @Override
    public Map<DownloadStatus, Long> snapshot() {
        Map<DownloadStatus, Long> copy = new EnumMap<>(DownloadStatus.class);
        for (DownloadStatus status : DownloadStatus.values()) {
            copy.put(status, counts.get(status.ordinal()));
        }
        return copy;
    }
}
