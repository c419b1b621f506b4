package workbook.ch04;

import java.net.http.HttpClient;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import workbook.flags.FlagsServer;
import workbook.flags.FlagsServer.Behaviour;
import workbook.flags.Http;
import workbook.flags.Http.HttpStatusException;
import workbook.flags.Mode;

/**
 * Shows what {@link Future#get()} throws when the task failed: an {@link ExecutionException} whose
 * cause is the task's own exception, carrying two stacks, the caller's and the worker's.
 *
 * <pre>./workbook run 4 --example ExecutionExceptionDemo</pre>
 */
public final class ExecutionExceptionDemo {

    private ExecutionExceptionDemo() {
    }

    public static void main(String[] args) throws Exception {
        try (FlagsServer server = FlagsServer.start(Mode.ERROR);
             HttpClient client = Http.newClient();
             ExecutorService pool = Executors.newSingleThreadExecutor()) {
            String cc = server.countries(Behaviour.SERVER_ERROR).getFirst();
            Future<byte[]> future = pool.submit(() -> Http.getFlag(client, server.baseUrl(), cc));
            // tag::unwrap[]
            try {
                future.get(5, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                System.out.println("get() threw " + e.getClass().getSimpleName()
                        + ", state " + future.state() + ", exceptionNow() is the cause: "
                        + (future.exceptionNow() == e.getCause()));
                switch (e.getCause()) {
                    case HttpStatusException http -> System.out.println(cc + ": the server said " + http.status());
                    case Exception other -> System.out.println(cc + ": the download failed: " + other);
                    case Throwable error -> throw e; // an Error (out of memory, a bug): not ours to handle
                }
                e.printStackTrace(System.out);
            }
            // end::unwrap[]
        }
    }
}
