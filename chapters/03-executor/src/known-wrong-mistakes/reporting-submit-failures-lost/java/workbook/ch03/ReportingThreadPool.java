// Mistake: reporting only afterExecute's thrown, which is null for a task given to submit
// Caught by: ReportingThreadPoolTest#a_failure_in_submit_is_reported_though_nobody_asks_the_future
// Says: though nobody calls get()
package workbook.ch03;

import java.util.Objects;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Exercise 3.4: a fixed pool of threads that reports the exception of every task that fails, whether
 * it came through {@code execute} (where only the dying thread's uncaught-exception handler would see
 * it) or through {@code submit} (where it would wait in a {@link Future} that nobody may ever ask).
 *
 * <pre>{@code
 * try (ExecutorService pool = new ReportingThreadPool(4, e -> log.error("a task failed", e))) {
 *     pool.submit(() -> download(cc));   // a failure is logged even if nobody calls get()
 * }
 * }</pre>
 *
 * <p>A task given to {@code execute} that throws still ends its thread, which the pool replaces; a
 * cancelled task is not a failure and is not reported. Reports are made on the pool's threads.
 */
public final class ReportingThreadPool extends ThreadPoolExecutor {

    private final Consumer<Throwable> report;

    /** A pool of {@code threads} threads that passes every task's failure to {@code report}. */
    public ReportingThreadPool(int threads, Consumer<Throwable> report) {
        super(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>());
        this.report = Objects.requireNonNull(report, "report");
    }

    /** Reports {@code thrown}, or, for a submitted task, the exception its future holds. */
    @Override
    protected void afterExecute(Runnable task, Throwable thrown) {
        super.afterExecute(task, thrown);
        if (thrown != null) {
            report.accept(thrown);
        }
    }
}
