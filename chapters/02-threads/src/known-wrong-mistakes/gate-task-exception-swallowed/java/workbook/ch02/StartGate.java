// Mistake: catching a task's exception in its thread, so the uncaught-exception handler never hears of it
// Caught by: StartGateTest#a_task_that_throws_has_ended_too_and_its_exception_reaches_the_handler
// Says: must reach its thread's uncaught-exception handler
package workbook.ch02;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;

/**
 * Exercise 2.3: times a task run by many threads at once, from the moment they are all ready to go,
 * after the test harness of <i>Java Concurrency in Practice</i> (listing 5.11).
 *
 * <pre>{@code
 * Duration elapsed = StartGate.timeTasks(8, Thread.ofPlatform().factory(), () -> counter.record(OK));
 * }</pre>
 *
 * <p>Starting a thread takes time, and threads started one after the other begin their work at
 * different moments: without a gate, the first tasks are done before the last threads exist, and the
 * clock measures thread start-up as much as the work.
 */
public final class StartGate {

    private StartGate() {
    }

    /**
     * Makes {@code threads} threads with {@code factory} and starts them. Each waits at a start gate
     * until all of them are waiting there; then the gate opens, every thread runs {@code task} once,
     * and the method returns the time from the opening of the gate to the end of the last task.
     *
     * <p>A task that throws has ended all the same: its exception goes on to its thread's
     * uncaught-exception handler, and the others are still waited for.
     *
     * @throws InterruptedException if the calling thread is interrupted while waiting; the threads are
     *                              interrupted before the exception is thrown
     */
    public static Duration timeTasks(int threads, ThreadFactory factory, Runnable task) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch startGate = new CountDownLatch(1);
        CountDownLatch endGate = new CountDownLatch(threads);
        List<Thread> started = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                Thread thread = factory.newThread(() -> {
                    ready.countDown();
                    try {
                        startGate.await();
                        try {
                            task.run();
                        } catch (RuntimeException e) {
                            // ignored: the others go on
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt(); // stopped before its task began
                    } finally {
                        endGate.countDown();                // a task that throws has ended too
                    }
                });
                started.add(thread);
                thread.start();
            }
            ready.await();
            long start = System.nanoTime();
            startGate.countDown();
            endGate.await();
            return Duration.ofNanos(System.nanoTime() - start);
        } catch (Throwable t) {
            // interrupted, or the factory failed half-way: no thread may be left at the gate for ever
            started.forEach(Thread::interrupt);
            throw t;
        }
    }
}
