package workbook.support;

import java.time.Duration;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Blocking calls for tests that always have a time limit and, when it runs out, fail with a message
 * that says what was awaited.
 *
 * <p>A test never blocks without a bound: a bug in a concurrent program usually shows as a hang, and
 * a hung build teaches nothing. Every method here fails with an {@link AssertionError} naming the
 * awaited thing instead:
 *
 * <pre>{@code
 * byte[] flag = Bounded.get(future, "the flag of BR");
 * Bounded.await(allStarted, "all 20 download threads to start");
 * Bounded.until("the counter to reach 100", () -> counter.get() == 100);
 * }</pre>
 *
 * <p>The default limit, {@link #DEFAULT}, is generous: it is a guard against hangs, never a speed
 * assertion.
 */
public final class Bounded {

    /** The limit used when none is given: generous, because CI machines can be slow. */
    public static final Duration DEFAULT = Duration.ofSeconds(10);

    private Bounded() {
    }

    /** Waits for {@code future} and returns its result, or fails if it is not done in time. */
    public static <T> T get(Future<T> future, String what) throws ExecutionException {
        return get(future, DEFAULT, what);
    }

    /** Waits at most {@code limit} for {@code future} and returns its result. */
    public static <T> T get(Future<T> future, Duration limit, String what) throws ExecutionException {
        try {
            return future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw timedOut(limit, what);
        } catch (InterruptedException e) {
            throw interrupted(what);
        }
    }

    /** Waits until {@code latch} reaches zero, or fails. */
    public static void await(CountDownLatch latch, String what) {
        await(latch, DEFAULT, what);
    }

    /** Waits at most {@code limit} until {@code latch} reaches zero, or fails. */
    public static void await(CountDownLatch latch, Duration limit, String what) {
        try {
            if (!latch.await(limit.toNanos(), TimeUnit.NANOSECONDS)) {
                throw timedOut(limit, what + " (the latch still counts " + latch.getCount() + ")");
            }
        } catch (InterruptedException e) {
            throw interrupted(what);
        }
    }

    /** Waits at the barrier for the other parties, or fails. */
    public static void await(CyclicBarrier barrier, String what) {
        try {
            barrier.await(DEFAULT.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw timedOut(DEFAULT, what);
        } catch (BrokenBarrierException e) {
            throw new AssertionError("The barrier broke while waiting for " + what, e);
        } catch (InterruptedException e) {
            throw interrupted(what);
        }
    }

    /** Waits for {@code thread} to end, or fails. */
    public static void join(Thread thread, String what) {
        try {
            if (!thread.join(DEFAULT)) {
                throw timedOut(DEFAULT, what + " (thread " + thread.getName() + " is " + thread.getState() + ")");
            }
        } catch (InterruptedException e) {
            throw interrupted(what);
        }
    }

    /** Polls {@code condition} until it holds, or fails. */
    public static void until(String what, BooleanSupplier condition) {
        until(what, DEFAULT, condition);
    }

    /** Polls {@code condition} for at most {@code limit} until it holds, or fails. */
    public static void until(String what, Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw timedOut(limit, what);
            }
            try {
                Thread.sleep(5); // polling interval, not a wait for "things to happen"
            } catch (InterruptedException e) {
                throw interrupted(what);
            }
        }
    }

    private static AssertionError timedOut(Duration limit, String what) {
        return new AssertionError("Timed out after " + limit.toMillis() + " ms waiting for " + what);
    }

    private static AssertionError interrupted(String what) {
        Thread.currentThread().interrupt();
        return new AssertionError("Interrupted while waiting for " + what);
    }
}
