package workbook.ch08;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import workbook.support.Bounded;
import workbook.support.Exercise;

@Exercise(id = "8.3", title = "At most N starts a second", stub = StartRate.class, hint = {
        """
        A semaphore cannot keep this promise, since a task that ends at once frees its permit at once. What \
        do you need to remember about past starts to know when the next may go? A sliding window, not \
        calendar seconds.""",
        """
        Keep the times of the last N starts in the deque, oldest first, read from the ticker under the lock. \
        A caller forgets the starts a second old or more; if fewer than N remain, it records its own start \
        and goes; otherwise it sleeps on the ticker until the oldest is a second old, then tries again.""",
        """
        The first N callers go at once: the promise is no more than N in any second, not an even spacing. \
        Sleep outside the lock, so that other callers can look meanwhile, and let the sleep's \
        `InterruptedException` out: an interrupted caller does not start.""" })
@Timeout(30)
class StartRateTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    /** A clock that moves only when someone sleeps on it, so that a test of a rate takes no time at all. */
    private static final class FakeTicker implements StartRate.Ticker {
        private long now = 500_000_000L; // half a second past a whole second: calendar seconds would show
        final List<Long> sleeps = new ArrayList<>();

        @Override
        public synchronized long nanoTime() {
            return now;
        }

        @Override
        public synchronized void sleep(long nanos) throws InterruptedException {
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted while sleeping on the fake clock");
            }
            sleeps.add(nanos);
            now += Math.max(0, nanos);
        }

        synchronized void advance(Duration d) {
            now += d.toNanos();
        }
    }

    /** Calls {@code awaitTurn} {@code n} times and returns the time of each return. */
    private static List<Long> starts(StartRate rate, FakeTicker ticker, int n) throws InterruptedException {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rate.awaitTurn();
            times.add(ticker.nanoTime());
        }
        return times;
    }

    @Test
    void the_first_n_start_at_once() throws Exception {
        FakeTicker ticker = new FakeTicker();
        List<Long> times = starts(new StartRate(3, ticker), ticker, 3);
        assertThat(ticker.sleeps).as("sleeps before the first 3 starts at 3 a second: a burst of N may start "
                + "at once, not one every 1/N s").isEmpty();
        assertThat(times).as("start times").containsOnly(times.get(0));
    }

    @Test
    void no_more_than_n_starts_fall_in_any_one_second_and_none_waits_longer_than_needed() throws Exception {
        FakeTicker ticker = new FakeTicker();
        List<Long> times = starts(new StartRate(3, ticker), ticker, 10);
        for (int i = 0; i + 3 < times.size(); i++) {
            assertThat(times.get(i + 3) - times.get(i))
                    .as("nanoseconds between start %d and start %d at 3 a second: at least a second, in any "
                            + "one second (a sliding window, not calendar seconds); and no more, or it waits "
                            + "longer than needed", i, i + 3)
                    .isEqualTo(SECOND);
        }
    }

    @Test
    void after_a_quiet_second_the_next_n_start_at_once() throws Exception {
        FakeTicker ticker = new FakeTicker();
        StartRate rate = new StartRate(3, ticker);
        starts(rate, ticker, 3);
        ticker.advance(Duration.ofMillis(1500));
        starts(rate, ticker, 3);
        assertThat(ticker.sleeps).as("sleeps, when no start fell in the last second: it waited although "
                + "nothing had started in the last second").isEmpty();
    }

    @Test
    void an_interrupted_caller_gets_InterruptedException_and_no_start() throws Exception {
        FakeTicker ticker = new FakeTicker();
        StartRate rate = new StartRate(1, ticker);
        rate.awaitTurn();
        Thread.currentThread().interrupt();
        try {
            assertThat(catchThrowable(rate::awaitTurn)).as("what awaitTurn threw on an interrupted thread that "
                    + "must wait: the caller's interrupt must end the wait with InterruptedException, not be swallowed")
                    .isInstanceOf(InterruptedException.class);
        } finally {
            Thread.interrupted();
        }
        ticker.advance(Duration.ofSeconds(1));
        int sleepsBefore = ticker.sleeps.size();
        rate.awaitTurn();
        assertThat(ticker.sleeps.size()).as("sleeps of a start a second after the last one: the interrupted "
                + "call must not have counted a start").isEqualTo(sleepsBefore);
    }

    @Test
    void callers_on_many_virtual_threads_share_one_limit() throws Exception {
        FakeTicker ticker = new FakeTicker();
        long begin = ticker.nanoTime();
        StartRate rate = new StartRate(4, ticker);
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                futures.add(callers.submit(() -> {
                    rate.awaitTurn();
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                Bounded.get(f, "a caller of awaitTurn");
            }
        }
        assertThat(ticker.nanoTime() - begin).as("time on the clock once 20 callers on their own threads have "
                + "started at 4 a second: the last 4 cannot start before 4 s").isGreaterThanOrEqualTo(4 * SECOND);
    }

    @Test
    void startAll_submits_every_task_in_its_turn() throws Exception {
        FakeTicker ticker = new FakeTicker();
        List<Callable<Long>> tasks = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tasks.add(ticker::nanoTime);
        }
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Long>> futures = new StartRate(2, ticker).startAll(executor, tasks);
            assertThat(futures).hasSize(5);
            for (Future<Long> f : futures) {
                Bounded.get(f, "a started task");
            }
        }
        assertThat(ticker.sleeps).as("waits for 5 starts at 2 a second: before the 3rd and the 5th").hasSize(2);
    }
}
