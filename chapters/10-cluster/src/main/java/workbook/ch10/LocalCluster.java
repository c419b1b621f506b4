package workbook.ch10;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;

/**
 * A cluster of member JVMs on this machine and a lite member in this JVM that submits to it: what the
 * chapter's small examples share. Closing it ends the caller and every member.
 *
 * <pre>{@code
 * try (LocalCluster cluster = LocalCluster.start(2)) {
 *     IExecutorService executor = cluster.executor();
 *     ...
 * }
 * }</pre>
 */
public final class LocalCluster implements AutoCloseable {

    private final Members members;
    private final HazelcastInstance caller;

    private LocalCluster(Members members, HazelcastInstance caller) {
        this.members = members;
        this.caller = caller;
    }

    /** Starts {@code count} members and joins them, each on a free port of 127.0.0.1. */
    public static LocalCluster start(int count) throws IOException, InterruptedException {
        return start(count, System.getProperty("java.class.path"));
    }

    /** Starts {@code count} members on the class path {@code classpath} and joins them. */
    public static LocalCluster start(int count, String classpath) throws IOException, InterruptedException {
        System.setProperty("hazelcast.logging.type", "none");
        String name = "workbook-ch10-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        List<Integer> ports = freePorts(count + 1);
        Members members = Members.start(name, ports.subList(0, count), classpath);
        try {
            HazelcastInstance caller = Hazelcast.newHazelcastInstance(
                    ClusterConfig.liteMember(name, Members.HOST, ports.getLast(), members.addresses()));
            return new LocalCluster(members, caller);
        } catch (RuntimeException e) {
            members.close();
            throw e;
        }
    }

    /** Ports of 127.0.0.1 that nothing listens on at this moment. */
    public static List<Integer> freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getByName(Members.HOST)));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } finally {
            for (ServerSocket s : sockets) {
                s.close();
            }
        }
    }

    /** The executor of the primes, seen from the caller. */
    public IExecutorService executor() {
        return caller.getExecutorService(ClusterConfig.EXECUTOR);
    }

    /** The caller: a lite member of the cluster, in this JVM. */
    public HazelcastInstance caller() {
        return caller;
    }

    /** The members that hold data and run the tasks, without the caller. */
    public List<Member> dataMembers() {
        return caller.getCluster().getMembers().stream().filter(m -> !m.isLiteMember()).toList();
    }

    /** The member processes. */
    public Members members() {
        return members;
    }

    @Override
    public void close() {
        try {
            caller.getLifecycleService().terminate();
        } finally {
            members.close();
        }
    }
}
