package workbook.ch03;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * Shows where a task's exception goes: from {@code execute} it kills the pool's thread and reaches the
 * thread's uncaught-exception handler (by default, a stack trace on standard error), and the pool makes
 * a new thread; from {@code submit} it is kept in the {@link Future}, and nobody hears of it unless
 * someone asks the future.
 *
 * <pre>./workbook run 3 --example LostExceptions</pre>
 */
public final class LostExceptions {

    private LostExceptions() {
    }

    // tag::lost[]
    /** Runs a failing task each way on a pool of one thread made by {@code factory}; returns what the last task saw. */
    static String failBothWays(ThreadFactory factory) throws InterruptedException, ExecutionException {
        try (ExecutorService pool = Executors.newFixedThreadPool(1, factory)) {
            pool.execute(() -> {
                throw new IllegalStateException("thrown in execute");
            });
            Future<?> submitted = pool.submit(() -> {
                throw new IllegalStateException("thrown in submit");
            });
            Throwable kept = null;
            try {
                submitted.get();                 // only a caller who asks hears of it
            } catch (ExecutionException e) {
                kept = e.getCause();
            }
            String last = pool.submit(() -> Thread.currentThread().getName()).get();
            return "submit's exception waits in its future: " + kept + "; the next task ran on " + last;
        }
    }
    // end::lost[]

    public static void main(String[] args) throws Exception {
        System.out.println(failBothWays(Thread.ofPlatform().name("lost-", 1).factory()));
    }
}
