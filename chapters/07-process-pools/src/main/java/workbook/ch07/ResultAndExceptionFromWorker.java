package workbook.ch07;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * A first look at a {@link ProcessPool}: each worker is a JVM of its own (its own process id), an
 * initializer runs once in each, results come back, and so does an exception, with its type, message
 * and the stack it had in the worker.
 *
 * <pre>./workbook run 7 --example ResultAndExceptionFromWorker</pre>
 */
public final class ResultAndExceptionFromWorker {

    private ResultAndExceptionFromWorker() {
    }

    // tag::hello[]
    static long pid() {
        return ProcessHandle.current().pid();
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("this JVM is process " + pid());
        try (ProcessPool pool = ProcessPool.builder()
                .workers(2)
                .initializer(() -> System.out.println("worker " + pid() + " is ready"))
                .build()) {
            Future<String> hello = pool.submit(() -> "hello from process " + pid());
            Future<Long> divide = pool.submit(() -> 1L / (pid() - pid()));
            try {
                System.out.println(hello.get());
                System.out.println(divide.get());
            } catch (ExecutionException e) {
                Throwable remote = e.getCause();
                System.out.println("the task threw " + remote);
                System.out.println("    at " + remote.getStackTrace()[0] + " (in the worker)");
            }
        }
    }
    // end::hello[]
}
