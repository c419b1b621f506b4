package workbook.ch04;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import workbook.support.Bounded;
import workbook.support.Printed;

/** Runs each small example and checks that it shows what the chapter says it shows. */
class ExamplesTest {

    @Test
    void future_states_walks_through_running_success_failed_and_cancelled() throws Exception {
        String out = Printed.onSystem(() -> FutureStates.main(new String[0])).out();
        assertThat(out).as("a queued future is RUNNING too: Java cannot tell queued from executing")
                .contains("while BR runs, BR: RUNNING", "while BR runs, CN: RUNNING");
        assertThat(out).as("resultNow() on an unfinished future")
                .contains("BR resultNow() too early: java.lang.IllegalStateException");
        assertThat(out).as("the final states").contains(
                "after close(), BR: SUCCESS, resultNow() = BR",
                "after close(), CN: SUCCESS, resultNow() = CN",
                "after close(), IN: FAILED, exceptionNow() = java.io.IOException: HTTP 500 for IN",
                "after close(), US: CANCELLED");
    }

    @Test
    void get_with_timeout_gives_up_waiting_but_not_the_download() throws Exception {
        String out = Printed.onSystem(() -> GetWithTimeout.main(new String[0])).out();
        assertThat(out).as("the first get times out while BR is still RUNNING")
                .containsPattern("ms: get\\(200 ms\\) gave up \\(java.util.concurrent.TimeoutException\\); "
                        + "BR is RUNNING");
        assertThat(out).as("the second get has the flag")
                .containsPattern("ms: get\\(5 s\\) returned \\d+ bytes; BR is SUCCESS");
    }

    @Test
    void execution_exception_carries_the_task_exception_as_its_cause() throws Exception {
        String out = Printed.onSystem(() -> ExecutionExceptionDemo.main(new String[0])).out();
        assertThat(out).as("what get() threw")
                .contains("get() threw ExecutionException, state FAILED, exceptionNow() is the cause: true")
                .containsPattern(": the server said 500");
        assertThat(out).as("the stack shows the caller, then the worker after 'Caused by'")
                .containsPattern("(?s)at workbook.ch04.ExecutionExceptionDemo.main.*Caused by: "
                        + "workbook.flags.Http\\$HttpStatusException.*at workbook.flags.Http.getFlag");
    }

    @Test
    void silent_failure_lets_only_the_executed_task_reach_the_uncaught_exception_handler() throws Exception {
        List<Throwable> uncaught = new CopyOnWriteArrayList<>();
        CountDownLatch reported = new CountDownLatch(1);
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        // the worker reports its exception as it dies, which may be after close() returned: wait for it
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            uncaught.add(e);
            reported.countDown();
        });
        try {
            String out = Printed.onSystem(() -> SilentFailure.main(new String[0])).out();
            assertThat(out).as("submit(): the exception waits in the future")
                    .contains("the submitted task FAILED with java.lang.IllegalStateException");
            Bounded.await(reported, "the exception of the task given to execute() to reach the handler");
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
        assertThat(uncaught).as("one uncaught exception: execute()'s; submit()'s stays in its future")
                .singleElement().isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cancel_succeeds_three_times_but_stops_only_the_queued_and_the_interrupted_task() throws Exception {
        String out = Printed.onSystem(() -> CancelDemo.main(new String[0])).out();
        assertThat(out).as("every cancel() says true and the state is CANCELLED").contains(
                "IN (queued)  cancel(false): true, CANCELLED",
                "BR (running) cancel(false): true, CANCELLED",
                "CN (running) cancel(true):  true, CANCELLED",
                "BR get(): java.util.concurrent.CancellationException");
        assertThat(out).as("what the tasks did")
                .contains("BR finished its download anyway", "CN was interrupted and stopped")
                .doesNotContain("IN finished", "IN was interrupted");
    }

    @Test
    void done_callbacks_run_in_the_worker_or_at_once_in_the_caller() throws Exception {
        String out = Printed.onSystem(() -> DoneCallbacks.main(new String[0])).out();
        assertThat(out.lines()).as("each callback, in the thread that ran it").satisfiesExactly(
                line -> assertThat(line).matches("done\\(\\) for BR in pool-\\d+-thread-1: SUCCESS"),
                line -> assertThat(line).matches("whenComplete for CN in pool-\\d+-thread-1: \\d+ bytes"),
                line -> assertThat(line).isEqualTo("added after completion, runs at once in "
                        + Thread.currentThread().getName()));
    }
}
