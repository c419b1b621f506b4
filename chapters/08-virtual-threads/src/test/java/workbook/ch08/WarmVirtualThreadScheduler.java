package workbook.ch08;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the timer threads of the JVM's virtual-thread scheduler before {@code NoLeaks} takes its
 * snapshot of the live threads, so that they (which live on by design) are not reported as leaks of the
 * first test class whose virtual thread sleeps or waits with a timeout.
 *
 * <p>{@code NoLeaks} ignores the scheduler's carrier threads, not its timer threads: JDK 25's
 * {@code ForkJoinPool-1-delayScheduler} or, before JDK 25, the {@code VirtualThread-unparker} threads,
 * of which a machine with many cores may have several, each picked by the id of the carrier that sets
 * the timer. Hence a virtual thread per carrier, each holding its carrier until all have one, then
 * sleeping once.
 *
 * <p>Registered through {@code META-INF/services}; this chapter's test classes come first on the
 * class path, so it runs before {@code NoLeaks}.
 */
public final class WarmVirtualThreadScheduler implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws InterruptedException {
        int carriers = Integer.getInteger("jdk.virtualThreadScheduler.parallelism",
                Runtime.getRuntime().availableProcessors());
        CountDownLatch allRunning = new CountDownLatch(carriers);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < carriers; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                allRunning.countDown();
                long giveUp = System.nanoTime() + Duration.ofSeconds(2).toNanos();
                while (allRunning.getCount() > 0 && System.nanoTime() < giveUp) {
                    Thread.onSpinWait(); // hold this carrier, so that the next virtual thread needs another
                }
                try {
                    Thread.sleep(1); // a timed wait starts the scheduler's delay thread
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(5));
        }
    }
}
