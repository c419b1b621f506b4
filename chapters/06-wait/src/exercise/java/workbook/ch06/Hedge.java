package workbook.ch06;


import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeoutException;

/**
 * Exercise 6.2: a hedged request, which asks one replica and asks the next whenever no answer has come
 * within a hedge delay or the last one asked has failed; the first success wins and every other request
 * is cancelled.
 *
 * <pre>{@code
 * byte[] flag = Hedge.firstSuccess(pool,
 *         List.of(() -> Http.getFlag(client, primary, "BR"), () -> Http.getFlag(client, backup, "BR")),
 *         Duration.ofMillis(150), Duration.ofSeconds(5));
 * }</pre>
 *
 * <p>A hedge delay of zero asks every replica at once; a long one asks the next only after a failure.
 */
public final class Hedge {

    private Hedge() {
    }

    /**
     * Asks {@code replicas} in turn on {@code executor}, each after the hedge delay or the failure of the
     * one before, and returns the first answer that is not a failure. When it returns or throws, every
     * request still running has been cancelled with an interrupt.
     *
     * @throws ExecutionException   if every replica failed: its message says how many, its cause is the
     *                              first failure and the others are {@linkplain Throwable#getSuppressed() suppressed}
     * @throws TimeoutException     if no replica succeeded within {@code timeout}
     * @throws InterruptedException if the calling thread is interrupted while waiting
     * @throws IllegalArgumentException if there are no replicas
     */
    public static <T> T firstSuccess(ExecutorService executor, List<? extends Callable<? extends T>> replicas,
                                     Duration hedgeDelay, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        // TODO exercise 6.2: a hedged request
        throw new UnsupportedOperationException(
                "Exercise 6.2 (a hedged request) is not solved yet: write Hedge.firstSuccess in src/exercise/java");
    }
}
