package workbook.bench;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.core.IExecutorService;

import workbook.ch07.Primes;
import workbook.ch10.LocalCluster;

/**
 * Chapter 10's check of one number, timed on the member that runs it: the member's address, and when
 * the check started and ended there. Sent as {@code ClusterPrimes} sends its checks (largest first, to
 * each data member in turn with {@code submitToMember}), it draws the chapter's timeline.
 *
 * <p>Implementation notes: the members are started on this JVM's class path ({@link LocalCluster#start(int)}),
 * so this class, which travels by Java serialization as {@code CheckOn} does, is on theirs too. The
 * members run on the same machine as this JVM, so their clocks and this one agree.
 */
final class TimedOnMember implements Callable<TimedOnMember.Span>, Serializable, HazelcastInstanceAware {

    @Serial
    private static final long serialVersionUID = 1L;

    /** What a member did with one number. */
    record Span(long n, boolean prime, String member, long start, long end) implements Serializable {
    }

    private final long n;
    private transient HazelcastInstance member; // set by the member before call(); never sent

    TimedOnMember(long n) {
        this.n = n;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance instance) {
        this.member = instance;
    }

    @Override
    public Span call() {
        long start = Timelines.micros(Instant.now());
        boolean prime = Primes.isPrime(n);
        var address = member.getCluster().getLocalMember().getAddress();
        return new Span(n, prime, address.getHost() + ":" + address.getPort(), start, Timelines.micros(Instant.now()));
    }

    /**
     * Checks {@code Primes.NUMBERS} on a cluster of {@code members} member JVMs, as {@code ClusterPrimes}
     * does, and draws a row per member, named by its port (every member is on 127.0.0.1).
     */
    static Timeline timeline(String title, int members) throws Exception {
        List<Span> spans = new ArrayList<>();
        try (LocalCluster cluster = LocalCluster.start(members)) {
            IExecutorService executor = cluster.executor();
            List<Member> data = cluster.dataMembers();
            List<Long> numbers = Primes.NUMBERS.stream().sorted(Comparator.reverseOrder()).toList();
            List<Future<Span>> futures = new ArrayList<>();
            for (int i = 0; i < numbers.size(); i++) {
                futures.add(executor.submitToMember(new TimedOnMember(numbers.get(i)), data.get(i % data.size())));
            }
            for (Future<Span> f : futures) {
                spans.add(f.get(2, TimeUnit.MINUTES));
            }
        }
        long origin = spans.stream().mapToLong(Span::start).min().orElseThrow();
        Timeline timeline = new Timeline(title);
        spans.stream().sorted(Comparator.comparing(Span::member).thenComparingLong(Span::start)).forEach(s -> timeline.bar(
                "member, port " + s.member().substring(s.member().lastIndexOf(':') + 1), String.valueOf(s.n()),
                (s.start() - origin) / 1e6, (s.end() - origin) / 1e6, s.prime() ? TimedCheck.PRIME : TimedCheck.COMPOSITE));
        return timeline;
    }
}
