package workbook.ch04;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Shows where a task's exception goes: {@link ExecutorService#submit} keeps it in the {@link Future},
 * where it stays unseen unless someone asks, while {@link ExecutorService#execute} lets it reach the
 * worker thread's uncaught-exception handler, which prints it.
 *
 * <pre>./workbook run 4 --example SilentFailure</pre>
 */
public final class SilentFailure {

    private SilentFailure() {
    }

    public static void main(String[] args) {
        // tag::silent[]
        Runnable broken = () -> {
            throw new IllegalStateException("flag of " + Thread.currentThread().getName() + " not saved");
        };
        Future<?> submitted;
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            submitted = pool.submit(broken); // the exception is caught and kept in the future: silence
            pool.execute(broken);            // the exception kills the worker and is printed on System.err
        }
        System.out.println("the submitted task " + submitted.state() + " with " + submitted.exceptionNow());
        // end::silent[]
    }
}
