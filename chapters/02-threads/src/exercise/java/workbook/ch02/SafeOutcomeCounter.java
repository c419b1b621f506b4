package workbook.ch02;

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

    @Override
    public void record(DownloadStatus status) {
        // TODO exercise 2.2: fix the racy outcome counter (start from BrokenOutcomeCounter)
        throw new UnsupportedOperationException(
                "Exercise 2.2 (fix the racy outcome counter) is not solved yet: write SafeOutcomeCounter.record in src/exercise/java");
    }

    @Override
    public long count(DownloadStatus status) {
        // TODO exercise 2.2: fix the racy outcome counter
        throw new UnsupportedOperationException(
                "Exercise 2.2 (fix the racy outcome counter) is not solved yet: write SafeOutcomeCounter.count in src/exercise/java");
    }

    @Override
    public Map<DownloadStatus, Long> snapshot() {
        // TODO exercise 2.2: fix the racy outcome counter
        throw new UnsupportedOperationException(
                "Exercise 2.2 (fix the racy outcome counter) is not solved yet: write SafeOutcomeCounter.snapshot in src/exercise/java");
    }
}
