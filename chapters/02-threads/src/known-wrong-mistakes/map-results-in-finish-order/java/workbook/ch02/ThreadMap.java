// Mistake: adding each result to a shared list as its thread finishes, so that they come in finishing order
// Caught by: ThreadMapTest#the_results_come_in_item_order_whatever_order_the_threads_finish_in
// Says: results in the order of the items
package workbook.ch02;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Exercise 2.1: applies a function to every item, each on a thread of its own, and collects the results
 * in the order of the items: what chapter 03's {@code map} over a pool will do, with raw threads.
 *
 * <pre>{@code
 * List<byte[]> flags = ThreadMap.map(List.of("BR", "CN", "IN"), cc -> fetch(cc));
 * // [BR's flag, CN's flag, IN's flag], whichever download finished first
 * }</pre>
 */
public final class ThreadMap {

    private ThreadMap() {
    }

    /**
     * Calls {@code fn} on every item, each call on a new platform thread; every thread is started before
     * any is joined, so the calls run at the same time. Returns the results in the order of
     * {@code items}, whatever order the threads finish in.
     *
     * <p>If calls throw, {@code map} still waits for every thread, then throws the exception of the first
     * failed item in item order, with the exceptions of the other failed items added to it as
     * suppressed. No exception reaches a thread's uncaught-exception handler.
     *
     * @throws InterruptedException if the calling thread is interrupted while waiting; every thread is
     *                              interrupted then, and waited for, so that none is left running when
     *                              the exception is thrown
     */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> fn) throws InterruptedException {
        int n = items.size();
        List<Object> finished = Collections.synchronizedList(new ArrayList<>());
        Throwable[] failures = new Throwable[n];
        List<Thread> threads = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int index = i;
            threads.add(Thread.ofPlatform().name("map-" + i).start(() -> {
                try {
                    finished.add(fn.apply(items.get(index)));
                } catch (Throwable t) {
                    failures[index] = t;
                }
            }));
        }
        try {
            for (Thread thread : threads) {
                thread.join();                   // ...and read after join(): no lock needed
            }
        } catch (InterruptedException e) {
            threads.forEach(Thread::interrupt);
            threads.forEach(ThreadMap::joinUninterruptibly);
            throw e;
        }
        rethrowFailures(failures);
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) List.copyOf(finished);
        return Collections.unmodifiableList(list);
    }

    private static void rethrowFailures(Throwable[] failures) {
        Throwable first = null;
        for (Throwable failure : failures) {
            if (failure == null) {
                continue;
            }
            if (first == null) {
                first = failure;
            } else {
                first.addSuppressed(failure);
            }
        }
        if (first instanceof RuntimeException e) {
            throw e;
        }
        if (first instanceof Error e) {
            throw e;               // a Function throws nothing checked: this is all there is
        }
    }

    /** Waits for {@code thread} to end even if interrupted again meanwhile, then restores the interrupt. */
    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException again) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
