// Mistake: after every N starts it sleeps a whole second, even when those starts are long past
// Caught by: StartRateTest#after_a_quiet_second_the_next_n_start_at_once
// Says: waited although nothing had started
package workbook.ch08;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exercise 8.3: a limit on how often tasks start, at most N starts in any one second, for servers that
 * count requests per second rather than requests in flight.
 *
 * <p>The first N callers go at once; after that, a caller waits until the oldest of the last N starts is
 * a second old. A semaphore limits how many run at once and cannot do this: a task that ends at once
 * would free its place at once.
 *
 * <pre>{@code
 * StartRate rate = new StartRate(10);
 * try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
 *     List<Future<DownloadStatus>> futures = rate.startAll(executor, downloads); // 10 a second at most
 * }
 * }</pre>
 */
public final class StartRate {

    /** One second: the window in which at most N starts may fall. */
    public static final Duration WINDOW = Duration.ofSeconds(1);

    /** The time a {@code StartRate} reads and waits on: the system's, or a test's own. */
    public interface Ticker {
        /** A reading in nanoseconds, as {@link System#nanoTime()}. */
        long nanoTime();

        /** Waits {@code nanos} nanoseconds, or throws if the thread is interrupted. */
        void sleep(long nanos) throws InterruptedException;

        /** The system's clock and {@link Thread#sleep}. */
        Ticker SYSTEM = new Ticker() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(long nanos) throws InterruptedException {
                TimeUnit.NANOSECONDS.sleep(nanos);
            }
        };
    }

    private final int perSecond;
    private final Ticker ticker;
    private final ReentrantLock lock = new ReentrantLock();
    private final Deque<Long> starts = new ArrayDeque<>(); // the last perSecond starts, oldest first

    /** At most {@code perSecond} starts in any one second, on the system's clock. */
    public StartRate(int perSecond) {
        this(perSecond, Ticker.SYSTEM);
    }

    /**
     * At most {@code perSecond} starts in any one second, on {@code ticker}'s clock.
     *
     * @throws IllegalArgumentException if {@code perSecond} is less than 1
     */
    public StartRate(int perSecond, Ticker ticker) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("the rate must be at least 1 start a second, not " + perSecond);
        }
        this.perSecond = perSecond;
        this.ticker = ticker;
    }

    // tag::solution[]
    /**
     * Waits until a start is allowed, then counts one: of any {@code perSecond + 1} calls that return,
     * the first and the last return at least a second apart.
     *
     * @throws InterruptedException if the thread is interrupted while it waits; no start is counted
     */
    public void awaitTurn() throws InterruptedException {
        lock.lock();
        try {
            if (starts.size() == perSecond) {
                ticker.sleep(WINDOW.toNanos());
                starts.clear();
            }
            starts.addLast(ticker.nanoTime());
        } finally {
            lock.unlock();
        }
    }
    // end::solution[]

    /**
     * Submits each task to {@code executor} when its turn comes, and returns their futures in the order
     * of {@code tasks}; the tasks run as long as they like, only their starts are limited.
     *
     * @throws InterruptedException if interrupted while waiting for a turn; tasks already started go on
     */
    public <T> List<Future<T>> startAll(ExecutorService executor, List<? extends Callable<T>> tasks)
            throws InterruptedException {
        List<Future<T>> futures = new ArrayList<>(tasks.size());
        for (Callable<T> task : tasks) {
            awaitTurn();
            futures.add(executor.submit(task));
        }
        return futures;
    }
}
