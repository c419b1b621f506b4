package workbook.ch06;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import workbook.ch01.Flags2Sequential;
import workbook.flags.DownloadStatus;
import workbook.flags.FlagsMain;
import workbook.flags.FlagsMain.Job;

/**
 * Downloads flags on a pool and waits for them in a loop, as Python's
 * {@code wait(not_done, timeout, return_when=FIRST_COMPLETED)} does, printing what is done and what is not.
 *
 * <pre>
 * ./workbook run 6                       # the 20 most populous countries, embedded LOCAL server
 * ./workbook run 6 -s DELAY -m 4 B       # BA to BZ from the DELAY server, four at a time
 * </pre>
 */
public final class WaitDemo {

    /** How long the whole download may take: a wait without a timeout can wait forever. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** One finished download: which flag, and what became of it. */
    record Downloaded(String cc, DownloadStatus status) {
    }

    private WaitDemo() {
    }

    // tag::download-many[]
    static Map<DownloadStatus, Long> downloadMany(Job job, Duration timeout) throws InterruptedException {
        List<DownloadStatus> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(job.concurrency())) {
            List<CompletableFuture<Downloaded>> notDone = job.codes().stream()
                    .map(cc -> CompletableFuture.supplyAsync(() -> download(job, cc), pool)).toList();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!notDone.isEmpty() && firstCompleted(notDone, deadline - System.nanoTime())) {
                var split = notDone.stream().collect(Collectors.partitioningBy(Future::isDone));
                notDone = split.get(false);                     // done, not_done = wait(not_done, ...)
                List<Downloaded> done = split.get(true).stream().map(CompletableFuture::join).toList();
                done.forEach(d -> outcomes.add(d.status()));
                job.out().printf("%2d done, %2d not done: %s%n", outcomes.size(), notDone.size(),
                        done.stream().map(Downloaded::cc).collect(Collectors.joining(" ")));
            }
            if (!notDone.isEmpty()) {
                job.out().printf("gave up after %d ms: %d not done%n", timeout.toMillis(), notDone.size());
                notDone.forEach(f -> outcomes.add(DownloadStatus.ERROR));
                pool.shutdownNow();               // interrupt them: CompletableFuture.cancel would not
            }
        }
        return DownloadStatus.tally(outcomes);
    }
    // end::download-many[]

    // tag::first-completed[]
    /** {@code wait(fs, timeout, FIRST_COMPLETED)} for CompletableFutures: false if none is done in time. */
    static boolean firstCompleted(List<? extends CompletableFuture<?>> fs, long timeoutNanos)
            throws InterruptedException {
        try {
            CompletableFuture.anyOf(fs.toArray(CompletableFuture[]::new)).get(timeoutNanos, NANOSECONDS);
            return true;
        } catch (ExecutionException | CancellationException e) {
            return true;                                  // the first to complete failed: done all the same
        } catch (TimeoutException e) {
            return false;
        }
    }
    // end::first-completed[]

    static Downloaded download(Job job, String cc) {
        try {
            return new Downloaded(cc, Flags2Sequential.downloadOne(job, cc));
        } catch (IOException e) {
            return new Downloaded(cc, job.error(cc, e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException(cc + " was interrupted");
        }
    }

    public static void main(String[] args) {
        FlagsMain.main(args, job -> downloadMany(job, TIMEOUT), 30, 1000);
    }
}
