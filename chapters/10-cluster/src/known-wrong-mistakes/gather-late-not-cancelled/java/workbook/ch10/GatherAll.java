// Mistake: Names a late member but leaves its task running on the member.
// Caught by: GatherAllTest#a_late_members_task_is_cancelled
// Says: cancel a late member
package workbook.ch10;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Exercise 10.3: gather what {@code submitToAllMembers} returns, a future per member, within one deadline.
 * Members that answered give a value, members whose task failed give the failure (what the task threw),
 * and members still busy at the deadline are named late and their tasks cancelled.
 *
 * <pre>{@code
 * GatherAll.Gathered<Member, Long> g = GatherAll.gather(executor.submitToAllMembers(task), Duration.ofSeconds(5));
 * g.results();   // per member that answered in time
 * }</pre>
 */
public final class GatherAll {

    /** What came back from each key (a member): a value, a failure, or nothing in time. */
    public record Gathered<K, T>(Map<K, T> results, Map<K, Throwable> failed, Set<K> late) {
    }

    private GatherAll() {
    }

    /**
     * Waits for every future of {@code futures} until one deadline, {@code timeout} from the call, and
     * sorts each key into results (its value), failed (the cause of its failure) or late (still running
     * at the deadline: its future is cancelled).
     *
     * @throws InterruptedException if the caller is interrupted while waiting
     */
    public static <K, T> Gathered<K, T> gather(Map<K, ? extends Future<T>> futures, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<K, T> results = new LinkedHashMap<>();
        Map<K, Throwable> failed = new LinkedHashMap<>();
        Set<K> late = new LinkedHashSet<>();
        for (Map.Entry<K, ? extends Future<T>> e : futures.entrySet()) {
            try {
                results.put(e.getKey(), e.getValue().get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS));
            } catch (ExecutionException failure) {
                failed.put(e.getKey(), failure.getCause());
            } catch (TimeoutException notYet) {
                late.add(e.getKey());
            }
        }
        return new Gathered<>(results, failed, late);
    }
}
