// Mistake: Uses the map's name as the key, so every check goes to the one member that owns that name.
// Caught by: KeyOwnerTest#every_check_runs_on_the_member_that_owns_its_key
// Says: owned by
package workbook.ch10;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Future;

import com.hazelcast.core.IExecutorService;
import com.hazelcast.map.IMap;

/**
 * Exercise 10.1: send each number's check to the member that holds it. The numbers are the keys of a
 * partitioned {@link IMap}; each check should run where its key lives, so that a task that reads or
 * writes its entry would do so without a trip over the network.
 *
 * <pre>{@code
 * Map<Long, Future<CheckOn.Checked>> futures = KeyOwner.checkWhereStored(executor, numbers);
 * futures.get(2L).get().member();   // the member that owns key 2 in the map
 * }</pre>
 */
public final class KeyOwner {

    private KeyOwner() {
    }

    /**
     * Submits a {@link CheckOn} of every key of {@code numbers} to the member that owns that key, and
     * returns the futures by number, in the order of the map's key set.
     */
    public static Map<Long, Future<CheckOn.Checked>> checkWhereStored(IExecutorService executor, IMap<Long, ?> numbers) {
        Map<Long, Future<CheckOn.Checked>> futures = new LinkedHashMap<>();
        for (Long n : numbers.keySet()) {
            futures.put(n, executor.submitToKeyOwner(new CheckOn(n), numbers.getName())); // the key itself: its partition, its owner
        }
        return futures;
    }
}
