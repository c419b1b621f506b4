package workbook.ch10;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;

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
        // TODO
        throw new UnsupportedOperationException("Exercise 10.3: gather every member's future within one deadline into results, failed and late");
    }
}
