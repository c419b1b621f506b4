package workbook.ch03;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Python 3.14's {@code Executor.map(fn, items, buffersize=n)}: results in the order of the items, with
 * at most {@code n} tasks submitted ahead of the consumer, so that an endless input never fills memory.
 *
 * <pre>{@code
 * try (var squares = BufferedMap.map(pool, n -> n * n, Stream.iterate(1, n -> n + 1).iterator(), 4)) {
 *     squares.next();   // 1; five tasks were submitted in all: the one taken and four ahead
 * }                     // close() cancels the four submitted ahead
 * }</pre>
 *
 * <p>Each result taken submits the task of one more item. {@code next()} reports a failed task as a
 * {@link CompletionException} caused by its exception; an interrupted wait as one caused by an
 * {@link InterruptedException}, with the caller's interrupt status set again.
 *
 * <pre>./workbook run 3 --example BufferedMap</pre>
 */
public final class BufferedMap<T, R> implements Iterator<R>, AutoCloseable {

    // tag::buffered[]
    private final ExecutorService executor;
    private final Function<? super T, ? extends R> fn;
    private final Iterator<? extends T> items;
    private final Deque<Future<R>> ahead = new ArrayDeque<>();

    private BufferedMap(ExecutorService executor, Function<? super T, ? extends R> fn,
                        Iterator<? extends T> items, int buffersize) {
        this.executor = executor;
        this.fn = fn;
        this.items = items;
        while (ahead.size() < buffersize && submitNext()) { }   // fill the buffer, no further
    }

    /** Maps {@code items} with {@code fn} on {@code executor}, at most {@code buffersize} tasks ahead. */
    public static <T, R> BufferedMap<T, R> map(ExecutorService executor, Function<? super T, ? extends R> fn,
                                               Iterator<? extends T> items, int buffersize) {
        if (buffersize < 1) {
            throw new IllegalArgumentException("buffersize must be at least 1, not " + buffersize);
        }
        return new BufferedMap<>(executor, fn, items, buffersize);
    }

    private boolean submitNext() {
        if (!items.hasNext()) {
            return false;
        }
        T item = items.next();
        ahead.addLast(executor.submit(() -> fn.apply(item)));
        return true;
    }

    @Override
    public boolean hasNext() {
        return !ahead.isEmpty();
    }

    @Override
    public R next() {
        Future<R> first = ahead.pollFirst();
        if (first == null) {
            throw new NoSuchElementException();
        }
        submitNext();                                           // one taken, one more submitted
        try {
            return first.get();
        } catch (ExecutionException e) {
            throw new CompletionException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
    }

    /** Cancels the tasks submitted ahead whose results were not taken; the input is read no further. */
    @Override
    public void close() {
        // the newest first: a running task ended by its cancel frees a thread that would start one still queued
        ahead.descendingIterator().forEachRemaining(f -> f.cancel(true));
        ahead.clear();
    }
    // end::buffered[]

    public static void main(String[] args) {
        try (ExecutorService pool = Executors.newFixedThreadPool(4);
             BufferedMap<Integer, Integer> squares = map(pool, n -> n * n, Stream.iterate(1, n -> n + 1).iterator(), 4)) {
            for (int i = 0; i < 10; i++) {
                System.out.print(squares.next() + " ");
            }
            System.out.println("\n10 squares of an endless input, never more than 4 tasks ahead; close() cancels those 4");
        }
    }
}
