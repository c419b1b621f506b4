package workbook.ch07;

import java.io.Serializable;
import java.util.concurrent.Callable;

/**
 * A task that can travel to another JVM: a {@link Callable} that is also {@link Serializable}, as a
 * function given to Python's {@code ProcessPoolExecutor} must be picklable.
 *
 * <p>A lambda is serializable when its target type is, so a lambda written where a {@code Task} is
 * expected crosses to a worker JVM as long as what it captures is serializable too:
 *
 * <pre>{@code
 * long n = 5_555_555_555_555_503L;
 * Future<Boolean> prime = pool.submit(() -> Primes.isPrime(n));   // Task<Boolean>: it captures only n
 * }</pre>
 *
 * <p>Like Python's pickle, which sends a function by its module and name, Java sends a lambda by the
 * class that wrote it and the name of the method behind it, plus the values it captured: the worker
 * must have the same class on its class path. A lambda that captures {@code this}, a stream or a
 * connection does not serialize, and {@link ProcessPool#submit(Task)} rejects it on the spot.
 *
 * @param <T> the type of the result
 */
@FunctionalInterface
public interface Task<T> extends Callable<T>, Serializable {
}
