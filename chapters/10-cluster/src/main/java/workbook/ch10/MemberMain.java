package workbook.ch10;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

/**
 * One cluster member in a JVM of its own: what {@link Members} starts. It prints {@code READY host:port}
 * once it has joined, or {@code FAILED reason}, and lives until its standard input ends or its parent
 * process exits, whichever comes first: a member never outlives the run that started it.
 *
 * <pre>java workbook.ch10.MemberMain CLUSTER HOST PORT MEMBER...</pre>
 */
public final class MemberMain {

    private MemberMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: MemberMain CLUSTER HOST PORT MEMBER...");
            System.exit(2);
        }
        // tag::watch[]
        // The parent may die without a word (kill -9): then this member ends too, and never serves alone.
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
        // end::watch[]
        System.setProperty("hazelcast.logging.type", "none");
        List<String> members = Arrays.asList(args).subList(3, args.length);
        HazelcastInstance member;
        try {
            member = Hazelcast.newHazelcastInstance(
                    ClusterConfig.member(args[0], args[1], Integer.parseInt(args[2]), members));
        } catch (RuntimeException e) {
            System.out.println("FAILED " + firstLine(e));
            System.out.flush();
            System.exit(1);
            return;
        }
        System.out.println("READY " + args[1] + ":" + args[2]);
        System.out.flush();
        InputStream in = System.in;
        while (in.read() >= 0) { // the parent closes our stdin: time to go
            continue;
        }
        Runtime.getRuntime().halt(0); // a member that leaves at once: the others notice the closed connections
    }

    static String firstLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        String message = String.valueOf(t.getMessage());
        return message.lines().findFirst().orElse(t.getClass().getSimpleName());
    }
}
