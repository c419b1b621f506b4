package workbook.ch05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import workbook.ch05.AsCompleted.Completions;
import workbook.support.Bounded;
import workbook.support.Exercise;

@Exercise(id = "5.1", title = "as_completed for Java futures", stub = AsCompleted.class, hint = {
        """
        A `Future` has no hook that says "I am done"; a `CompletableFuture` has one. How else can you learn \
        when a plain future finishes, without polling `isDone()` in a loop? And when is the one deadline for \
        the whole iteration fixed? The exercise's own introduction names the costs.""",
        """
        Fix the deadline at the call. Drop duplicates keeping their order (a `LinkedHashSet`), put the \
        futures already done on a `LinkedBlockingQueue` first, then have each pending one put itself on the \
        queue when it ends: a `CompletableFuture` through `whenComplete`, any other future through a virtual \
        thread that waits in its `get` for the time left. `next()` polls the queue for the time left; \
        nothing by then is a `TimeoutException` that says how many of how many are unfinished.""" })
class AsCompletedTest {

    static final Duration LONG = Duration.ofSeconds(10);

    @Test
    void futures_come_back_in_the_order_they_finish() throws Exception {
        var a = new CompletableFuture<String>();
        var b = new CompletableFuture<String>();
        var c = new CompletableFuture<String>();
        Completions<String> done = AsCompleted.asCompleted(List.of(a, b, c), LONG);
        c.complete("c");
        assertThat(done.next()).as("c finished first, though given last").isSameAs(c);
        a.complete("a");
        assertThat(done.next()).as("then a").isSameAs(a);
        b.complete("b");
        assertThat(done.next()).as("then b").isSameAs(b);
        assertThat(done.hasNext()).as("three futures, three returned").isFalse();
    }

    @Test
    void futures_finished_before_the_call_come_first_in_the_order_given() throws Exception {
        var a = new CompletableFuture<String>();
        var b = CompletableFuture.completedFuture("b");
        var c = new CompletableFuture<String>();
        var d = CompletableFuture.<String>failedFuture(new IllegalStateException("d failed"));
        Completions<String> done = AsCompleted.asCompleted(List.of(a, b, c, d), LONG);
        c.complete("c");
        a.complete("a");
        List<Future<String>> order = List.of(done.next(), done.next(), done.next(), done.next());
        assertThat(order).as("b and d were finished (one failed) before the call: they come first, then c and a")
                .containsExactly(b, d, c, a);
    }

