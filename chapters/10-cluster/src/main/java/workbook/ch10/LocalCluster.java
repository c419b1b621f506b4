package workbook.ch10;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

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

    private static final int FIRST_PORT = 20000;
    private static final int LAST_PORT = 32000;

    private final Members members;
    private final HazelcastInstance caller;

    private LocalCluster(Members members, HazelcastInstance caller) {
        this.members = members;
        this.caller = caller;
    }

    /** Starts {@code count} members and joins them, on free ports of 127.0.0.1. */
    public static LocalCluster start(int count) throws IOException, InterruptedException {
        return start(count, System.getProperty("java.class.path"));
    }

    /** Starts {@code count} members on the class path {@code classpath} and joins them. */
    public static LocalCluster start(int count, String classpath) throws IOException, InterruptedException {
        return start(count, classpath, List.of());
    }

    /**
     * Starts {@code count} members on the class path {@code classpath}, each JVM with {@code jvmOptions}
     * added ({@link Members#start(String, List, String, List)}), and joins them.
     */
    public static LocalCluster start(int count, String classpath, List<String> jvmOptions)
            throws IOException, InterruptedException {
        System.setProperty("hazelcast.logging.type", "none");
        String name = "workbook-ch10-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        List<Integer> ports = freePorts(count + 1);
        Members members = Members.start(name, ports.subList(0, count), classpath, jvmOptions);
        try {
            HazelcastInstance caller = Hazelcast.newHazelcastInstance(
                    ClusterConfig.liteMember(name, Members.HOST, ports.getLast(), members.addresses()));
            return new LocalCluster(members, caller);
        } catch (RuntimeException e) {
            members.close();
            throw e;
        }
    }

    /**
     * {@code count} consecutive ports of 127.0.0.1 that nothing listens on at this moment, between
     * {@value #FIRST_PORT} and {@value #LAST_PORT}.
     *
     * <p>Implementation notes: the ports lie below the ephemeral range of Linux (32768 and up), macOS and
     * Windows (49152 and up), from which the system picks the local port of every outgoing connection: a
     * free port taken from that range, as {@code new ServerSocket(0)} gives, can be taken by another
     * process's connection between this check and the member's bind, which a busy build machine does.
     * A run of ports is also what {@code ./workbook run 10 --port} expects: a member per port, then the
     * caller's.
     */
    public static List<Integer> freePorts(int count) throws IOException {
        InetAddress host = InetAddress.getByName(Members.HOST);
        for (int attempt = 0; attempt < 100; attempt++) {
            int first = ThreadLocalRandom.current().nextInt(FIRST_PORT, LAST_PORT - count + 1);
            List<ServerSocket> sockets = new ArrayList<>();
            try {
                for (int port = first; port < first + count; port++) {
                    sockets.add(new ServerSocket(port, 1, host));
                }
                return sockets.stream().map(ServerSocket::getLocalPort).toList();
            } catch (BindException taken) {
                // one of the run is in use: try another run
            } finally {
                for (ServerSocket s : sockets) {
                    s.close();
                }
            }
        }
        throw new IOException("found no " + count + " free consecutive ports of " + Members.HOST + " between "
                + FIRST_PORT + " and " + LAST_PORT);
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
