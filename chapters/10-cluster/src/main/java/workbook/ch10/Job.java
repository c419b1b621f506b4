package workbook.ch10;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;

import workbook.ch07.Primes;

/**
 * One run of the primes on the cluster: every number sent to a data member in turn, every result printed
 * as it arrives (chapter 05's completion order, from Hazelcast's callbacks), and every number whose member
 * left sent again to a member still there, so that each number is counted exactly once.
 */
final class Job {

    /** What came back for one number: a check, or the failure of the member it was sent to. */
    private record Outcome(long n, String sentTo, CheckOn.Checked checked, Throwable failure) {
    }

    private final HazelcastInstance caller;
    private final IExecutorService executor;
    private final List<Long> numbers;
    private final PrintStream out;
    private final BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
    private final Map<String, Integer> pending = new HashMap<>(); // per member address; only the caller's thread
    final Map<Long, String> retried = new LinkedHashMap<>();

    Job(HazelcastInstance caller, List<Long> numbers, PrintStream out) {
        this.caller = caller;
        this.executor = caller.getExecutorService(ClusterConfig.EXECUTOR);
        this.numbers = numbers;
        this.out = out;
    }

    // tag::run[]
    /** Checks every number; if {@code toKill} is given, kills its busiest member once half are done. */
    void run(Members toKill) throws InterruptedException {
        List<Member> members = dataMembers();
        for (int i = 0; i < numbers.size(); i++) {
            send(numbers.get(i), members.get(i % members.size()));
        }
        Set<Long> done = new HashSet<>();
        while (done.size() < numbers.size()) {
            Outcome o = outcomes.poll(60, TimeUnit.SECONDS);
            if (o == null) {
                throw new IllegalStateException("no result from any member for 60 s");
            }
            pending.merge(o.sentTo(), -1, Integer::sum);
            if (o.failure() == null && done.add(o.n())) { // a number counts once, however often it ran
                out.println(Primes.line(o.checked().result()) + "  " + o.checked().member()
                        + (retried.containsKey(o.n()) ? "  retried" : ""));
                if (toKill != null && done.size() == numbers.size() / 2) {
                    toKill.kill(toKill.addresses().indexOf(busiest()));
                    toKill = null;
                }
            } else if (o.failure() != null && Lost.isLost(o.failure())) {
                retried.put(o.n(), o.sentTo() + " left (" + o.failure().getClass().getSimpleName() + ")");
                send(o.n(), dataMembers().getFirst()); // a member still in the cluster
            } else if (o.failure() != null) {
                throw new IllegalStateException("checking " + o.n() + " failed on " + o.sentTo() + ": " + o.failure(), o.failure());
            }
        }
    }
    // end::run[]

    /** Prints which numbers were checked again, and why. */
    void summary() {
        if (!retried.isEmpty()) {
            out.printf("Retried on another member: %d numbers%n", retried.size());
            retried.forEach((n, why) -> out.printf("  %16d  %s%n", n, why));
        }
    }

    private void send(long n, Member member) {
        String address = Lost.address(member);
        pending.merge(address, 1, Integer::sum);
        // tag::submit[]
        executor.submitToMember(new CheckOn(n), member, new ExecutionCallback<>() {
            @Override
            public void onResponse(CheckOn.Checked checked) {
                outcomes.add(new Outcome(n, address, checked, null));
            }

            @Override
            public void onFailure(Throwable t) {
                outcomes.add(new Outcome(n, address, null, t));
            }
        });
        // end::submit[]
    }

    private List<Member> dataMembers() {
        return caller.getCluster().getMembers().stream().filter(m -> !m.isLiteMember()).toList();
    }

    private String busiest() {
        return pending.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
