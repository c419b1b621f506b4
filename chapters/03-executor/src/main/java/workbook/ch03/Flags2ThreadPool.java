package workbook.ch03;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import workbook.ch01.Flags2Sequential;
import workbook.flags.DownloadStatus;
import workbook.flags.FlagsMain;
import workbook.flags.FlagsMain.Job;

/**
 * Downloads flags on a pool of {@code -m N} threads and counts what happened to each, taking the
 * outcomes in the order of the codes: chapter 01's {@code Flags2Sequential} with an executor.
 *
 * <pre>
 * ./workbook run 3                        # 20 flags, embedded LOCAL server, 20 threads
 * ./workbook run 3 -s DELAY -m 4          # every answer half a second late, 4 threads
 * ./workbook run 3 -s ERROR -a -v         # every country, some failing, a line per flag
 * </pre>
 */
public final class Flags2ThreadPool {

    /** Threads to use when {@code -m} is not given: Fluent Python's {@code DEFAULT_CONCUR_REQ}. */
    public static final int DEFAULT_CONCUR_REQ = 30;

    /** The most threads {@code -m} may ask for: Fluent Python's {@code MAX_CONCUR_REQ}. */
    public static final int MAX_CONCUR_REQ = 1000;

    private Flags2ThreadPool() {
    }

    // tag::download-many[]
    static Map<DownloadStatus, Long> downloadMany(Job job) throws InterruptedException {
        try (ExecutorService executor = Executors.newFixedThreadPool(job.concurrency())) {
            Map<String, Future<DownloadStatus>> toDo = new LinkedHashMap<>();
            for (String cc : job.codes()) {
                toDo.put(cc, executor.submit(() -> Flags2Sequential.downloadOne(job, cc)));
            }
            List<DownloadStatus> outcomes = new ArrayList<>();
            for (Map.Entry<String, Future<DownloadStatus>> entry : toDo.entrySet()) {
                DownloadStatus status;
                try {
                    status = entry.getValue().get();
                } catch (ExecutionException e) {
                    status = job.error(entry.getKey(), e.getCause()); // the task's exception, unwrapped
                }
                outcomes.add(status);
            }
            return DownloadStatus.tally(outcomes);
        }
    }
    // end::download-many[]

    public static void main(String[] args) {
        FlagsMain.main(args, Flags2ThreadPool::downloadMany, DEFAULT_CONCUR_REQ, MAX_CONCUR_REQ);
    }
}
