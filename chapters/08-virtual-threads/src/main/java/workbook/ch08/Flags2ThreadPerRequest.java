package workbook.ch08;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import workbook.flags.DownloadStatus;
import workbook.flags.FlagsMain;
import workbook.flags.FlagsMain.Job;

/**
 * The downloader of {@link Flags2Virtual} with a new platform thread per flag instead of a virtual one:
 * the same tasks and the same semaphore, only the executor differs.
 *
 * <pre>
 * ./workbook run 8 --example Flags2ThreadPerRequest -s DELAY -e -m 1000
 * </pre>
 */
public final class Flags2ThreadPerRequest {

    /** The arguments it takes (the downloaders' options; --help lists them), as {@code ./workbook list} shows them. */
    static final String ARGUMENTS = "[OPTIONS]";

    private Flags2ThreadPerRequest() {
    }

    // tag::download-many[]
    static Map<DownloadStatus, Long> downloadMany(Job job) throws InterruptedException {
        try (ExecutorService executor = Executors.newThreadPerTaskExecutor(
                Thread.ofPlatform().name("flag-", 0).factory())) { // an operating-system thread per task
            return Flags2Virtual.downloadMany(job, executor);
        }
    }
    // end::download-many[]

    public static void main(String[] args) {
        FlagsMain.main(args, Flags2ThreadPerRequest::downloadMany,
                Flags2Virtual.DEFAULT_CONCUR_REQ, Flags2Virtual.MAX_CONCUR_REQ);
    }
}
