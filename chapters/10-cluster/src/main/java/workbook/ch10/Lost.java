package workbook.ch10;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.MemberLeftException;
import com.hazelcast.spi.exception.TargetDisconnectedException;
import com.hazelcast.spi.exception.TargetNotMemberException;

/**
 * Whether a task failed because its member went away, not because the task itself threw: only then
 * is running it again on another member the right answer.
 */
public final class Lost {

    private Lost() {
    }

    // tag::lost[]
    /** Whether {@code failure}, or one of its causes, says the member that had the task is gone. */
    public static boolean isLost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MemberLeftException         // it left while the task was there
                    || t instanceof TargetNotMemberException   // it had left before the task was sent
                    || t instanceof TargetDisconnectedException) { // the connection to it broke
                return true;
            }
        }
        return false;
    }
    // end::lost[]

    /** A member's address as "host:port". */
    public static String address(Member member) {
        return member.getAddress().getHost() + ":" + member.getAddress().getPort();
    }
}
