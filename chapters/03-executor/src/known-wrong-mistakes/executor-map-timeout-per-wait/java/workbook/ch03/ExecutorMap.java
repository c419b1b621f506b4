// Mistake: a timeout for each wait instead of one deadline for the whole call
// Caught by: ExecutorMapTest#the_deadline_is_counted_from_the_call_not_from_each_next
// Says: one deadline for the whole call
package workbook.ch03;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Exercise 3.1: Python's {@code Executor.map} for an {@link ExecutorService}: submits one task per item
 * at the call, then gives the results lazily, in the order of the items, within one deadline counted
 * from the call.
 *
 * <pre>{@code
 * try (ExecutorService executor = Executors.newFixedThreadPool(4);
 *      ExecutorMap.Results<byte[]> flags = ExecutorMap.map(executor, cc -> getFlag(cc), codes, Duration.ofSeconds(5))) {
 *     while (flags.hasNext()) {
 *         byte[] flag = flags.next();   // waits for this one only, then the next, in the order of codes
 *     }
 * }
 * }</pre>
 *
 * <p>{@code next()} reports every failure as an unchecked {@link CompletionException}, as
 * {@code CompletableFuture.join()} does; its cause says what happened:
 * <ul>
 * <li>the task's own exception, when {@code next()} reaches a task that failed;
 * <li>a {@link TimeoutException}, when the deadline passes before the result {@code next()} waits for
 *     is ready (a result that is ready is still given after the deadline, as in Python);
 * <li>an {@link InterruptedException}, when the caller is interrupted while it waits (its interrupt
 *     status is set again before the exception is thrown).
 * </ul>
 * After any of these, and on {@link Results#close()}, every task whose result was not given yet is
 * cancelled, interrupting those that are running (Python cannot stop a running task; Java can ask
 * it to), and {@code hasNext()} answers {@code false}. A {@link java.util.concurrent.CancellationException}
 * is thrown as it is, for a task that someone else cancelled.
 *
 * <p>Like any iterator, the results are for one thread to consume.
 */
public final class ExecutorMap {

    // tag::api[]
    /** The work to do for one item; unlike {@link java.util.function.Function}, it may throw. */
    @FunctionalInterface
    public interface Task<T, R> {
        R apply(T item) throws Exception;
    }

    /** The results of a map, in the order of its items; closing it cancels the tasks whose results were not taken. */
    public interface Results<R> extends Iterator<R>, AutoCloseable {
        /** Cancels every task whose result has not been given yet, interrupting those that are running. */
        @Override
        void close();
    }

    // end::api[]

    private ExecutorMap() {
    }

    /**
     * Submits {@code fn} for every item to {@code executor} now, and returns their results in the order
     * of the items; {@code next()} throws a {@link CompletionException} caused by a
     * {@link TimeoutException} once {@code timeout}, counted from this call, has passed.
     *
     * @throws RejectedExecutionException if the executor refuses a task; the tasks submitted before it
     *                                    are cancelled
     */
    public static <T, R> Results<R> map(ExecutorService executor, Task<? super T, ? extends R> fn,
                                        Iterable<? extends T> items, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos(); // counted from the call, as in Python
        return new InOrder<>(submitAll(executor, fn, items), timeout, deadline);
    }

    /** As {@link #map(ExecutorService, Task, Iterable, Duration)}, with no deadline: {@code next()} waits as long as it takes. */
    public static <T, R> Results<R> map(ExecutorService executor, Task<? super T, ? extends R> fn,
                                        Iterable<? extends T> items) {
        return new InOrder<>(submitAll(executor, fn, items), null, 0);
    }

    private static <T, R> Deque<Future<R>> submitAll(ExecutorService executor, Task<? super T, ? extends R> fn,
                                                     Iterable<? extends T> items) {
        Deque<Future<R>> futures = new ArrayDeque<>();
        try {
            for (T item : items) {
                futures.add(executor.submit(() -> fn.apply(item)));
            }
        } catch (RuntimeException e) { // rejected half-way: take back what was submitted
            // last first, as close() does: a running task ended by its cancel frees a thread that would
            // pick up a task still queued
            futures.descendingIterator().forEachRemaining(f -> f.cancel(true));
            throw e;
        }
        return futures;
    }

    private static final class InOrder<R> implements Results<R> {
        private final Deque<Future<R>> pending;
        private final Duration timeout; // null: no deadline
        private final long deadline;
        private int given;

        InOrder(Deque<Future<R>> pending, Duration timeout, long deadline) {
            this.pending = pending;
            this.timeout = timeout;
            this.deadline = deadline;
        }

        @Override
        public boolean hasNext() {
            return !pending.isEmpty();
        }

        @Override
        public R next() {
            Future<R> future = pending.pollFirst();
            if (future == null) {
                throw new NoSuchElementException("no more results");
            }
            try {
                // a negative wait still returns a result that is ready: only a missing one times out
                R result = timeout == null ? future.get() : future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
                given++;
                return result;
            } catch (ExecutionException e) {
                close();
                throw new CompletionException(e.getCause());
            } catch (TimeoutException e) {
                close(); // the tasks queued behind this one first, so that none starts when it ends
                future.cancel(true);
                throw new CompletionException(new TimeoutException(
                        "result " + given + " was not ready " + timeout.toMillis() + " ms after the call to map"));
            } catch (InterruptedException e) {
                close();
                future.cancel(true);
                Thread.currentThread().interrupt();
                throw new CompletionException(e);
            } catch (RuntimeException e) { // cancelled by someone else
                close();
                throw e;
            }
        }

        @Override
        public void close() {
            // last first: a task still queued must be cancelled before a running one, ended by its
            // cancel, frees a thread that would pick the queued one up
            for (Iterator<Future<R>> it = pending.descendingIterator(); it.hasNext(); ) {
                it.next().cancel(true);
            }
            pending.clear();
        }
    }
}
