package workbook.ch06;


import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeoutException;

/**
 * Exercise 6.3: runs tasks at once and returns the results of the first {@code n} to succeed, cancelling
 * the rest as soon as it has them, or as soon as so many have failed that {@code n} cannot succeed.
 *
 * <pre>{@code
 * List<Callable<byte[]>> downloads = Countries.POP20.stream().map(cc -> fetch(cc)).toList();
 * List<byte[]> fiveFlags = FirstN.successes(pool, downloads, 5, Duration.ofSeconds(2));
 * }</pre>
 *
 * <p>With {@code n == 1} it is {@link ExecutorService#invokeAny invokeAny}, except that when every task
 * fails the exception lists every failure, not only the last.
 */
public final class FirstN {

    private FirstN() {
    }

    /**
     * Submits every task to {@code executor} and returns the results of the first {@code n} to succeed,
     * in the order they succeeded. Failures are skipped. When it returns or throws, every task still
     * running has been cancelled with an interrupt.
     *
     * @throws ExecutionException   as soon as more than {@code tasks.size() - n} tasks have failed: its
     *                              message says how many, its cause is the first failure and the others
     *                              are {@linkplain Throwable#getSuppressed() suppressed}
     * @throws TimeoutException     if fewer than {@code n} succeeded within {@code timeout}
     * @throws InterruptedException if the calling thread is interrupted while waiting
     * @throws IllegalArgumentException unless {@code 1 <= n <= tasks.size()}
     */
    public static <T> List<T> successes(ExecutorService executor, Collection<? extends Callable<? extends T>> tasks,
                                        int n, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        // TODO exercise 6.3: the first n successes, the rest cancelled
        throw new UnsupportedOperationException(
                "Exercise 6.3 (the first n successes, the rest cancelled) is not solved yet: write FirstN.successes in src/exercise/java");
    }
}
