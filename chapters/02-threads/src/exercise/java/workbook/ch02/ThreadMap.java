package workbook.ch02;

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
        // TODO exercise 2.1: collect results from a thread per item
        throw new UnsupportedOperationException(
                "Exercise 2.1 (collect results from a thread per item) is not solved yet: write ThreadMap.map in src/exercise/java");
    }
}
