package workbook.ch10;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.map.IMap;

import workbook.ch07.Primes;
import workbook.support.Bounded;
import workbook.support.Exercise;

/**
 * Two data members in this test's JVM: which member owns a key is a matter of partitions, not of
 * processes, and members in one JVM still serialize every task they send each other.
 */
@Exercise(id = "10.1", title = "Send each check to the member that owns its key", stub = KeyOwner.class, hint = {
        """
        The member that owns a key is the one that holds the map's entry for it ("Where a task runs"). Which \
        method of `IExecutorService` sends a task there, and what must you pass as the key so that it hashes \
        to the same partition as the entry?""",
        """
        `IExecutorService.submitToKeyOwner` takes a task and a key: give it the map's own key, the same \
        `Long`, so that Hazelcast hashes it to the partition of the entry. Keep the futures by number, in \
        the order of the map's keys (a `LinkedHashMap`).""" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class KeyOwnerTest {

    HazelcastInstance a;
    HazelcastInstance b;
    IMap<Long, Boolean> numbers;

    @BeforeAll
    void formCluster() throws Exception {
        System.setProperty("hazelcast.logging.type", "none");
        String name = "workbook-ch10-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        List<Integer> ports = LocalCluster.freePorts(2);
        List<String> addresses = ports.stream().map(p -> Members.HOST + ":" + p).toList();
        // the class loader of this test's classes: the proof loads them apart from the application's
        ClassLoader classes = KeyOwnerTest.class.getClassLoader();
        a = Hazelcast.newHazelcastInstance(ClusterConfig.member(name, Members.HOST, ports.get(0), addresses).setClassLoader(classes));
        b = Hazelcast.newHazelcastInstance(ClusterConfig.member(name, Members.HOST, ports.get(1), addresses).setClassLoader(classes));
        Bounded.until("both members see a cluster of two", Duration.ofSeconds(60),
                () -> a.getCluster().getMembers().size() == 2 && b.getCluster().getMembers().size() == 2);
        numbers = a.getMap("numbers");
        for (long n : Primes.NUMBERS) {
            numbers.put(n, false);
        }
    }

    @AfterAll
    void stop() {
        if (b != null) {
            b.getLifecycleService().terminate();
        }
        if (a != null) {
            a.getLifecycleService().terminate();
        }
    }

    Map<Long, CheckOn.Checked> checkAll() throws Exception {
        IExecutorService executor = a.getExecutorService(ClusterConfig.EXECUTOR);
        Map<Long, Future<CheckOn.Checked>> futures = KeyOwner.checkWhereStored(executor, numbers);
        assertThat(futures.keySet()).as("a future for every key of the map").containsExactlyInAnyOrderElementsOf(numbers.keySet());
        Map<Long, CheckOn.Checked> checked = new java.util.LinkedHashMap<>();
        for (Map.Entry<Long, Future<CheckOn.Checked>> e : futures.entrySet()) {
            checked.put(e.getKey(), Bounded.get(e.getValue(), Duration.ofSeconds(60), "the check of " + e.getKey()));
        }
        return checked;
    }

    @Test
    void every_check_runs_on_the_member_that_owns_its_key() throws Exception {
        for (Map.Entry<Long, CheckOn.Checked> e : checkAll().entrySet()) {
            String owner = Lost.address(a.getPartitionService().getPartition(e.getKey()).getOwner());
            assertThat(e.getValue().member())
                    .as("the check of %d ran on %s, but key %d is owned by %s: submit to the key owner, "
                            + "with the number itself (a Long) as the key", e.getKey(), e.getValue().member(), e.getKey(), owner)
                    .isEqualTo(owner);
        }
    }

    @Test
    void every_check_comes_back_with_its_verdict() throws Exception {
        Map<Long, CheckOn.Checked> checked = checkAll();
        for (long n : Primes.NUMBERS) {
            assertThat(checked.get(n).result().prime()).as("the verdict on %d", n).isEqualTo(Primes.isPrime(n));
        }
        assertThat(checked.values().stream().map(CheckOn.Checked::member).distinct().count())
                .as("the keys live on both members, and so do their checks").isEqualTo(2);
    }
}
