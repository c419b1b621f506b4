package workbook.ch05;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.flags.DownloadStatus.ERROR;
import static workbook.flags.DownloadStatus.NOT_FOUND;
import static workbook.flags.DownloadStatus.OK;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import workbook.flags.DownloadStatus;
import workbook.support.Bounded;
import workbook.support.Exercise;

@Exercise(id = "5.2", title = "Tally outcomes in completion order", stub = CompletionTally.class, hint = {
        """
        The completion service of "Futures in the order they finish" gives you each download as it ends. \
        What does a `poll` with a timeout return when time is up, and what becomes of the downloads that had \
        not ended? One may end between your last `poll` and your `cancel`.""",
        """
        Submit every download through an `ExecutorCompletionService` and take their futures from it in \
        completion order, with `poll` and the time left until one deadline. A future's `state()` tells a \
        success (`resultNow()`) from a failure. What is still uncounted when time is up is cancelled with an \
        interrupt, and counted all the same.""",
        """
        The end is a race: a download may finish between your last `poll` and your `cancel`. What does \
        `cancel` answer then, and whose outcome counts?""" })
class CompletionTallyTest {

    static final Duration LONG = Duration.ofSeconds(10);

    @Test
    void every_outcome_is_counted_and_a_download_that_throws_is_an_error() throws Exception {
        List<Callable<DownloadStatus>> downloads = List.of(() -> OK, () -> NOT_FOUND, () -> OK,
                () -> {
                    throw new IOException("connection reset");
                }, () -> OK);
        try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
            assertThat(CompletionTally.tally(pool, downloads, LONG, status -> { }))
                    .as("3 OK, 1 NOT_FOUND, and the IOException counted as ERROR")
                    .isEqualTo(Map.of(OK, 3L, NOT_FOUND, 1L, ERROR, 1L));
        }
    }

    @Test
    void each_outcome_is_reported_in_the_order_the_downloads_finish() throws Exception {
        CountDownLatch goSecond = new CountDownLatch(1);
        CountDownLatch goThird = new CountDownLatch(1);
        List<Callable<DownloadStatus>> downloads = List.of(
                () -> after(goThird, OK), () -> after(goSecond, NOT_FOUND), () -> {
                    throw new IOException("HTTP 500");
                });
        List<DownloadStatus> seen = new ArrayList<>();
        Consumer<DownloadStatus> onEach = status -> { // each report lets the next download finish
            seen.add(status);
            (seen.size() == 1 ? goSecond : goThird).countDown();
        };
        try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
            Map<DownloadStatus, Long> counts = CompletionTally.tally(pool, downloads, LONG, onEach);
            assertThat(seen).as("the last download submitted finished first, the first last")
                    .containsExactly(ERROR, NOT_FOUND, OK);
            assertThat(counts).isEqualTo(Map.of(OK, 1L, NOT_FOUND, 1L, ERROR, 1L));
        }
    }

    @Test
    void a_download_still_running_at_the_deadline_is_cancelled_and_counted_as_an_error() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        List<Callable<DownloadStatus>> downloads = List.of(() -> OK, () -> {
            try {
                never.await(10, TimeUnit.SECONDS);
                return OK;
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
        });
        List<DownloadStatus> seen = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            long start = System.nanoTime();
            Map<DownloadStatus, Long> counts = CompletionTally.tally(pool, downloads, Duration.ofMillis(300), seen::add);
            assertThat(System.nanoTime() - start).as("the tally waits for the deadline, 300 ms")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(300).toNanos());
            assertThat(counts).as("the straggler counts as an error").isEqualTo(Map.of(OK, 1L, ERROR, 1L));
            assertThat(seen).as("onEach hears of every download, the straggler too").containsExactly(OK, ERROR);
            Bounded.await(interrupted, "the straggler to be interrupted: cancel(true) the futures not counted");
        }
    }

    @Test
    void the_downloads_run_on_the_executor_given() throws Exception {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Callable<DownloadStatus> download = () -> {
            threads.add(Thread.currentThread().getName());
            return OK;
        };
        try (ExecutorService pool = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("tally-", 1).factory())) {
            CompletionTally.tally(pool, List.of(download, download, download, download), LONG, status -> { });
        }
        assertThat(threads).as("threads that ran the downloads").isNotEmpty()
                .allMatch(name -> name.startsWith("tally-"));
    }

    @Test
    void nothing_to_download_counts_nothing() throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(1)) {
            assertThat(CompletionTally.tally(pool, List.of(), LONG, status -> { })).isEmpty();
        }
    }

    @Test
    void one_deadline_for_the_whole_tally_not_a_timeout_per_poll() throws Exception {
        // The gaps are short beside the timeout (250 ms against 2 s), so that a timeout per poll never returns
        // early by chance, even on a machine busy with other work
        List<CountDownLatch> gates = IntStream.range(0, 10).mapToObj(i -> new CountDownLatch(1)).toList();
        List<Callable<DownloadStatus>> downloads = gates.stream()
                .<Callable<DownloadStatus>>map(gate -> () -> after(gate, OK)).toList();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        List<DownloadStatus> seen = new ArrayList<>();
        Consumer<DownloadStatus> onEach = status -> { // each download finishes 250 ms after the one before
            seen.add(status);
            if (seen.size() < gates.size()) {
                clock.schedule(gates.get(seen.size())::countDown, 250, TimeUnit.MILLISECONDS);
            }
        };
        try (ExecutorService pool = Executors.newFixedThreadPool(gates.size())) {
            clock.schedule(gates.getFirst()::countDown, 250, TimeUnit.MILLISECONDS);
            Map<DownloadStatus, Long> counts = CompletionTally.tally(pool, downloads, Duration.ofSeconds(2), onEach);
            assertThat(counts.getOrDefault(ERROR, 0L))
                    .as("one deadline for the whole tally, not a timeout per poll: each download finishes 250 ms "
                            + "after the one before, well inside a timeout of 2 s per poll, but the ten take 2.5 s; "
                            + "at the deadline, 2 s after the call, one at least was still running and counts as "
                            + "an error (counts: %s)", counts)
                    .isGreaterThanOrEqualTo(1);
        } finally {
            gates.forEach(CountDownLatch::countDown);
            clock.shutdownNow();
            clock.close();
        }
    }

    @Test
    void on_each_runs_on_the_calling_thread() throws Exception {
        Set<Thread> callers = ConcurrentHashMap.newKeySet();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            CompletionTally.tally(pool, List.of(() -> OK, () -> NOT_FOUND, () -> {
                throw new IOException("boom");
            }), LONG, status -> callers.add(Thread.currentThread()));
        }
        assertThat(callers).as("onEach runs on the calling thread, one outcome after another, so it needs no "
                + "locking; it ran on %s", callers).containsExactly(Thread.currentThread());
    }

    @Test
    void an_interrupted_tally_throws_InterruptedException() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(1)) {
            Thread caller = Thread.ofPlatform().name("tally-caller").start(() -> {
                try {
                    outcome.complete(CompletionTally.tally(pool, List.of(() -> {
                        started.countDown();
                        return after(never, OK);
                    }), LONG, status -> { }));
                } catch (Throwable e) {
                    outcome.complete(e);
                }
            });
            try {
                Bounded.await(started, "the download to start");
                Bounded.until("the tally to wait for the download", () -> caller.getState() == Thread.State.WAITING
                        || caller.getState() == Thread.State.TIMED_WAITING);
                caller.interrupt();
                assertThat(Bounded.get(outcome, Duration.ofSeconds(5), "the tally to end once interrupted"))
                        .as("an interrupt while the tally waits must end it with InterruptedException: "
                                + "not be swallowed, nor taken for the deadline and answered with counts")
                        .isInstanceOf(InterruptedException.class);
            } finally {
                never.countDown();
                Bounded.join(caller, "the thread that called tally");
            }
        }
    }

    private static DownloadStatus after(CountDownLatch go, DownloadStatus status) throws InterruptedException {
        if (!go.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("never told to finish");
        }
        return status;
    }
}
