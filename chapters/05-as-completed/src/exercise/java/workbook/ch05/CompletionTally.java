package workbook.ch05;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorCompletionService;
import java.util.function.Consumer;

import workbook.flags.DownloadStatus;

/**
 * Exercise 5.2: counts the outcomes of downloads as they finish, under one deadline for them all.
 *
 * <pre>{@code
 * try (ExecutorService pool = Executors.newFixedThreadPool(20);
 *      Progress progress = Progress.open(downloads.size())) {
 *     Map<DownloadStatus, Long> counts = CompletionTally.tally(pool, downloads, Duration.ofSeconds(30),
 *             status -> progress.step());
 * }
 * }</pre>
 */
public final class CompletionTally {

    private CompletionTally() {
    }

    /**
     * Submits every download to {@code executor} through an {@link ExecutorCompletionService}, takes each
     * outcome as it finishes, passes it to {@code onEach} (on the calling thread, in the order they
     * finish) and counts it. A download that throws counts {@code ERROR}. Once {@code timeout} has
     * passed since the call, the downloads still running are cancelled with an interrupt, and each
     * counts {@code ERROR} too. A status that never occurred is absent from the map.
     */
    public static Map<DownloadStatus, Long> tally(Executor executor, List<? extends Callable<DownloadStatus>> downloads,
                                                   Duration timeout, Consumer<DownloadStatus> onEach)
            throws InterruptedException {
        // TODO exercise 5.2: tally the outcomes as they complete
        throw new UnsupportedOperationException(
                "Exercise 5.2 (tally outcomes in completion order) is not solved yet: write CompletionTally.tally in src/exercise/java");
    }
}
