package workbook.ch05;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import workbook.ch01.Flags2Sequential;
import workbook.flags.DownloadStatus;
import workbook.flags.FlagsMain;
import workbook.flags.FlagsMain.Job;

/**
 * Downloads flags on a pool of threads and counts each outcome as soon as it is known, in the order the
 * downloads finish: Fluent Python's {@code flags2_threadpool.py}, retold with an
 * {@link ExecutorCompletionService}.
 *
 * <pre>
 * ./workbook run 5                            # the 20 most populous countries, embedded LOCAL server
 * ./workbook run 5 -s DELAY -m 5              # at most 5 requests in flight
 * ./workbook run 5 -s ERROR -a -v             # every country, a line per flag
 * ./workbook run 5 -s http://127.0.0.1:8001/flags -m 20
 * </pre>
 */
public final class Flags2AsCompleted {

    /** Requests in flight when {@code -m} is not given, as in Python. */
    public static final int DEFAULT_CONCUR_REQ = 30;

    /** The most requests in flight that {@code -m} may ask for, as in Python. */
    public static final int MAX_CONCUR_REQ = 1000;

    private Flags2AsCompleted() {
    }

    // tag::download-many[]
    static Map<DownloadStatus, Long> downloadMany(Job job) throws InterruptedException {
        Map<DownloadStatus, Long> counter = new EnumMap<>(DownloadStatus.class);
        try (ExecutorService executor = Executors.newFixedThreadPool(job.concurrency()); // <1>
             Progress progress = job.verbose() ? Progress.none() : Progress.open(job.codes().size(), job.out())) {
            CompletionService<DownloadStatus> completion = new ExecutorCompletionService<>(executor);
            Map<Future<DownloadStatus>, String> toDo = new HashMap<>();
            for (String cc : job.codes()) {
                toDo.put(completion.submit(() -> Flags2Sequential.downloadOne(job, cc)), cc); // <2>
            }
            for (int i = 0; i < toDo.size(); i++) {
                Future<DownloadStatus> future = completion.take(); // <3>
                DownloadStatus status = switch (future.state()) {
                    case SUCCESS -> future.resultNow();
                    case FAILED -> job.error(toDo.get(future), future.exceptionNow()); // <4>
                    default -> throw new IllegalStateException("taken but not done: " + future.state());
                };
                counter.merge(status, 1L, Long::sum);
                progress.step();
            }
        }
        return counter;
    }
    // end::download-many[]

    // tag::main[]
    public static void main(String[] args) {
        FlagsMain.main(args, Flags2AsCompleted::downloadMany, DEFAULT_CONCUR_REQ, MAX_CONCUR_REQ);
    }
    // end::main[]
}
