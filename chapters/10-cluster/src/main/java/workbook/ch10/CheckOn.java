package workbook.ch10;

import java.io.Serial;
import java.io.Serializable;
import java.util.concurrent.Callable;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;

import workbook.ch07.Primes;

/**
 * Chapter 07's check of one number as a cluster task that also says which member ran it. Every member
 * has this class on its class path; what travels is its one field, by Java serialization.
 *
 * <pre>{@code
 * Future<CheckOn.Checked> f = executor.submitToMember(new CheckOn(2L), member);
 * f.get().member();   // "127.0.0.1:5701"
 * }</pre>
 */
// tag::task[]
public final class CheckOn implements Callable<CheckOn.Checked>, Serializable, HazelcastInstanceAware {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The result of one check and the address of the member that made it. */
    public record Checked(Primes.PrimeResult result, String member) implements Serializable {
    }

    private final long n;
    private transient HazelcastInstance member; // set by the member before call(); never sent

    public CheckOn(long n) {
        this.n = n;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance instance) {
        this.member = instance;
    }

    @Override
    public Checked call() {
        var address = member.getCluster().getLocalMember().getAddress();
        return new Checked(Primes.check(n), address.getHost() + ":" + address.getPort());
    }
    // end::task[]

    /** The number this task checks. */
    public long n() {
        return n;
    }
}
