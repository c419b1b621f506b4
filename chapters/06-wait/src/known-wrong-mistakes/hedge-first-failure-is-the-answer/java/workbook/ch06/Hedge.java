// Mistake: the first answer is returned even when it is a failure, instead of asking the next replica
// Caught by: HedgeTest#a_failure_asks_the_next_replica_at_once
// Says: a failed replica is skipped
package workbook.ch06;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
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
        if (replicas.isEmpty()) {
            throw new IllegalArgumentException("no replicas to ask");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        CompletionService<T> answers = new ExecutorCompletionService<>(executor);
        List<Future<T>> asked = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        try {
            asked.add(answers.submit(replicas.getFirst()::call));
            while (true) {
                boolean more = asked.size() < replicas.size();
                long left = deadline - System.nanoTime();
                Future<T> answer = answers.poll(more ? Math.min(hedgeDelay.toNanos(), left) : left, NANOSECONDS);
                if (answer == null && deadline - System.nanoTime() <= 0) {
                    throw new TimeoutException("no replica answered within " + timeout.toMillis() + " ms ("
                            + asked.size() + " of " + replicas.size() + " asked, " + failures.size() + " failed)");
                }
                if (answer != null) {
                    return answer.get();                         // done: get() does not block
                }
                if (more) {                                      // hedge: the delay passed, or one failed
                    asked.add(answers.submit(replicas.get(asked.size())::call));
                }
            }
        } finally {
            asked.forEach(f -> f.cancel(true));                  // the winner is done: cancel is a no-op
        }
    }

    private static ExecutionException allFailed(List<Throwable> failures) {
        ExecutionException e = new ExecutionException("all " + failures.size() + " replicas failed", failures.getFirst());
        failures.subList(1, failures.size()).forEach(e::addSuppressed);
        return e;
    }
}
