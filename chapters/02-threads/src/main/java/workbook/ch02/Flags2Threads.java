package workbook.ch02;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import workbook.ch01.Flags2Sequential;
import workbook.flags.DownloadStatus;
import workbook.flags.FlagsMain;
import workbook.flags.FlagsMain.Job;

/**
 * Downloads each flag on a thread of its own and counts the outcomes safely: chapter 01's
 * {@code Flags2Sequential} with its loop replaced by threads, as one would write Fluent Python's
 * {@code flags2_threadpool.py} with the {@code threading} module alone.
 *
 * <pre>
 * ./workbook run 2                      # the 20 most populous countries, a thread each
 * ./workbook run 2 -s DELAY             # 0.5 s per answer: all 20 in about 1.5 s, not 10.8 s
 * ./workbook run 2 -s ERROR -v          # a line per flag as it finishes, some of them errors
 * ./workbook run 2 -e -m 100            # AA to ZZ, in waves of 100 threads
 * </pre>
 *
 * <p>A thread per flag puts no cap on concurrency: {@code -e} would start 676 threads at once. With
 * {@code -m N} the flags go in waves of {@code N} threads, each wave waiting for its slowest download;
 * chapter 03's thread pool does better by keeping {@code N} threads busy all the time.
 */
public final class Flags2Threads {

    /** The most threads at once: each platform thread is an operating-system thread with its own stack. */
    public static final int MAX_THREADS = 1000;

    private Flags2Threads() {
    }

    // tag::download-many[]
    /** Downloads the flags of {@code job}, {@code job.concurrency()} threads at a time, a thread per flag. */
    public static Map<DownloadStatus, Long> downloadMany(Job job) throws InterruptedException {
        Queue<DownloadStatus> outcomes = new ConcurrentLinkedQueue<>(); // many threads add, safely
        List<String> codes = job.codes();
        for (int from = 0; from < codes.size(); from += job.concurrency()) {
            List<Thread> wave = new ArrayList<>();
            for (String cc : codes.subList(from, Math.min(from + job.concurrency(), codes.size()))) {
                wave.add(Thread.ofPlatform().name("flag-" + cc).start(() -> outcomes.add(download(job, cc))));
            }
            joinAll(wave);
        }
        return DownloadStatus.tally(outcomes); // safe to read: every thread that added has been joined
    }
    // end::download-many[]

    // tag::download[]
    /** Downloads one flag and says what happened: a thread's task cannot throw a checked exception. */
    private static DownloadStatus download(Job job, String cc) {
        try {
            return Flags2Sequential.downloadOne(job, cc);
        } catch (IOException e) {
            return job.error(cc, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // keep the request to stop visible to whoever looks next
            return job.error(cc, e);
        }
    }
    // end::download[]

    // tag::join-all[]
    /** Waits for every thread; if the wait is interrupted, asks the others to stop before passing it on. */
    private static void joinAll(List<Thread> threads) throws InterruptedException {
        try {
            for (Thread thread : threads) {
                thread.join();
            }
        } finally {
            threads.forEach(Thread::interrupt); // no effect on a thread that has ended
        }
    }
    // end::join-all[]

    public static void main(String[] args) {
        FlagsMain.main(args, Flags2Threads::downloadMany, MAX_THREADS, MAX_THREADS);
    }
}
