package workbook.ch06;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.NANOSECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static workbook.ch06.Wait.ReturnWhen.ALL_COMPLETED;
import static workbook.ch06.Wait.ReturnWhen.FIRST_COMPLETED;
import static workbook.ch06.Wait.ReturnWhen.FIRST_EXCEPTION;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import workbook.ch06.Wait.DoneAndNotDone;
import workbook.ch06.Wait.ReturnWhen;
import workbook.support.Bounded;
import workbook.support.Exercise;

@Exercise(id = "6.1", title = "Wait for futures as Python's wait does", stub = Wait.class, hint = {
        """
        A `Future` has no completion callback, so something has to block in `get()` for each unfinished one: \
        what, and who stops it when `wait` returns? "Python's wait" lists what each `returnWhen` means, and \
        "Waiting for the first, in a loop" shows a loop on a queue.""",
        """
        Drop duplicates (a `LinkedHashSet`), and return at once if the futures already done meet \
        `returnWhen`. Otherwise give each unfinished future a watcher on a pool of your own that blocks in \
        its `get()` and then puts the future on a `LinkedBlockingQueue`; wait on that queue with `poll` and \
        the time left, one deadline for the whole call. The watchers must not outlive the call.""",
        """
        A failure and a cancellation end `get()` with an exception, and the future is done all the same. \
        Sort the answer by asking each future `isDone()` at the end, not by what your queue has seen; and a \
        timeout returns what is done, it never throws.""" })
class WaitTest {

    /** Long enough that reaching it means wait did not return when it should have. */
    static final Duration LONG = Duration.ofMinutes(1);

    final ExecutorService caller = Executors.newSingleThreadExecutor();
    final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    final CompletableFuture<String> never = new CompletableFuture<>();
    final FutureTask<String> neverRun = new FutureTask<>(() -> "never run");

    /** Every future a test made, completed after it so that no watcher a wrong answer left waits forever. */
    final List<CompletableFuture<String>> made = new CopyOnWriteArrayList<>(List.of(never));

    @AfterEach
    void stop() {
        made.forEach(f -> f.complete("abandoned"));
        neverRun.cancel(true);
        caller.shutdownNow();
        timer.shutdownNow();
        caller.close();
        timer.close();
    }

    /** Calls Wait.wait on another thread, so that a wait that does not return fails the test in 10 s. */
    DoneAndNotDone<String> waitFor(List<Future<String>> fs, Duration timeout, ReturnWhen returnWhen, String what)
            throws ExecutionException {
        return Bounded.get(caller.submit(() -> Wait.wait(fs, timeout, returnWhen)),
                "Wait.wait(..., " + returnWhen + ") to return " + what);
    }

    /** A future that is not done yet and succeeds after {@code millis}, during the wait. */
    CompletableFuture<String> succeedsAfter(long millis, String value) {
        CompletableFuture<String> f = new CompletableFuture<>();
        made.add(f);
        timer.schedule(() -> f.complete(value), millis, MILLISECONDS);
        return f;
    }

    /** A future that is not done yet and fails after {@code millis}, during the wait. */
    CompletableFuture<String> failsAfter(long millis, String message) {
        CompletableFuture<String> f = new CompletableFuture<>();
        made.add(f);
        timer.schedule(() -> f.completeExceptionally(new IOException(message)), millis, MILLISECONDS);
        return f;
    }

    @Test
    void all_completed_waits_until_every_future_is_done() throws Exception {
        CompletableFuture<String> a = succeedsAfter(30, "A");
        CompletableFuture<String> b = failsAfter(60, "B");
        FutureTask<String> c = new FutureTask<>(() -> "C");
        timer.schedule(c, 90, MILLISECONDS);
        DoneAndNotDone<String> result = waitFor(List.of(a, b, c), LONG, ALL_COMPLETED, "when all three are done");
        assertThat(result.done()).as("ALL_COMPLETED: done holds every future, the failed one too")
                .containsExactlyInAnyOrder(a, b, c);
        assertThat(result.notDone()).as("ALL_COMPLETED: nothing is left not done").isEmpty();
    }

    @Test
    void first_completed_returns_when_one_is_done_and_leaves_the_others_not_done() throws Exception {
        CompletableFuture<String> a = succeedsAfter(50, "A");
        DoneAndNotDone<String> result = waitFor(List.of(never, a, neverRun), LONG, FIRST_COMPLETED,
                "as soon as A is done, not when the timeout of 1 minute runs out");
        assertThat(result.done()).as("FIRST_COMPLETED: the one future done").containsExactly(a);
        assertThat(result.notDone()).as("FIRST_COMPLETED: the others are not done, and not cancelled either")
                .containsExactlyInAnyOrder(never, neverRun);
        assertThat(never.isCancelled()).as("wait cancels nothing").isFalse();
    }

