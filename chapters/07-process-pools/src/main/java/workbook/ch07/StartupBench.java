package workbook.ch07;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Measures what a {@link ProcessPool} costs: the time from a new pool to its first result (which
 * includes starting a JVM) with different worker options, and the time to run 1,000 trivial tasks
 * through 2 workers. A whole-run harness that prints medians, not a JMH benchmark: what it measures is
 * dominated by process start-up, which JMH's warm-up would hide.
 *
 * <pre>./workbook run 7 --example StartupBench [ROUNDS]</pre>
 */
public final class StartupBench {

    private StartupBench() {
    }

    /** A pool of {@code workers} with these options, from {@code new} to its first result, in ms. */
    static double firstResult(ProcessPool.Builder builder)
            throws InterruptedException, ExecutionException, TimeoutException {
        long t0 = System.nanoTime();
        try (ProcessPool pool = builder.build()) {
            pool.submit(() -> 1).get(1, TimeUnit.MINUTES); // a worker that never answers fails the bench
            return (System.nanoTime() - t0) / 1e6;
        }
    }

    /** The pid of the worker that runs it. */
    record Pid() implements Task<Long> {
        @Override
        public Long call() {
            return ProcessHandle.current().pid();
        }
    }

    /** A pool of 2 workers, from {@code new} until each has answered once: two JVMs start at once, in ms. */
    static double bothFirstResults(ProcessPool.Builder builder)
            throws InterruptedException, ExecutionException, TimeoutException {
        long t0 = System.nanoTime();
        try (ProcessPool pool = builder.workers(2).build()) {
            Future<Long> one = pool.submit(new Pid());
            Future<Long> other = pool.submit(new Pid()); // a slot sends its first tasks one at a time
            if (one.get(1, TimeUnit.MINUTES).equals(other.get(1, TimeUnit.MINUTES))) {
                throw new IllegalStateException("one worker answered both tasks");
            }
            return (System.nanoTime() - t0) / 1e6;
        }
    }

    /** A trivial task with a name: a record serializes in fewer bytes, and faster, than a lambda. */
    record Square(int n) implements Task<Integer> {
        @Override
        public Integer call() {
            return n * n;
        }
    }

    /** A pool of 2 workers, from {@code new} to the last of 1,000 trivial results, in ms. */
    static double thousandTasks(ProcessPool.Builder builder, IntFunction<Task<Integer>> task)
            throws InterruptedException, ExecutionException, TimeoutException {
        long t0 = System.nanoTime();
        try (ProcessPool pool = builder.workers(2).build()) {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                futures.add(pool.submit(task.apply(i)));
            }
            for (Future<Integer> future : futures) {
                future.get(1, TimeUnit.MINUTES);
            }
            return (System.nanoTime() - t0) / 1e6;
        }
    }

    /** 1,000 trivial results from a pool that has run enough tasks for both JVMs to have compiled the code. */
    static double thousandTasksWarm(ProcessPool pool)
            throws InterruptedException, ExecutionException, TimeoutException {
        long t0 = System.nanoTime();
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            futures.add(pool.submit(new Square(i)));
        }
        for (Future<Integer> future : futures) {
            future.get(1, TimeUnit.MINUTES);
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    /** This chapter's classes in a jar: class-data sharing archives classes from jars only, not folders. */
    static Path jarOfClasses(Path folder, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> files = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(new JarEntry(folder.relativize(path).toString().replace('\\', '/')));
                Files.copy(path, out);
            }
        }
        return jar;
    }

    static String median(int rounds, Measure measure) throws Exception {
        double[] times = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            times[i] = measure.ms();
        }
        Arrays.sort(times);
        return String.format(Locale.ROOT, "median %6.1f ms, best %6.1f ms", times[rounds / 2], times[0]);
    }

    /**
     * The number of rounds {@code args} asks for, or {@code byDefault} if none; a usage message and exit
     * status 2 for anything but one whole number from 1 to 999.
     */
    static int rounds(String[] args, int byDefault, String program) {
        if (args.length == 0) {
            return byDefault;
        }
        if (args.length > 1 || !args[0].matches("[1-9][0-9]{0,2}")) {
            System.err.printf("Usage: ./workbook run 7 --example %s [ROUNDS] (ROUNDS from 1 to 999, default %d), not: %s%n",
                    program, byDefault, String.join(" ", args));
            System.exit(2);
        }
        return Integer.parseInt(args[0]);
    }

    @FunctionalInterface
    interface Measure {
        double ms() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int rounds = rounds(args, 11, "StartupBench");
        Path classes = Path.of(WorkerProcess.classpathOf(WorkerMain.class));
        Path dir = Files.createTempDirectory("ch07-bench");
        try {
            run(rounds, classes, dir);
        } finally { // also after a failed round: the jar and the archive are of no use to anyone
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    private static void run(int rounds, Path classes, Path dir) throws Exception {
        String jar = jarOfClasses(classes, dir.resolve("workers.jar")).toString();
        List<String> appCds = new ArrayList<>(WorkerProcess.FAST_START);
        appCds.addAll(List.of("-XX:SharedArchiveFile=" + dir.resolve("workers.jsa"), "-XX:+AutoCreateSharedArchive"));
        String full = System.getProperty("java.class.path");
        // tag::variants[]
        List<Variant> variants = List.of(
                new Variant("plain JVM, full class path", List.of(), full),
                new Variant("fast-start options, full class path", WorkerProcess.FAST_START, full),
                new Variant("fast-start options, chapter classes only", WorkerProcess.FAST_START, classes.toString()),
                new Variant("... and the parent's CDS archive (default)", WorkerProcess.fastStartLikeThisJvm(), classes.toString()),
                new Variant("fast-start options, AppCDS, chapter jar", appCds, jar));
        // end::variants[]
        firstResult(variants.getLast().builder().workers(1)); // the first run writes the AppCDS archive
        System.out.printf("First result from a new pool of 1 worker (%d rounds):%n", rounds);
        for (Variant variant : variants) {
            System.out.printf("  %-42s %s%n", variant.name(), median(rounds, () -> firstResult(variant.builder().workers(1))));
        }
        Variant byDefault = variants.get(3);
        System.out.printf("First results from a new pool of 2 workers, one task each (%d rounds):%n", rounds);
        System.out.printf("  %-42s %s%n", byDefault.name(), median(rounds, () -> bothFirstResults(byDefault.builder())));
        System.out.printf("1,000 trivial tasks through a new pool of 2 workers (%d rounds):%n", rounds);
        for (Variant variant : variants.subList(2, 5)) {
            System.out.printf("  %-42s %s%n", variant.name() + ", lambdas",
                    median(rounds, () -> thousandTasks(variant.builder(), n -> () -> n * n)));
            System.out.printf("  %-42s %s%n", variant.name() + ", records",
                    median(rounds, () -> thousandTasks(variant.builder(), Square::new)));
        }
        try (ProcessPool warm = variants.get(2).builder().workers(2).build()) {
            // its workers compile only code ten times hotter than usual: 5,000 tasks leave them half warm
            for (int i = 0; i < 20; i++) {
                thousandTasksWarm(warm);
            }
            System.out.printf("  %-42s %s%n", "chapter classes only, records, warm pool",
                    median(rounds, () -> thousandTasksWarm(warm)));
        }
    }

    record Variant(String name, List<String> jvmOptions, String classpath) {
        ProcessPool.Builder builder() {
            return ProcessPool.builder().jvmOptions(jvmOptions).classpath(classpath);
        }
    }
}
