package workbook.ch03;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import workbook.support.Bounded;
import workbook.support.Exercise;

@Exercise(id = "3.4", title = "A pool that reports failed tasks", stub = ReportingThreadPool.class, hint = {
        """
        `ThreadPoolExecutor` has a hook that runs after every task: which one, and what does it receive for \
        a task given to `execute`, and for one given to `submit`? See "Exceptions nobody hears of".""",
        """
        Override `afterExecute` and call `super` first, as `ThreadPoolExecutor`'s javadoc does. For a task \
        given to `execute`, the `Throwable` argument is its exception. For one given to `submit` it is null: \
        the task is the `Future` itself, whose `state()` says whether it `FAILED` and whose `exceptionNow()` \
        gives the exception. A cancelled task did not fail.""" })
class ReportingThreadPoolTest {

    private final List<Throwable> reports = new CopyOnWriteArrayList<>();
    private final CountDownLatch reported = new CountDownLatch(1);

    private ReportingThreadPool newPool() {
        ReportingThreadPool pool = new ReportingThreadPool(1, e -> {
            reports.add(e);
            reported.countDown();
        });
        // quiet: the default handler would print the stack trace of the thread that execute's failure ends
        pool.setThreadFactory(Thread.ofPlatform().name("reporting-", 1).uncaughtExceptionHandler((t, e) -> { }).factory());
        return pool;
    }

    @Test
    void a_failure_in_submit_is_reported_though_nobody_asks_the_future() {
        try (ReportingThreadPool pool = newPool()) {
            pool.submit(() -> {
                throw new IllegalStateException("thrown in submit");
            });
        } // close() waits for the task, and afterExecute runs before the task has ended
        assertThat(reports).as("the reports of a task given to submit that failed: reported though nobody calls "
                        + "get(), with the task's own exception, once (not an ExecutionException)")
                .singleElement().isInstanceOf(IllegalStateException.class)
                .extracting(Throwable::getMessage).isEqualTo("thrown in submit");
    }

    @Test
    void a_failure_in_execute_is_reported() {
        try (ReportingThreadPool pool = newPool()) {
            pool.execute(() -> {
                throw new IllegalStateException("thrown in execute");
            });
        } // close() waits for the task, and afterExecute runs before the task has ended
        assertThat(reports).as("the reports of a task given to execute that failed: afterExecute's thrown is its "
                        + "exception").singleElement()
                .extracting(Throwable::getMessage).isEqualTo("thrown in execute");
    }

    @Test
    void tasks_that_succeed_or_are_cancelled_are_not_reported() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (ReportingThreadPool pool = newPool()) {
            Future<String> ok = pool.submit(() -> {
                return release.await(5, TimeUnit.SECONDS) ? "fine" : "not released";
            });
            Future<?> cancelled = pool.submit(() -> { }); // queued behind ok
            cancelled.cancel(false);
            pool.execute(() -> { }); // succeeds quietly too
            release.countDown();
            assertThat(Bounded.get(ok, "the first task")).as("the pool still gives results").isEqualTo("fine");
            pool.submit(() -> {
                throw new IllegalStateException("the only failure");
            });
            Bounded.await(reported, "the report of the failing task");
        }
        assertThat(reports).as("only the failing task is reported, not the successful or the cancelled ones")
                .singleElement().extracting(Throwable::getMessage).isEqualTo("the only failure");
    }
}
