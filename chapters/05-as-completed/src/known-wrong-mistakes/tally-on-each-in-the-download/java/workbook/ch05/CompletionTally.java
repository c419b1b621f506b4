// Mistake: onEach is called by each download on a pool thread, not on the calling thread in the order they finish
// Caught by: CompletionTallyTest#on_each_runs_on_the_calling_thread
// Says: on the calling thread
package workbook.ch05;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

    // tag::solution[]
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
        long deadline = System.nanoTime() + timeout.toNanos();
        CompletionService<DownloadStatus> completion = new ExecutorCompletionService<>(executor);
        List<Future<DownloadStatus>> futures = new ArrayList<>();
        for (Callable<DownloadStatus> download : downloads) {
            futures.add(completion.submit(() -> {
                DownloadStatus status;
                try {
                    status = download.call();
                } catch (Exception e) {
                    onEach.accept(DownloadStatus.ERROR);
                    throw e;
                }
                onEach.accept(status);
                return status;
            }));
        }
        Set<Future<DownloadStatus>> counted = new HashSet<>();
        List<DownloadStatus> outcomes = new ArrayList<>();
        while (counted.size() < futures.size()) {
            Future<DownloadStatus> done = completion.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (done == null) {
                break; // the deadline passed
            }
            counted.add(done);
            outcomes.add(outcome(done, onEach));
        }
        for (Future<DownloadStatus> late : futures) {
            if (!counted.contains(late)) {
                late.cancel(true); // it may have finished meanwhile: then its own outcome counts
                outcomes.add(outcome(late, onEach));
            }
        }
        return DownloadStatus.tally(outcomes);
    }

    private static DownloadStatus outcome(Future<DownloadStatus> done, Consumer<DownloadStatus> onEach) {
        return done.state() == Future.State.SUCCESS ? done.resultNow() : DownloadStatus.ERROR;
    }
    // end::solution[]
}