    @Test
    void first_exception_returns_when_one_fails() throws Exception {
        CompletableFuture<String> ok = CompletableFuture.completedFuture("OK");
        CompletableFuture<String> failed = failsAfter(50, "boom");
        DoneAndNotDone<String> result = waitFor(List.of(ok, failed, never), LONG, FIRST_EXCEPTION,
                "as soon as one future fails");
        assertThat(result.done()).as("FIRST_EXCEPTION: the success and the failure are done")
                .containsExactlyInAnyOrder(ok, failed);
        assertThat(result.notDone()).as("FIRST_EXCEPTION: the future still pending").containsExactly(never);
    }

    @Test
    void first_exception_waits_for_all_when_none_fails() throws Exception {
        CompletableFuture<String> a = succeedsAfter(30, "A");
        CompletableFuture<String> b = succeedsAfter(60, "B");
        DoneAndNotDone<String> result = waitFor(List.of(a, b), LONG, FIRST_EXCEPTION, "when both are done");
        assertThat(result.done()).as("FIRST_EXCEPTION with no failure behaves as ALL_COMPLETED: "
                + "a success is not a reason to stop waiting").containsExactlyInAnyOrder(a, b);
    }

    @Test
    void a_cancelled_future_is_done_but_is_not_an_exception() throws Exception {
        CompletableFuture<String> cancelled = new CompletableFuture<>();
        cancelled.cancel(true);
        CompletableFuture<String> b = succeedsAfter(50, "B");
        DoneAndNotDone<String> result = waitFor(List.of(cancelled, b), LONG, FIRST_EXCEPTION, "when B is done");
        assertThat(result.done()).as("a cancelled future is done, but FIRST_EXCEPTION waits for a future whose "
                + "state() is FAILED, and CANCELLED is not FAILED: it must wait for B too")
                .containsExactlyInAnyOrder(cancelled, b);
    }

    @Test
    void a_timeout_returns_what_is_done_so_far_and_never_throws() throws Exception {
        CompletableFuture<String> done = CompletableFuture.completedFuture("done");
        Duration timeout = Duration.ofMillis(200);
        long start = System.nanoTime();
        DoneAndNotDone<String> result = waitFor(List.of(done, never, neverRun), timeout, ALL_COMPLETED,
                "after its timeout of 200 ms");
        long elapsed = System.nanoTime() - start;
        assertThat(result.done()).as("after the timeout: the future that was done").containsExactly(done);
        assertThat(result.notDone()).as("after the timeout: the two that never finish")
                .containsExactlyInAnyOrder(never, neverRun);
        assertThat(Duration.ofNanos(elapsed)).as("ALL_COMPLETED is not met, so wait must wait its whole timeout")
                .isGreaterThanOrEqualTo(timeout);
    }

    @Test
    void a_timeout_with_nothing_done_returns_an_empty_done_set() throws Exception {
        DoneAndNotDone<String> result = waitFor(List.of(never, neverRun), Duration.ofMillis(100), FIRST_COMPLETED,
                "after its timeout of 100 ms");
        assertThat(result.done()).as("nothing finished within the timeout").isEmpty();
        assertThat(result.notDone()).as("both are still not done").containsExactlyInAnyOrder(never, neverRun);
    }

    @Test
    void futures_already_done_count_at_once() throws Exception {
        FutureTask<String> ran = new FutureTask<>(() -> "ran");
        ran.run();
        CompletableFuture<String> failed = CompletableFuture.failedFuture(new IOException("failed before"));
        assertThat(waitFor(List.of(never, ran), LONG, FIRST_COMPLETED, "at once: one is already done").done())
                .as("FIRST_COMPLETED with a FutureTask that already ran").containsExactly(ran);
        assertThat(waitFor(List.of(never, failed), LONG, FIRST_EXCEPTION, "at once: one has already failed").done())
                .as("FIRST_EXCEPTION with a future that had already failed").containsExactly(failed);
    }

