package workbook.ch04;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;

import workbook.flags.FlagsServer;
import workbook.flags.Http;

/**
 * Two Java counterparts of Python's {@code future.add_done_callback(fn)}: overriding
 * {@link FutureTask#done()}, and {@link CompletableFuture#whenComplete}; each callback says which thread
 * ran it.
 *
 * <pre>./workbook run 4 --example DoneCallbacks</pre>
 */
public final class DoneCallbacks {

    private DoneCallbacks() {
    }

    public static void main(String[] args) throws Exception {
        // CN takes long enough that its first callback is surely registered before it completes
        try (FlagsServer server = FlagsServer.builder().delay("CN", Duration.ofMillis(200)).start();
             HttpClient client = Http.newClient();
             ExecutorService pool = Executors.newSingleThreadExecutor()) {
            // tag::done[]
            FutureTask<byte[]> br = new FutureTask<>(() -> Http.getFlag(client, server.baseUrl(), "BR")) {
                @Override
                protected void done() { // runs once, in whichever thread completes or cancels the task
                    System.out.println("done() for BR in " + Thread.currentThread().getName()
                            + ": " + state());
                }
            };
            pool.execute(br); // a FutureTask is a Runnable: any executor can run it
            br.get();
            // end::done[]

            // tag::when-complete[]
            CompletableFuture<byte[]> cn = CompletableFuture.supplyAsync(() -> {
                try {
                    return Http.getFlag(client, server.baseUrl(), "CN");
                } catch (Exception e) {
                    throw new CompletionException(e); // a Supplier cannot throw checked exceptions
                }
            }, pool);
            cn.whenComplete((svg, error) -> System.out.println("whenComplete for CN in "
                    + Thread.currentThread().getName() + ": " + (error == null ? svg.length + " bytes" : error)))
                    .join(); // joins the callback's own stage, so its line is printed before the next
            cn.whenComplete((svg, error) -> System.out.println("added after completion, runs at once in "
                    + Thread.currentThread().getName()));
            // end::when-complete[]
        }
    }
}
