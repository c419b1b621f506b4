package workbook.ch07;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Checks the 20 numbers of {@link Primes} in a {@link ProcessPool}, largest first, printing each result
 * as it comes: Fluent Python's {@code proc_pool.py}, retold.
 *
 * <pre>
 * ./workbook run 7                 # as many workers as processors
 * ./workbook run 7 --workers 1     # ... and compare the total time
 * </pre>
 */
@Command(name = "proc_pool", mixinStandardHelpOptions = true, sortOptions = false,
        version = "proc_pool, a Java concurrency workbook, on Java ${java.version}",
        description = "Check 20 large numbers for primes in a pool of worker JVMs.")
public final class PrimesInProcesses implements Callable<Integer> {

    @Option(names = {"-w", "--workers"}, paramLabel = "N",
            description = "how many worker JVMs (default: the number of processors, ${DEFAULT-VALUE})")
    int workers = Runtime.getRuntime().availableProcessors();

    @Spec
    CommandSpec spec;

    // tag::options[]
    /**
     * The options of a pool of {@code workers} for this job: the short class path that holds all its
     * workers need, this chapter's classes, and not picocli nor anything else this JVM has.
     */
    public static ProcessPool.Builder primesPoolOptions(int workers) {
        return ProcessPool.builder().workers(workers)
                .classpath(WorkerProcess.classpathOf(WorkerMain.class, Primes.class));
    }
    // end::options[]

    private final List<Long> numbers;
    private final PrintStream out;

    PrimesInProcesses(List<Long> numbers, PrintStream out) {
        this.numbers = numbers;
        this.out = out;
    }

    // tag::check-all[]
    /**
     * Submits every number, largest first, then prints each result in that order, as it arrives, unless
     * {@code out} is {@code null}; returns the results in that order.
     */
    public static List<Primes.PrimeResult> checkAll(ExecutorService executor, List<Long> numbers, PrintStream out)
            throws InterruptedException, ExecutionException {
        List<Future<Primes.PrimeResult>> futures = new ArrayList<>();
        for (long n : numbers.stream().sorted(Comparator.reverseOrder()).toList()) {
            futures.add(executor.submit(new Primes.Check(n))); // a Task with a name: it travels to a worker
        }
        List<Primes.PrimeResult> results = new ArrayList<>();
        for (Future<Primes.PrimeResult> future : futures) { // executor.map's order: the order of submission
            results.add(future.get());
            if (out != null) {
                out.println(Primes.line(results.getLast()));
            }
        }
        return results;
    }
    // end::check-all[]

    // tag::call[]
    @Override
    public Integer call() throws Exception {
        if (workers < 1) {
            throw new ParameterException(spec.commandLine(), "--workers must be at least 1, not " + workers);
        }
        out.printf("Checking %d numbers with %d processes:%n", numbers.size(), workers);
        ProcessPool.Builder options = primesPoolOptions(workers);
        long t0 = System.nanoTime(); // the clock counts starting the workers, as Python's does
        try (ProcessPool pool = options.build()) {
            checkAll(pool, numbers, out);
        }
        out.printf(Locale.ROOT, "Total time: %.2fs%n", (System.nanoTime() - t0) / 1e9);
        return 0;
    }
    // end::call[]

    /**
     * Runs the command line {@code args} on {@code numbers}; returns 0, or 2 after a usage error, which
     * prints a message and the usage to {@code err}, and no stack trace.
     */
    public static int run(List<Long> numbers, PrintStream out, PrintStream err, String... args) {
        CommandLine cli = new CommandLine(new PrimesInProcesses(numbers, out));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    public static void main(String[] args) {
        System.exit(run(Primes.NUMBERS, System.out, System.err, args));
    }
}
