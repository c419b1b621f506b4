package workbook.ch04;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import workbook.ch01.Flags;
import workbook.ch01.Flags.Site;

/**
 * Downloads the flags of the 20 most populous countries by submitting each download to a pool of three
 * threads and keeping its {@link Future}: Fluent Python's {@code flags_threadpool_futures.py}, retold on
 * chapter 01's {@code flags.py} plumbing ({@link Flags#main(String[], Flags.Downloader)}).
 *
 * <pre>./workbook run 4 [DIR]</pre>
 */
public final class FlagsThreadPoolFutures {

    /** The arguments it takes (the folder to save the flags in), as {@code ./workbook list} shows them. */
    static final String ARGUMENTS = "[DIR]";

    /** Three workers for twenty flags, as in Python: most futures wait in the queue for a while. */
    static final int WORKERS = 3;

    private FlagsThreadPoolFutures() {
    }

    // tag::download-one[]
    /**
     * Downloads and saves one flag and returns its code. A record rather than a lambda because a
     * {@code FutureTask} prints its task until it completes, and {@code download BR} reads better than
     * {@code FlagsThreadPoolFutures$$Lambda/0x...}.
     */
    record DownloadOne(Site site, String cc) implements Callable<String> {
        @Override
        public String call() throws IOException, InterruptedException {
            byte[] image = site.getFlag(cc);
            site.saveFlag(image, cc.toLowerCase() + ".svg");
            System.out.print(cc + " ");
            System.out.flush();
            return cc;
        }

        @Override
        public String toString() {
            return "download " + cc;
        }
    }
    // end::download-one[]

    // tag::download-many[]
    static int downloadMany(Site site, List<String> ccList) throws InterruptedException, ExecutionException {
        try (ExecutorService executor = Executors.newFixedThreadPool(WORKERS)) {
            List<Future<String>> toDo = new ArrayList<>();
            for (String cc : ccList.stream().sorted().toList()) {
                Future<String> future = executor.submit(new DownloadOne(site, cc));
                toDo.add(future);
                System.out.println("Scheduled for " + cc + ": " + future + " state=" + future.state());
            }
            int count = 0;
            for (Future<String> future : toDo) {
                // get() without a limit, because every request has its own (Http.REQUEST_TIMEOUT)
                String res = future.get();
                System.out.println(future + " result: " + res);
                count++;
            }
            return count;
        }
    }
    // end::download-many[]

    public static void main(String[] args) throws Exception {
        Flags.main(args, FlagsThreadPoolFutures::downloadMany);
    }
}
