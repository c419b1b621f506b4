package workbook.ch01;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import workbook.flags.DownloadStatus;
import workbook.flags.FlagFiles;
import workbook.flags.FlagsMain;
import workbook.flags.FlagsMain.Job;
import workbook.flags.Http;
import workbook.flags.Http.HttpStatusException;

/**
 * Downloads flags one at a time and counts what happened to each: Fluent Python's
 * {@code flags2_sequential.py}, retold, and the baseline every later chapter beats.
 *
 * <pre>
 * ./workbook run 1                       # the 20 most populous countries, embedded LOCAL server
 * ./workbook run 1 -s DELAY -v A         # AA to AZ from the DELAY server, a line per flag
 * ./workbook run 1 -s http://127.0.0.1:8001/flags -l 10 -o /tmp/flags
 * </pre>
 */
public final class Flags2Sequential {

    private Flags2Sequential() {
    }

    // tag::download-one[]
    /**
     * Downloads and saves one flag; a 404 is an outcome ({@code NOT_FOUND}), any other failure is
     * thrown for the caller to count.
     */
    public static DownloadStatus downloadOne(Job job, String cc) throws IOException, InterruptedException {
        try {
            byte[] image = Http.getFlag(job.client(), job.baseUrl(), cc);
            FlagFiles.save(job.outputDir(), cc.toLowerCase() + ".svg", image);
        } catch (HttpStatusException e) {
            if (e.status() != 404) {
                throw e;
            }
            if (job.verbose()) {
                job.out().println(cc + " not found: " + e.uri());
            }
            return DownloadStatus.NOT_FOUND;
        }
        if (job.verbose()) {
            job.out().println(cc + " OK");
        }
        return DownloadStatus.OK;
    }
    // end::download-one[]

    // tag::download-many[]
    static Map<DownloadStatus, Long> downloadMany(Job job) throws InterruptedException {
        List<DownloadStatus> outcomes = new ArrayList<>();
        for (String cc : job.codes()) {
            DownloadStatus status;
            try {
                status = downloadOne(job, cc);
            } catch (IOException e) {
                status = job.error(cc, e);
            }
            outcomes.add(status);
        }
        return DownloadStatus.tally(outcomes);
    }
    // end::download-many[]

    public static void main(String[] args) {
        FlagsMain.main(args, Flags2Sequential::downloadMany, 1, 1);
    }
}
