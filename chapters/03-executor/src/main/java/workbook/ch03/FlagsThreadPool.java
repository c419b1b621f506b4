package workbook.ch03;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import workbook.ch01.Flags;
import workbook.ch01.Flags.Site;

/**
 * Downloads the flags of the 20 most populous countries on a pool of threads, taking the results in
 * the order of the codes: Fluent Python's {@code flags_threadpool.py}, retold on chapter 01's
 * {@link Flags#main(String[], Flags.Downloader)}.
 *
 * <pre>./workbook run 3 --example FlagsThreadPool [DIR]</pre>
 */
public final class FlagsThreadPool {

    /** The arguments it takes (the folder to save the flags in), as {@code ./workbook list} shows them. */
    static final String ARGUMENTS = "[DIR]";

    // tag::max-workers[]
    /** Python's default {@code max_workers} since 3.8: a few more threads than cores, at most 32. */
    public static final int MAX_WORKERS = Math.min(32, Runtime.getRuntime().availableProcessors() + 4);
    // end::max-workers[]

    private FlagsThreadPool() {
    }

    // tag::download-one[]
    static String downloadOne(Site site, String cc) throws IOException, InterruptedException {
        byte[] image = site.getFlag(cc);
        site.saveFlag(image, cc.toLowerCase() + ".svg");
        System.out.print(cc + " ");
        System.out.flush();
        return cc;
    }
    // end::download-one[]

    // tag::download-many[]
    static int downloadMany(Site site, List<String> ccList) throws InterruptedException, ExecutionException {
        try (ExecutorService executor = Executors.newFixedThreadPool(MAX_WORKERS)) { // <1>
            List<Future<String>> futures = new ArrayList<>();
            for (String cc : ccList.stream().sorted().toList()) {
                futures.add(executor.submit(() -> downloadOne(site, cc)));            // <2>
            }
            List<String> results = new ArrayList<>();
            for (Future<String> future : futures) {
                results.add(future.get());                                            // <3>
            }
            return results.size();
        }                                                                             // <4>
    }
    // end::download-many[]

    public static void main(String[] args) throws Exception {
        Flags.main(args, FlagsThreadPool::downloadMany);
    }
}
