package workbook.ch02;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

import workbook.flags.DownloadStatus;

/**
 * A known-broken {@link OutcomeCounter}, kept to prove that the exercise's checker sees more than lost
 * updates: every count is atomic, yet a snapshot can show a state that never existed.
 *
 * <p>{@link #snapshot()} reads the counts one after the other. If another thread records {@code OK}
 * and then {@code ERROR} in between, the snapshot can miss the {@code OK} but show the {@code ERROR}
 * that came after it. Atomic parts do not make an atomic whole.
 */
public final class BrokenSnapshotOutcomeCounter implements OutcomeCounter {

    private final AtomicLongArray counts = new AtomicLongArray(DownloadStatus.values().length);

    @Override
    public void record(DownloadStatus status) {
        counts.incrementAndGet(status.ordinal()); // never loses an update
    }

    @Override
    public long count(DownloadStatus status) {
        return counts.get(status.ordinal());
    }

    // tag::torn[]
    @Override
    public Map<DownloadStatus, Long> snapshot() {
        Map<DownloadStatus, Long> copy = new EnumMap<>(DownloadStatus.class);
        for (DownloadStatus status : DownloadStatus.values()) {
            copy.put(status, counts.get(status.ordinal())); // each read is atomic, the loop is not
        }
        return copy;
    }
    // end::torn[]
}
