package workbook.ch10;

import java.util.List;

import com.hazelcast.config.Config;
import com.hazelcast.config.ExecutorConfig;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;

/**
 * The configuration of this chapter's cluster: members on 127.0.0.1 only, found by a TCP-IP member list
 * (no multicast, no discovery), each on its own port, with one thread per member for the
 * {@linkplain #EXECUTOR executor} of the primes, like one worker process of chapter 07.
 *
 * <pre>{@code
 * Config config = ClusterConfig.member("workbook-1234", "127.0.0.1", 5701, List.of("127.0.0.1:5701", "127.0.0.1:5702"));
 * HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
 * }</pre>
 */
public final class ClusterConfig {

    /** The name of the executor every example submits to; members give it {@value #THREADS} thread. */
    public static final String EXECUTOR = "primes";

    /** Threads per member for {@link #EXECUTOR}: one, as one worker process of chapter 07 has. */
    public static final int THREADS = 1;

    private ClusterConfig() {
    }

    // tag::member[]
    /**
     * A data member of the cluster {@code name}: it binds {@code host:port} and nothing else, and joins
     * the members listed in {@code members} ("host:port") over TCP-IP, through the first of them.
     */
    public static Config member(String name, String host, int port, List<String> members) {
        Config config = new Config().setClusterName(name); // a member joins only a cluster of its name
        NetworkConfig network = config.getNetworkConfig()
                .setPort(port).setPortAutoIncrement(false);        // this port or fail, never the next one
        network.getInterfaces().setEnabled(true).addInterface(host); // bind this interface, not 0.0.0.0
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(members)
                // the first member is master and the others join it: members that start together need
                // no election, which waits seconds (the TCP-IP connection timeout) for answers
                .setRequiredMember(members.getFirst());
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.addExecutorConfig(new ExecutorConfig(EXECUTOR).setPoolSize(THREADS));
        return quiet(config);
    }
    // end::member[]

    // tag::lite[]
    /** A lite member: it joins the cluster and submits tasks, but holds no data (no partition). */
    public static Config liteMember(String name, String host, int port, List<String> members) {
        return member(name, host, port, members).setLiteMember(true);
    }
    // end::lite[]

    /**
     * No phoning home, no logging, and a lost member noticed within seconds (the defaults, made for
     * real networks, wait up to a minute for a member that stops answering).
     */
    static Config quiet(Config config) {
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "none");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "5");
        return config;
    }
}
