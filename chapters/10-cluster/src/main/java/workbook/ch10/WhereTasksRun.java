package workbook.ch10;

import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.memberselector.MemberSelectors;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.map.IMap;

/**
 * Where a cluster's task runs: on any member, on the member you name, on every member, or on the member
 * that holds a key. Starts 2 member JVMs and prints, for each way, the member that ran the task.
 *
 * <pre>./workbook run 10 --example WhereTasksRun</pre>
 */
public final class WhereTasksRun {

    private WhereTasksRun() {
    }

    public static void main(String[] args) throws Exception {
        try (LocalCluster cluster = LocalCluster.start(2)) {
            IExecutorService executor = cluster.executor();
            // tag::where[]
            Future<CheckOn.Checked> any = executor.submit(new CheckOn(2));          // a member of Hazelcast's choice
            System.out.println("submit:               " + on(any));
            Member second = cluster.dataMembers().get(1);
            System.out.println("submitToMember:       " + on(executor.submitToMember(new CheckOn(3), second)));
            Map<Member, Future<CheckOn.Checked>> all = executor.submitToAllMembers(new CheckOn(5));
            all.forEach((m, f) -> System.out.println("submitToAllMembers:   " + on(f) + (m.isLiteMember() ? "  (the lite caller)" : "")));
            Map<Member, Future<CheckOn.Checked>> data = executor.submitToMembers(new CheckOn(7), MemberSelectors.DATA_MEMBER_SELECTOR);
            data.values().forEach(f -> System.out.println("submitToMembers(DATA): " + on(f)));
            // end::where[]

            // tag::key-owner[]
            IMap<Long, Boolean> numbers = cluster.caller().getMap("numbers"); // partitioned across the members
            for (long n : workbook.ch07.Primes.NUMBERS.subList(1, 5)) {
                numbers.put(n, false);
                Member owner = cluster.caller().getPartitionService().getPartition(n).getOwner();
                CheckOn.Checked checked = get(executor.submitToKeyOwner(new CheckOn(n), n)); // the task goes to the data
                System.out.printf("submitToKeyOwner(%d): ran on %s, key owned by %s%n", n, checked.member(), Lost.address(owner));
            }
            // end::key-owner[]
        }
    }

    private static String on(Future<CheckOn.Checked> future) {
        return "ran on " + get(future).member();
    }

    private static CheckOn.Checked get(Future<CheckOn.Checked> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("a task did not finish: " + e, e);
        }
    }
}
