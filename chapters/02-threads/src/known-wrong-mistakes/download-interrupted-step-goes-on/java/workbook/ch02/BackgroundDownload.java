// Mistake: catching a step's InterruptedException like a failed download and going on with the next code
// Caught by: BackgroundDownloadTest#close_stops_the_download
// Says: an InterruptedException from a step stops the download
package workbook.ch02;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Exercise 2.4: downloads flags one after another on a thread of its own, until all are done or it is
 * stopped by interruption.
 *
 * <pre>{@code
 * try (BackgroundDownload download = BackgroundDownload.start(codes,
 *         cc -> site.saveFlag(site.getFlag(cc), cc.toLowerCase() + ".svg"))) {
 *     ...                                      // the download goes on meanwhile
 *     List<String> saved = download.stop();    // interrupts it and waits for it to end
 * }
 * }</pre>
 */
public final class BackgroundDownload implements AutoCloseable {

    /** The work for one country code: download its flag and save it, in the examples. */
    @FunctionalInterface
    public interface Step {
        void download(String cc) throws IOException, InterruptedException;
    }

    /** The name of the download's thread. */
    public static final String THREAD_NAME = "background-download";

    private final Thread thread;
    private final List<String> done = new CopyOnWriteArrayList<>(); // written by the thread, read by any

    private BackgroundDownload(List<String> codes, Step step) {
        thread = Thread.ofPlatform().name(THREAD_NAME).unstarted(() -> run(codes, step));
    }

    /**
     * Starts a thread named {@link #THREAD_NAME} that runs {@code step} for each code in turn, in the order
     * given. A code whose step returns is done; one whose step throws {@link IOException} is skipped. The
     * thread stops, leaving the rest undone, as soon as it sees that it has been interrupted: when a step
     * throws {@link InterruptedException}, or before it begins the next code (a step may end normally,
     * or with an {@code IOException} such as {@code ClosedByInterruptException}, after an interrupt).
     */
    public static BackgroundDownload start(List<String> codes, Step step) {
        BackgroundDownload download = new BackgroundDownload(List.copyOf(codes), step);
        download.thread.start();
        return download;
    }

    private void run(List<String> codes, Step step) {
        for (String cc : codes) {
            if (Thread.currentThread().isInterrupted()) {
                return;                             // asked to stop while not blocked
            }
            try {
                step.download(cc);
                done.add(cc);
            } catch (IOException | InterruptedException e) {
                // this flag failed: go on with the next
            }
        }
    }

    /** The codes done so far, in order; safe to call from any thread at any time. */
    public List<String> done() {
        return List.copyOf(done);
    }

    /** Whether the download's thread is still running. */
    public boolean isRunning() {
        return thread.isAlive();
    }

    /**
     * Asks the download to stop by interrupting its thread, waits for the thread to end, and returns the
     * codes done. Once the download has ended, it only returns them.
     */
    public List<String> stop() throws InterruptedException {
        thread.interrupt();
        thread.join();
        return done();
    }

    /**
     * Stops the download, as {@link #stop()}, without throwing {@link InterruptedException}: interrupted
     * while it waits, it goes on waiting for the download's thread to end (which the interrupt it sent
     * makes short), then sets the caller's interrupt status again, as {@code ExecutorService.close()} does.
     */
    @Override
    public void close() {
        boolean interrupted = false;
        while (true) {
            try {
                stop();
                break;
            } catch (InterruptedException e) {
                interrupted = true;                 // the download's thread ends soon: wait for it anyway
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
