package workbook.ch05;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jetbrains.lincheck.Lincheck;

/**
 * A model check of {@link InFlightLimit} with two tasks and a limit of one: Lincheck takes control of
 * the scheduling and tries the interleavings of the tasks' steps one after another, so that a limit
 * whose check and act are two steps is caught letting both in every time, not once in a thousand runs.
 *
 * <pre>{@code
 * LimitRaces.neverTwoAtOnce();   // throws LincheckAssertionError on a limit that can be overrun
 * }</pre>
 *
 * <p>A failure is a {@code LincheckAssertionError} whose message starts with what went wrong and then
 * shows the interleaving, step by step. The executor starts a platform thread per task, which Lincheck
 * schedules; as in chapter 02's {@code OutcomeCounterChecks}, the check is a plain {@code throw}.
 */
final class LimitRaces {

    /** How many interleavings to try at most: a check-then-act limit is overrun within the first few. */
    static final int INVOCATIONS = 100;

    /** Where the scenario publishes what its tasks share, so that Lincheck treats it as shared between threads. */
    static volatile Object shared;

    private LimitRaces() {
    }

    /**
     * Runs one small model check of the JDK classes the checks below use, so that Lincheck's one-off
     * start (attaching its agent and rewriting those classes, seconds on a busy machine) is paid before
     * the tests whose time is limited ({@code ModelChecks.startBefore} runs it).
     */
    static void warmUp() {
        Lincheck.runConcurrentTest(1, () -> {
            Semaphore places = new Semaphore(1, true);
            shared = places;
            ThreadPerTask executor = new ThreadPerTask();
            for (int i = 0; i < 2; i++) {
                executor.submit(() -> {
                    places.acquire();
                    places.release();
                    return null;
                });
            }
            executor.join();
        });
    }

    /** Two tasks under a limit of one, on an executor with a thread per task: never both in flight. */
    static void neverTwoAtOnce() {
        InFlightLimit.submitAll(new ThreadPerTask(), 1, List.<Callable<Integer>>of()); // a stub fails here, plainly
        Lincheck.runConcurrentTest(INVOCATIONS, () -> {
            AtomicInteger inFlight = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            shared = inFlight;
            Callable<Integer> task = () -> {
                int now = inFlight.incrementAndGet();
                most.accumulateAndGet(now, Math::max);
                inFlight.decrementAndGet();
                return now;
            };
            ThreadPerTask executor = new ThreadPerTask();
            InFlightLimit.submitAll(executor, 1, List.of(task, task));
            executor.join();
            if (most.get() > 1) {
                throw new AssertionError("a limit overrun by a check-then-act race: limit 1, yet " + most.get()
                        + " tasks ran at once; checking the count and taking a place must be one atomic step "
                        + "(Semaphore.acquire())");
            }
        });
    }

    /** An executor that starts a platform thread per task and can wait for them all. */
    private static final class ThreadPerTask extends AbstractExecutorService {
        private final List<Thread> threads = new ArrayList<>(); // only the scenario's thread submits

        @Override
        public void execute(Runnable command) {
            threads.add(Thread.ofPlatform().start(command));
        }

        void join() {
            try {
                for (Thread t : threads) {
                    t.join(); // Lincheck runs every thread to its end and fails a scenario that hangs
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while joining the scenario's threads", e);
            }
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return false;
        }
    }
}
