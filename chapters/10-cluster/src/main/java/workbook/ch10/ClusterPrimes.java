package workbook.ch10;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import workbook.ch07.Primes;

/**
 * Checks the 20 numbers of chapter 07's {@link Primes} on a cluster of member JVMs started for the run,
 * printing each result as it arrives with the member that checked it: chapter 07's {@code proc_pool},
 * with members for workers. With {@code --kill-one} it kills a member half-way; the numbers it had are
 * checked again on the members left, and the summary names them.
 *
 * <pre>
 * ./workbook run 10                  # 2 members
 * ./workbook run 10 --members 3
 * ./workbook run 10 --kill-one       # lose a member half-way, finish anyway
 * </pre>
 */
@Command(name = "cluster_primes", mixinStandardHelpOptions = true, sortOptions = false,
        version = "cluster_primes, a Java concurrency workbook, on Java ${java.version}",
        description = "Check 20 large numbers for primes on a cluster of member JVMs (Hazelcast, on 127.0.0.1).")
public final class ClusterPrimes implements Callable<Integer> {

    @Option(names = {"-m", "--members"}, paramLabel = "N", description = "how many member JVMs (default: ${DEFAULT-VALUE})")
    int members = 2;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT",
            description = "the first member's port on 127.0.0.1; the others take the next ones (default: ${DEFAULT-VALUE})")
    int port = 5701;

    @Option(names = "--kill-one", description = "kill one member half-way through the job")
    boolean killOne;

    @Spec
    CommandSpec spec;

    private final List<Long> numbers;
    private final PrintStream out;
    private final PrintStream err;

    ClusterPrimes(List<Long> numbers, PrintStream out, PrintStream err) {
        this.numbers = numbers;
        this.out = out;
        this.err = err;
    }

    // tag::call[]
    @Override
    public Integer call() throws Exception {
        if (members < 1) {
            throw new ParameterException(spec.commandLine(), "--members must be at least 1, not " + members);
        }
        if (killOne && members < 2) {
            throw new ParameterException(spec.commandLine(), "--kill-one needs at least 2 members, not " + members);
        }
        if (port < 1024 || port + members > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must leave room for " + (members + 1)
                    + " ports between 1024 and 65535, not " + port);
        }
        String name = "workbook-ch10-" + ProcessHandle.current().pid(); // no other run's members join ours
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            ports.add(port + i);
        }
        out.printf("Checking %d numbers on %d members:%n", numbers.size(), members);
        long t0 = System.nanoTime(); // the clock counts forming the cluster, as chapter 07's counts starting workers
        try (Members cluster = Members.start(name, ports)) {
            HazelcastInstance caller = Hazelcast.newHazelcastInstance(
                    ClusterConfig.liteMember(name, Members.HOST, port + members, cluster.addresses()));
            try {
                Job job = new Job(caller, numbers.stream().sorted(Comparator.reverseOrder()).toList(), out);
                job.run(killOne ? cluster : null);
                job.summary();
            } finally {
                caller.getLifecycleService().terminate(); // the members are going too: no goodbyes needed
            }
        } catch (IOException | IllegalStateException e) { // no cluster, or a task that failed: a message, not a trace
            err.println("cluster_primes: " + e.getMessage());
            return 1;
        }
        out.printf(Locale.ROOT, "Total time: %.2fs%n", (System.nanoTime() - t0) / 1e9);
        return 0;
    }
    // end::call[]

    /**
     * Runs the command line {@code args} on {@code numbers}; returns 0, 1 if the cluster could not be
     * formed or a check failed, or 2 after a usage error, which prints a message and the usage to
     * {@code err}, and no stack trace.
     */
    public static int run(List<Long> numbers, PrintStream out, PrintStream err, String... args) {
        System.setProperty("hazelcast.logging.type", "none"); // before the first Hazelcast class logs anything
        CommandLine cli = new CommandLine(new ClusterPrimes(numbers, out, err));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    public static void main(String[] args) {
        System.exit(run(Primes.NUMBERS, System.out, System.err, args));
    }
}