    @Test
    void plain_futures_from_an_executor_are_waited_for_too() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> quick = pool.submit(() -> {
                Bounded.await(release, "the test to release the quick task");
                return "quick";
            });
            Future<String> slow = pool.submit(() -> {
                new CountDownLatch(1).await(Bounded.DEFAULT.toNanos(), NANOSECONDS); // until cancelled
                return "slow";
            });
            timer.schedule(release::countDown, 50, MILLISECONDS);
            DoneAndNotDone<String> result = waitFor(List.of(quick, slow), LONG, FIRST_COMPLETED,
                    "when the quick task is done: a Future from submit() has no callback, but can be waited for");
            assertThat(result.done()).as("the quick task, not a CompletableFuture").containsExactly(quick);
            assertThat(result.notDone()).as("the slow task is still running").containsExactly(slow);
        } finally {
            pool.shutdownNow();                 // interrupts the slow task
            pool.close();
        }
    }

    @Test
    void a_future_given_twice_counts_once() throws Exception {
        CompletableFuture<String> a = CompletableFuture.completedFuture("A");
        DoneAndNotDone<String> result = waitFor(List.of(a, a, never), Duration.ofMillis(50), ALL_COMPLETED,
                "after its timeout of 50 ms");
        assertThat(result.done()).as("done is a set: A appears once").containsExactly(a);
        assertThat(result.notDone()).as("notDone is a set").containsExactly(never);
    }

    @Test
    void a_future_given_twice_is_waited_for_once() throws Exception {
        CompletableFuture<String> a = CompletableFuture.completedFuture("A");
        CompletableFuture<String> b = succeedsAfter(50, "B");
        DoneAndNotDone<String> result = waitFor(List.of(a, b, a), LONG, ALL_COMPLETED,
                "as soon as A and B are done: a future given twice counts once, so \"all done\" means both "
                        + "distinct futures, not as many as the list holds");
        assertThat(result.done()).as("ALL_COMPLETED: A and B").containsExactlyInAnyOrder(a, b);
    }

    @Test
    void one_deadline_for_the_whole_wait_not_a_timeout_per_poll() throws Exception {
        // The gaps are short beside the timeout (30 ms against 2 s), so that a timeout per poll never returns
        // early by chance: on a machine busy with other work, a gap of 300 ms has been seen.
        List<CompletableFuture<String>> chain = IntStream.range(0, 100)
                .mapToObj(i -> new CompletableFuture<String>()).toList();
        made.addAll(chain);
        for (int i = 0; i + 1 < chain.size(); i++) { // each finishes 30 ms after the one before
            CompletableFuture<String> next = chain.get(i + 1);
            chain.get(i).whenComplete((value, failure) ->
                    timer.schedule(() -> next.complete("next"), 30, MILLISECONDS));
        }
        timer.schedule(() -> chain.getFirst().complete("first"), 30, MILLISECONDS);
        List<Future<String>> fs = List.copyOf(chain);
        DoneAndNotDone<String> result = waitFor(fs, Duration.ofSeconds(2), ALL_COMPLETED,
                "2 s after the call, its timeout");
        assertThat(result.notDone())
                .as("one deadline for the whole wait, not a timeout per poll: 100 futures finish one every 30 ms, "
                        + "each well inside 2 s of the one before, but all of them take 3 s; 2 s after "
                        + "the call wait returns, with a third of them not done")
                .isNotEmpty();
    }

    @Test
    void no_watcher_outlives_the_wait() throws Exception {
        WatchedFuture<String> watched = new WatchedFuture<>(never);
        try {
            DoneAndNotDone<String> result = waitFor(List.of(watched), Duration.ofMillis(100), ALL_COMPLETED,
                    "after its timeout of 100 ms");
            assertThat(result.notDone()).as("it never finishes").containsExactly(watched);
            Bounded.until("a watcher to wait in the future's get()", () -> !watched.waiters.isEmpty());
            for (Thread watcher : watched.waiters) {
                assertThat(watcher.join(Duration.ofSeconds(5)))
                        .as("the watcher %s still waits in get() 5 s after wait returned: a watcher that outlives "
                                + "the wait is a leaked thread; shutdownNow() the watchers in a finally", watcher)
                        .isTrue();
            }
        } finally {
            never.complete("late"); // frees a watcher that would otherwise wait forever
        }
    }

    @Test
    void no_futures_returns_at_once() throws Exception {
        DoneAndNotDone<String> result = waitFor(List.of(), LONG, FIRST_COMPLETED, "at once: there is nothing to wait for");
        assertThat(result.done()).as("nothing done").isEmpty();
        assertThat(result.notDone()).as("nothing not done").isEmpty();
    }

    @Test
    void an_interrupted_wait_throws_InterruptedException() {
        Thread.currentThread().interrupt();
        try {
            assertThat(catchThrowable(() -> Wait.wait(List.of(never), Duration.ofSeconds(2), ALL_COMPLETED)))
                    .as("a thread interrupted while it waits must stop waiting and say so")
                    .isInstanceOf(InterruptedException.class);
        } finally {
            Thread.interrupted();
        }
    }

    /** A Future that is no CompletableFuture and remembers the threads that wait in its get(). */
    static final class WatchedFuture<T> implements Future<T> {
        final Set<Thread> waiters = ConcurrentHashMap.newKeySet();
        private final Future<T> inner;

        WatchedFuture(Future<T> inner) {
            this.inner = inner;
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            return inner.cancel(mayInterruptIfRunning);
        }

        @Override
        public boolean isCancelled() {
            return inner.isCancelled();
        }

        @Override
        public boolean isDone() {
            return inner.isDone();
        }

        @Override
        public T get() throws InterruptedException, ExecutionException {
            waiters.add(Thread.currentThread());
            return inner.get();
        }

        @Override
        public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
            waiters.add(Thread.currentThread());
            return inner.get(timeout, unit);
        }

        @Override
        public State state() {
            return inner.state();
        }
    }
}
