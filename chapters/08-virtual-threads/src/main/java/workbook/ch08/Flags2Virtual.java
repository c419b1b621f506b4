package workbook.ch08;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import workbook.ch01.Flags2Sequential;
import workbook.ch05.Progress;
import workbook.flags.DownloadStatus;
import workbook.flags.FlagsMain;
import workbook.flags.FlagsMain.Job;

/**
 * Downloads flags on a virtual thread each, with a {@link Semaphore} as the limit on requests in
 * flight: Fluent Python's {@code flags2_asyncio.py}, whose {@code asyncio.Semaphore} plays the same part.
 *
 * <pre>
 * ./workbook run 8                          # the 20 most populous countries, embedded LOCAL server
 * ./workbook run 8 -s DELAY -e -m 1000      # AA to ZZ, 676 requests at once, in about one delay
 * ./workbook run 8 -s ERROR -a -v           # every country, a line per flag
 * ./workbook run 8 -e -m 100 -s http://127.0.0.1:8001/flags
 * </pre>
 */
public final class Flags2Virtual {

    /** Requests in flight when {@code -m} is not given, as in Python. */
    public static final int DEFAULT_CONCUR_REQ = 5;

    /** The most requests in flight that {@code -m} may ask for, as in Python. */
    public static final int MAX_CONCUR_REQ = 1000;

    private Flags2Virtual() {
    }

    // tag::download-many[]
    static Map<DownloadStatus, Long> downloadMany(Job job) throws InterruptedException {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) { // <1>
            return downloadMany(job, executor);
        }
    }
    // end::download-many[]

    // tag::download-bounded[]
    /**
     * Downloads the flags of {@code job} on {@code executor}, a task per flag, at most
     * {@code job.concurrency()} of them in flight, and counts each outcome as it is known.
     */
    public static Map<DownloadStatus, Long> downloadMany(Job job, ExecutorService executor)
            throws InterruptedException {
        Semaphore inFlight = new Semaphore(job.concurrency()); // <1>
        Map<DownloadStatus, Long> counter = new EnumMap<>(DownloadStatus.class);
        try (Progress progress = job.verbose() ? Progress.none() : Progress.open(job.codes().size(), job.out())) {
            CompletionService<DownloadStatus> completion = new ExecutorCompletionService<>(executor);
            Map<Future<DownloadStatus>, String> toDo = new HashMap<>();
            for (String cc : job.codes()) {
                toDo.put(completion.submit(() -> {
                    inFlight.acquire(); // <2>
                    try {
                        return Flags2Sequential.downloadOne(job, cc);
                    } finally {
                        inFlight.release(); // <3>
                    }
                }), cc);
            }
            for (int i = 0; i < toDo.size(); i++) {
                Future<DownloadStatus> future = completion.take();
                DownloadStatus status = switch (future.state()) {
                    case SUCCESS -> future.resultNow();
                    case FAILED -> job.error(toDo.get(future), future.exceptionNow());
                    default -> throw new IllegalStateException("taken but not done: " + future.state());
                };
                counter.merge(status, 1L, Long::sum);
                progress.step();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow(); // <4>
            throw e;
        }
        return counter;
    }
    // end::download-bounded[]

    // tag::main[]
    public static void main(String[] args) {
        FlagsMain.main(args, Flags2Virtual::downloadMany, DEFAULT_CONCUR_REQ, MAX_CONCUR_REQ);
    }
    // end::main[]
}
