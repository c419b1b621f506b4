package workbook.ch02;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import workbook.support.Bounded;

/**
 * Stand-ins for the work of a task in the tests: a while of work, a request that never comes back, a
 * computation that only looks at its interrupt status. None lasts longer than {@link Bounded#DEFAULT}.
 *
 * <pre>{@code
 * ThreadMap.map(codes, cc -> Work.blockUntilInterrupted() ? "interrupted" : "timed out");
 * }</pre>
 */
final class Work {

    private Work() {
    }

    /** Works for {@code millis} (it sleeps, as a download waits); an interrupt ends it early and stays set. */
    static void forMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Blocks like a request that never comes back, until the thread is interrupted; returns whether it
     * was (the interrupt status is then clear, as after any {@link InterruptedException}).
     */
    static boolean blockUntilInterrupted() {
        try {
            // nobody counts this latch down: await returns false at the time limit, never true
            return new CountDownLatch(1).await(Bounded.DEFAULT.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            return true;
        }
    }

    /**
     * Keeps the CPU busy until the thread is interrupted, never blocking, and returns with the interrupt
     * status still set; returns false if no interrupt came.
     */
    static boolean busyUntilInterrupted() {
        long deadline = System.nanoTime() + Bounded.DEFAULT.toNanos();
        while (!Thread.currentThread().isInterrupted()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.onSpinWait();
        }
        return true;
    }
}
