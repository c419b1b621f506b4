// Mistake: the ExecutionException carries only the first failure, so the others the javadoc says it names are lost
// Caught by: FirstNTest#it_fails_as_soon_as_n_successes_are_out_of_reach
// Says: name each failure
package workbook.ch06;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
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
        if (n < 1 || n > tasks.size()) {
            throw new IllegalArgumentException("n must be 1 to " + tasks.size() + ", not " + n);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        CompletionService<T> completion = new ExecutorCompletionService<>(executor);
        List<Future<T>> futures = new ArrayList<>();
        List<T> results = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        try {
            for (Callable<? extends T> task : tasks) {
                futures.add(completion.submit(task::call));
            }
            while (results.size() < n) {
                Future<T> f = completion.poll(deadline - System.nanoTime(), NANOSECONDS);
                if (f == null) {
                    throw new TimeoutException(results.size() + " of the " + n + " successes needed came within "
                            + timeout.toMillis() + " ms");
                }
                try {
                    results.add(f.get());                        // done: get() does not block
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                    if (failures.size() > tasks.size() - n) {
                        throw tooManyFailed(failures, tasks.size(), n);
                    }
                }
            }
            return results;
        } finally {
            futures.forEach(f -> f.cancel(true));                // no-op on the done ones
        }
    }

    private static ExecutionException tooManyFailed(List<Throwable> failures, int size, int n) {
        ExecutionException e = new ExecutionException(failures.size() + " of " + size + " tasks failed, so "
                + n + " cannot succeed", failures.getFirst());
        return e;
    }
}
