// Mistake: Treats a first member that is slow to answer as lost and sends the task again.
// Caught by: RetryLostTest#a_slow_member_is_not_a_lost_one
// Says: slow is not lost
package workbook.ch10;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Exercise 10.2: the result of a cluster task whose member may leave while it runs. If the member is
 * lost ({@link Lost#isLost}), the task is sent once more, by {@code again}, and its second future counts;
 * if the task itself failed, that failure is the answer: running it again would run it twice for nothing.
 * One deadline covers both waits.
 *
 * <pre>{@code
 * Future<Long> first = executor.submitToMember(task, member);
 * RetryLost.Retried<Long> r = RetryLost.get(first, () -> executor.submitToMember(task, other), Duration.ofSeconds(30));
 * }</pre>
 */
public final class RetryLost {

    /** A task's value, and whether it took a second member to get it. */
    public record Retried<T>(T value, boolean retried) {
    }

    private RetryLost() {
    }

    /**
     * Waits for {@code first}; if its member was lost, calls {@code again} once and waits for the future
     * it returns. Both waits end by one deadline, {@code timeout} from the call.
     *
     * @throws ExecutionException   what the task threw, or the loss of the second member too
     * @throws TimeoutException     if no value came before the deadline
     * @throws InterruptedException if the caller is interrupted while waiting
     */
    public static <T> Retried<T> get(Future<T> first, Supplier<Future<T>> again, Duration timeout)
            throws ExecutionException, TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            return new Retried<>(first.get(timeout.toNanos(), TimeUnit.NANOSECONDS), false);
        } catch (TimeoutException e) {
            // no answer yet: try another member
        } catch (ExecutionException e) {
            if (!Lost.isLost(e)) {
                throw e; // the task's own failure: the same task would fail the same way
            }
        }
        Future<T> second = again.get();
        return new Retried<>(second.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS), true);
    }
}