    @Test
    void a_future_given_twice_comes_back_once() throws Exception {
        var a = CompletableFuture.completedFuture("a");
        var b = CompletableFuture.completedFuture("b");
        Completions<String> done = AsCompleted.asCompleted(List.of(a, b, a), LONG);
        assertThat(List.of(done.next(), done.next())).containsExactly(a, b);
        assertThat(done.hasNext()).as("a was given twice but is one future, as in Python's set(fs)").isFalse();
        assertThat(catchThrowable(done::next)).as("next() after the last one, like any iterator")
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void an_empty_collection_has_no_next() {
        assertThat(AsCompleted.asCompleted(List.<Future<String>>of(), LONG).hasNext()).isFalse();
    }

    @Test
    void the_timeout_says_how_many_futures_are_unfinished() throws Exception {
        var a = CompletableFuture.completedFuture("a");
        var b = new CompletableFuture<String>();
        var c = new CompletableFuture<String>();
        long start = System.nanoTime();
        Completions<String> done = AsCompleted.asCompleted(List.of(a, b, c), Duration.ofMillis(200));
        assertThat(done.next()).as("a is finished: no waiting for it").isSameAs(a);
        TimeoutException timeout = catchThrowableOfType(TimeoutException.class, done::next);
        long waited = System.nanoTime() - start;
        assertThat(timeout).as("b and c never finish: next() must give up at the deadline").isNotNull();
        assertThat(timeout.getMessage()).as("Python's message").isEqualTo("2 (of 3) futures unfinished");
        assertThat(waited).as("next() waits until the deadline before it gives up")
                .isGreaterThanOrEqualTo(Duration.ofMillis(200).toNanos());
    }

    @Test
    void one_deadline_counts_from_the_call_not_from_each_next() throws Exception {
        // The gaps are short beside the timeout (250 ms against 1.5 s), and the last future comes long after
        // it (at 3 s), so that neither answer passes for the other by chance on a machine busy with other work
        List<CompletableFuture<String>> futures = IntStream.range(0, 12)
                .mapToObj(i -> new CompletableFuture<String>()).toList();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        try {
            Completions<String> done = AsCompleted.asCompleted(futures, Duration.ofMillis(1500));
            for (int i = 0; i < futures.size(); i++) { // one every 250 ms: at 250, 500, ..., 3000 ms
                CompletableFuture<String> future = futures.get(i);
                clock.schedule(() -> future.complete("done"), 250L * (i + 1), TimeUnit.MILLISECONDS);
            }
            int returned = 0;
            TimeoutException timeout = null;
            try {
                while (done.hasNext()) {
                    done.next();
                    returned++;
                }
            } catch (TimeoutException e) {
                timeout = e;
            }
            assertThat(timeout).as("each wait is shorter than 1.5 s, but the twelve together take 3 s: "
                    + "a deadline counted from each next() never runs out; one counted from the call does")
                    .isNotNull();
            assertThat(timeout.getMessage()).isEqualTo((12 - returned) + " (of 12) futures unfinished");
        } finally {
            clock.shutdownNow();
            assertThat(clock.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void futures_from_different_executors_come_back_as_they_finish() throws Exception {
        CountDownLatch goPool = new CountDownLatch(1);
        CountDownLatch goVirtual = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(1);
             ExecutorService virtual = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<String> fromPool = pool.submit(() -> waitFor(goPool, "pool"));
            Future<String> fromVirtual = virtual.submit(() -> waitFor(goVirtual, "virtual"));
            var completable = new CompletableFuture<String>();
            Completions<String> done = AsCompleted.asCompleted(List.of(fromPool, fromVirtual, completable), LONG);
            goVirtual.countDown();
            assertThat(done.next()).as("a plain Future from a virtual-thread executor").isSameAs(fromVirtual);
            completable.complete("completable");
            assertThat(done.next()).as("a CompletableFuture completed by hand").isSameAs(completable);
            goPool.countDown();
            assertThat(done.next()).as("a plain Future (a FutureTask) from a fixed pool").isSameAs(fromPool);
        }
    }

    @Test
    void a_cancelled_future_counts_as_finished() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(1)) {
            Future<String> running = pool.submit(() -> waitFor(never, "never"));
            Completions<String> done = AsCompleted.asCompleted(List.of(running), LONG);
            running.cancel(true);
            assertThat(done.next()).as("cancelled is done, as in Python").isSameAs(running);
        }
    }

    @Test
    void a_plain_future_is_not_polled() throws Exception {
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        try {
            var inner = new CompletableFuture<String>();
            CountingFuture<String> plain = new CountingFuture<>(inner);
            Completions<String> done = AsCompleted.asCompleted(List.of(plain), LONG);
            clock.schedule(() -> inner.complete("late"), 500, TimeUnit.MILLISECONDS);
            assertThat(done.next()).isSameAs(plain);
            assertThat(plain.questions.get())
                    .as("asCompleted asked this Future %d times whether it was done in 0.5 s: that is polling. "
                            + "Let a thread block in get() instead, so that the future itself wakes it", plain.questions.get())
                    .isLessThanOrEqualTo(4);
        } finally {
            clock.shutdownNow();
            assertThat(clock.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void a_watcher_ends_when_the_iteration_gives_up() throws Exception {
        var inner = new CompletableFuture<String>();
        CountingFuture<String> plain = new CountingFuture<>(inner);
        try {
            Completions<String> done = AsCompleted.asCompleted(List.of(plain), Duration.ofMillis(200));
            assertThat(catchThrowable(done::next))
                    .as("the plain future never finishes: next() gives up at the deadline")
                    .isInstanceOf(TimeoutException.class);
            Bounded.until("a thread to wait in the plain future's get()", () -> !plain.waiters.isEmpty());
            for (Thread watcher : plain.waiters) {
                assertThat(watcher.join(Duration.ofSeconds(5)))
                        .as("the thread %s still waits in get() 5 s after next() gave up: a watcher that outlives "
                                + "the iteration is a leak (a virtual thread no leak check sees). Wait with "
                                + "get(deadline - now), or interrupt the watchers when next() gives up", watcher)
                        .isTrue();
            }
        } finally {
            inner.complete("late"); // frees a watcher that would otherwise wait forever
        }
    }

    @Test
    void an_interrupted_next_throws_InterruptedException() throws Exception {
        var never = new CompletableFuture<String>();
        Completions<String> done = AsCompleted.asCompleted(List.of(never), LONG);
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread caller = Thread.ofPlatform().name("as-completed-caller").start(() -> {
            try {
                outcome.complete(new AssertionError("next() returned " + done.next()));
            } catch (Throwable e) {
                outcome.complete(e);
            }
        });
        try {
            Bounded.until("next() to wait for the future", () -> caller.getState() == Thread.State.TIMED_WAITING
                    || caller.getState() == Thread.State.WAITING);
            caller.interrupt();
            assertThat(Bounded.get(outcome, Duration.ofSeconds(5), "next() to end once its thread was interrupted"))
                    .as("an interrupt while next() waits must end the wait with InterruptedException: "
                            + "not be swallowed, nor turned into a timeout")
                    .isInstanceOf(InterruptedException.class);
        } finally {
            never.complete("never");
            Bounded.join(caller, "the thread that called next()");
        }
    }

    private static String waitFor(CountDownLatch go, String result) throws InterruptedException {
        if (!go.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("never told to finish");
        }
        return result;
    }

    /** A Future that is no CompletableFuture and counts how often it is asked about its state. */
    static final class CountingFuture<T> implements Future<T> {
        final AtomicInteger questions = new AtomicInteger();
        final Set<Thread> waiters = ConcurrentHashMap.newKeySet();
        private final Future<T> inner;

        CountingFuture(Future<T> inner) {
            this.inner = inner;
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            return inner.cancel(mayInterruptIfRunning);
        }

        @Override
        public boolean isCancelled() {
            questions.incrementAndGet();
            return inner.isCancelled();
        }

        @Override
        public boolean isDone() {
            questions.incrementAndGet();
            return inner.isDone();
        }

        @Override
        public T get() throws InterruptedException, ExecutionException {
            questions.incrementAndGet();
            waiters.add(Thread.currentThread());
            return inner.get();
        }

        @Override
        public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
            questions.incrementAndGet();
            waiters.add(Thread.currentThread());
            return inner.get(timeout, unit);
        }

        @Override
        public State state() {
            questions.incrementAndGet();
            return inner.state();
        }
    }
}
