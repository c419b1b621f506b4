package workbook.ch10;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Cluster members as JVM processes on this machine, each running {@link MemberMain} on 127.0.0.1 and a
 * port of its own; closing it ends them all. A member also ends when the JVM that started it dies, so
 * none outlives a run, whether it ends normally, by Ctrl-C, or by {@code kill -9}.
 *
 * <pre>{@code
 * try (Members members = Members.start("workbook-1234", List.of(5701, 5702))) {
 *     HazelcastInstance caller = Hazelcast.newHazelcastInstance(
 *             ClusterConfig.liteMember("workbook-1234", Members.HOST, 5703, members.addresses()));
 *     ...
 * }
 * }</pre>
 */
public final class Members implements AutoCloseable {

    /** The only interface anything of this chapter binds. */
    public static final String HOST = "127.0.0.1";

    /** How long a member may take to start and join before the start fails. */
    public static final Duration START_LIMIT = Duration.ofSeconds(60);

    /**
     * A member's JVM options: the quick compiler alone and the serial collector (a member shares the
     * machine's cores with the others), and on JDK 23 and newer, leave to use {@code sun.misc.Unsafe},
     * which Hazelcast's queues use, without a warning on every member's start.
     */
    static final List<String> JVM_OPTIONS = Runtime.version().feature() >= 23
            ? List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "--sun-misc-unsafe-memory-access=allow")
            : List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private final List<Process> processes;
    private final List<String> addresses;
    private final Thread hook;

    private Members(List<Process> processes, List<String> addresses) {
        this.processes = processes;
        this.addresses = addresses;
        this.hook = new Thread(this::close, "members-shutdown");
        Runtime.getRuntime().addShutdownHook(hook); // Ctrl-C: the members go with us
    }

    /**
     * Starts one member per port, all at once, and returns when every one has joined the cluster
     * {@code name}; if one fails or takes longer than {@link #START_LIMIT}, ends them all and throws.
     */
    public static Members start(String name, List<Integer> ports) throws IOException, InterruptedException {
        return start(name, ports, System.getProperty("java.class.path"));
    }

    /** Starts one member per port as {@link #start(String, List)} does, on the class path {@code classpath}. */
    public static Members start(String name, List<Integer> ports, String classpath) throws IOException, InterruptedException {
        return start(name, ports, classpath, List.of());
    }

    // tag::start[]
    /**
     * Starts one member per port as {@link #start(String, List)} does, on the class path {@code classpath},
     * each JVM with {@code jvmOptions} after its own (a heap size, say, or a class-data cache).
     */
    public static Members start(String name, List<Integer> ports, String classpath, List<String> jvmOptions)
            throws IOException, InterruptedException {
        List<String> addresses = ports.stream().map(port -> HOST + ":" + port).toList();
        List<Process> processes = new ArrayList<>();
        List<CompletableFuture<String>> ready = new ArrayList<>();
        try {
            for (int port : ports) {
                List<String> command = new ArrayList<>(List.of(javaCommand(), "-cp", classpath));
                command.addAll(JVM_OPTIONS);
                command.addAll(jvmOptions);
                command.addAll(List.of(MemberMain.class.getName(), name, HOST, String.valueOf(port)));
                command.addAll(addresses);
                Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                processes.add(p);
                ready.add(CompletableFuture.supplyAsync(() -> firstLine(p)));
            }
            for (int i = 0; i < ports.size(); i++) {
                String line = ready.get(i).get(START_LIMIT.toSeconds(), TimeUnit.SECONDS);
                if (!line.startsWith("READY")) {
                    kill(processes);
                    throw new IOException("member " + (i + 1) + " on " + addresses.get(i) + " could not start: "
                            + (line.startsWith("FAILED ") ? line.substring(7) : "it exited without a word"));
                }
            }
        } catch (TimeoutException e) {
            kill(processes);
            throw new IOException("a member did not join within " + START_LIMIT.toSeconds() + " s");
        } catch (ExecutionException e) {
            kill(processes);
            throw new IOException("a member could not start", e.getCause());
        } catch (IOException | InterruptedException | RuntimeException e) {
            kill(processes); // a failed start leaves nothing running
            throw e;
        }
        return new Members(List.copyOf(processes), addresses);
    }
    // end::start[]

    /** Kills every process and waits, up to 5 s each, until it is gone. */
    private static void kill(List<Process> processes) {
        processes.forEach(Process::destroyForcibly);
        for (Process p : processes) {
            try {
                p.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the caller's interrupt stays: it is ending anyway
                return;
            }
        }
    }

    /** The folder or jar a class was loaded from, for a member's class path. */
    public static String classpathOf(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException(c + " is not loaded from the class path", e);
        }
    }

    private static String firstLine(Process p) {
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = reader.readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            return "FAILED " + e.getMessage();
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
    }

    /** The members' addresses, "host:port", in the order of their ports. */
    public List<String> addresses() {
        return addresses;
    }

    /** The members' processes, in the order of their ports. */
    public List<ProcessHandle> processes() {
        return processes.stream().map(Process::toHandle).toList();
    }

    // tag::kill[]
    /** Kills member {@code i} (from 0) at once, as a machine that loses its power: no goodbye to the others. */
    public void kill(int i) {
        processes.get(i).destroyForcibly();
    }
    // end::kill[]

    /** Ends every member: closes their input, which they take as the end, then kills what is left after 5 s. */
    @Override
    public void close() {
        for (Process p : processes) {
            try {
                p.getOutputStream().close();
            } catch (IOException e) {
                p.destroyForcibly(); // a pipe we cannot close: no second chance
            }
        }
        for (Process p : processes) {
            try {
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                processes.forEach(Process::destroyForcibly);
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (Thread.currentThread() != hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook runs or has run: nothing to remove
            }
        }
    }
}
