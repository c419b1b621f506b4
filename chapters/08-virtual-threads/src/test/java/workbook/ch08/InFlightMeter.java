package workbook.ch08;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts how many calls are in flight at once and remembers the most, for tests of a concurrency limit.
 *
 * <p>Each call is held until {@code limit} calls are in flight together (so a limiter that keeps its
 * promise must reach its limit), then {@code hold} longer, or less if a call over the limit comes in:
 * a limiter that lets one through too many shows it while the others are still held.
 */
final class InFlightMeter {

    private final int limit;
    private final Duration hold;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger most = new AtomicInteger();
    private final CountDownLatch fullHouse;
    private final CountDownLatch overflow = new CountDownLatch(1);

    InFlightMeter(int limit, Duration hold) {
        this.limit = limit;
        this.hold = hold;
        this.fullHouse = new CountDownLatch(limit);
    }

    /** Runs {@code inside} as one call in flight, held as described above. */
    <T> T measure(Callable<T> inside) throws Exception {
        int now = inFlight.incrementAndGet();
        most.accumulateAndGet(now, Math::max);
        if (now > limit) {
            overflow.countDown();
        }
        fullHouse.countDown();
        try {
            fullHouse.await(2, TimeUnit.SECONDS); // a limiter below its limit never opens it: give up
            T result = inside.call();
            overflow.await(hold.toNanos(), TimeUnit.NANOSECONDS);
            return result;
        } finally {
            inFlight.decrementAndGet(); // before the caller learns the call is over
        }
    }

    /** The most calls that were in flight at once. */
    int most() {
        return most.get();
    }

    /** Opens once {@code limit} calls have been in flight together. */
    CountDownLatch fullHouse() {
        return fullHouse;
    }

    /** Opens once more than {@code limit} calls are in flight at once. */
    CountDownLatch overflow() {
        return overflow;
    }
}
