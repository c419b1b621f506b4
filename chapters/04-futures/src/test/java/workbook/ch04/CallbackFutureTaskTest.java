package workbook.ch04;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import workbook.support.Bounded;
import workbook.support.Exercise;
import workbook.support.ModelChecks;

@Exercise(id = "4.1", title = "A done-callback for a FutureTask", stub = CallbackFutureTask.class, hint = {
        """
        `FutureTask` has a protected hook that it calls exactly once, when the task ends however it ends: \
        "Done-callbacks" names it. The race is a callback added just as the task completes: what must be \
        decided at one instant so that it runs once, never twice, never not at all?""",
        """
        Keep the list of callbacks and a "completed" flag under one lock. Adding a callback either appends \
        it, if the task has not completed, or runs it at once in the caller's thread. `done()` sets the flag \
        and takes a copy of the list under the lock, then runs each callback outside the lock, catching and \
        logging what a callback throws, so that one bad callback stops no other.""" })
class CallbackFutureTaskTest {

    @BeforeEach
    void startLincheckBeforeAModelCheck(TestInfo test) {
        ModelChecks.startBefore(test, FutureRaces::warmUp); // its one-off start is not counted in a model check's time limit
    }

    @BeforeAll
    static void quietLog() {
        // the solution logs the callback that throws on purpose below; the warning is expected
        Logger.getLogger(CallbackFutureTask.class.getName()).setLevel(Level.OFF);
    }

    @AfterAll
    static void loudLog() {
        Logger.getLogger(CallbackFutureTask.class.getName()).setLevel(null);
    }

    @Test
    void each_callback_runs_once_after_the_task_completes_and_is_given_the_future() throws Exception {
        CallbackFutureTask<String> task = new CallbackFutureTask<>(() -> "BR");
        List<String> seen = new CopyOnWriteArrayList<>();
        CountDownLatch called = new CountDownLatch(2);
        for (String name : List.of("first", "second")) {
            task.addDoneCallback(f -> {
                seen.add(name + ": done=" + f.isDone() + " " + f.resultNow() + " same=" + (f == task));
                called.countDown();
            });
        }
        assertThat(seen).as("no callback may run before the task completes").isEmpty();
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            pool.execute(task);
            Bounded.await(called, "both callbacks to be called after the task ran");
        }
        assertThat(seen).as("each callback once, after completion, with the task's own future")
                .containsExactly("first: done=true BR same=true", "second: done=true BR same=true");
    }

    @Test
    void callbacks_run_in_the_order_they_were_added() {
        CallbackFutureTask<String> task = new CallbackFutureTask<>(() -> "CN");
        List<Integer> order = new CopyOnWriteArrayList<>();
        for (int i = 1; i <= 5; i++) {
            int n = i;
            task.addDoneCallback(f -> order.add(n));
        }
        task.run(); // in this thread: the callbacks have run when run() returns
        assertThat(order).as("callbacks in registration order").containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void callbacks_run_in_the_thread_that_completes_the_task() throws Exception {
        CallbackFutureTask<String> task = new CallbackFutureTask<>(() -> "IN");
        CountDownLatch called = new CountDownLatch(1);
        List<Thread> threads = new CopyOnWriteArrayList<>();
        task.addDoneCallback(f -> {
            threads.add(Thread.currentThread());
            called.countDown();
        });
        Thread worker = Thread.ofPlatform().name("worker-IN").start(task);
        Bounded.await(called, "the callback of a task run by worker-IN");
        Bounded.join(worker, "worker-IN to end");
        assertThat(threads).as("the callback runs where the task completes, as Python's does")
                .containsExactly(worker);
    }

    @Test
    void a_callback_added_after_completion_runs_at_once_in_the_caller() {
        CallbackFutureTask<String> task = new CallbackFutureTask<>(() -> "US");
        task.run();
        List<String> seen = new CopyOnWriteArrayList<>();
        task.addDoneCallback(f -> seen.add(Thread.currentThread().getName() + " " + f.resultNow()));
        assertThat(seen).as("a late callback is not lost: it runs before addDoneCallback returns, in the caller")
                .containsExactly(Thread.currentThread().getName() + " US");
    }

    @Test
    void callbacks_run_after_a_failure_and_after_a_cancellation() {
        CallbackFutureTask<String> failing = new CallbackFutureTask<>(() -> {
            throw new IOException("HTTP 500 for ID");
        });
        CallbackFutureTask<String> cancelled = new CallbackFutureTask<>(() -> "never run");
        List<String> seen = new CopyOnWriteArrayList<>();
        failing.addDoneCallback(f -> seen.add("failing: " + f.state() + " " + f.exceptionNow().getMessage()));
        cancelled.addDoneCallback(f -> seen.add("cancelled: " + f.state()));
        failing.run();
        cancelled.cancel(false); // never started: cancel() completes it, so cancel() calls back
        assertThat(seen).as("done means completed in any way: failed or cancelled too")
                .containsExactly("failing: FAILED HTTP 500 for ID", "cancelled: CANCELLED");
    }

    @Test
    void a_callback_that_throws_neither_stops_the_others_nor_changes_the_result() throws Exception {
        CallbackFutureTask<String> task = new CallbackFutureTask<>(() -> "PK");
        AtomicInteger after = new AtomicInteger();
        task.addDoneCallback(f -> {
            throw new IllegalStateException("a broken callback");
        });
        task.addDoneCallback(f -> after.incrementAndGet());
        Throwable thrown = catchThrowable(task::run);
        assertThat(thrown).as("what run() threw: a callback that throws must be caught and logged, not passed on to "
                + "whoever completes the task").isNull();
        assertThat(after).as("the callback after a broken one still runs").hasValue(1);
        assertThat(task.resultNow()).as("a broken callback does not change the task's result").isEqualTo("PK");
        task.addDoneCallback(f -> {
            throw new IllegalStateException("a broken late callback");
        }); // must not throw here either: Python logs and ignores it
    }

    @Test
    void callbacks_run_outside_the_lock_so_that_another_thread_can_add_one_meanwhile() throws Exception {
        CallbackFutureTask<String> task = new CallbackFutureTask<>(() -> "BD");
        CountDownLatch lateCallbackRan = new CountDownLatch(1);
        AtomicReference<Thread> other = new AtomicReference<>();
        AtomicBoolean ranMeanwhile = new AtomicBoolean();
        task.addDoneCallback(f -> {
            // while this callback runs, another thread adds one: the task is done, so it runs at once there
            other.set(Thread.ofPlatform().name("late-adder").start(
                    () -> task.addDoneCallback(g -> lateCallbackRan.countDown())));
            try {
                ranMeanwhile.set(lateCallbackRan.await(5, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        task.run();
        Bounded.join(other.get(), "the other thread's addDoneCallback to return");
        assertThat(ranMeanwhile).as("whether a callback added by another thread, while the callbacks ran, ran at once: "
                + "it waited for the lock held while calling back; call the callbacks outside the lock").isTrue();
    }

    @Test
    void no_callback_is_lost_or_run_twice_when_it_is_added_while_the_task_completes_in_any_interleaving() {
        // on failure, Lincheck's message shows the interleaving that lost the callback, step by step
        FutureRaces.callbackAddedWhileCompletingRunsOnce();
    }
}
