package workbook.ch05;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import workbook.ch01.Flags;
import workbook.ch01.Flags.Site;

/**
 * Submits five downloads to a pool of three threads and takes their futures in the order they finish:
 * Fluent Python's {@code flags_threadpool_futures.py}, with an {@link ExecutorCompletionService} in the
 * place of {@code as_completed}.
 *
 * <pre>./workbook run 5 --example CompletionServiceDemo [DIR]</pre>
 */
public final class CompletionServiceDemo {

    /** The arguments it takes (the folder to save the flags in), as {@code ./workbook list} shows them. */
    static final String ARGUMENTS = "[DIR]";

    private CompletionServiceDemo() {
    }

    // tag::download-many[]
    static int downloadMany(Site site, List<String> ccList) throws InterruptedException, ExecutionException {
        List<String> codes = ccList.stream().sorted().limit(5).toList();
        try (ExecutorService executor = Executors.newFixedThreadPool(3)) {
            CompletionService<String> completion = new ExecutorCompletionService<>(executor); // <1>
            for (String cc : codes) {
                Future<String> future = completion.submit(() -> downloadOne(site, cc));
                System.out.println("Scheduled for " + cc + ": " + future.state()); // <2>
            }
            int count = 0;
            for (; count < codes.size(); count++) {
                Future<String> future = completion.take(); // <3>
                System.out.println(future.state() + " result: " + future.get());
            }
            return count;
        }
    }
    // end::download-many[]

    static String downloadOne(Site site, String cc) throws IOException, InterruptedException {
        site.saveFlag(site.getFlag(cc), cc.toLowerCase() + ".svg");
        System.out.println("  " + cc + " saved by " + Thread.currentThread().getName());
        return cc;
    }

    public static void main(String[] args) throws Exception {
        Flags.main(args, CompletionServiceDemo::downloadMany);
    }
}
