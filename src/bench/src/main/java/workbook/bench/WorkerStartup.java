package workbook.bench;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import workbook.ch07.ProcessPool;
import workbook.ch07.Task;
import workbook.ch07.WorkerMain;
import workbook.ch07.WorkerProcess;

/**
 * Measures what chapter 07's {@link ProcessPool} costs: the time from a new pool to its first result
 * (which includes starting a JVM) with different worker options, and the time to run 1,000 trivial
 * tasks through 2 workers, new and warm; then the same with Python's {@code ProcessPoolExecutor}
 * ({@code src/bench/python/worker_startup.py}). Writes the medians to
 * {@code docs/src/book/results/worker-startup.adoc}. A whole-run harness, not a JMH benchmark: what it
 * measures is dominated by process start-up, which JMH's warm-up would hide.
 *
 * <pre>./workbook bench worker-startup [ROUNDS]</pre>
 */
public final class WorkerStartup {

    private WorkerStartup() {
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
    public record Pid() implements Task<Long> {
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
    public record Square(int n) implements Task<Integer> {
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

    /**
     * The class path of {@code entries} with every folder among them packed into one jar: class-data
     * sharing archives classes from jars only, not folders.
     */
    static String inJars(List<Path> entries, Path jar) throws IOException {
        List<String> classpath = new ArrayList<>(List.of(jar.toString()));
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Path entry : entries) {
                if (!Files.isDirectory(entry)) {
                    classpath.add(entry.toString()); // a jar already
                    continue;
                }
                try (Stream<Path> files = Files.walk(entry)) {
                    for (Path path : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                        String name = entry.relativize(path).toString().replace('\\', '/');
                        if (!name.startsWith("META-INF/")) {
                            out.putNextEntry(new JarEntry(name));
                            Files.copy(path, out);
                        }
                    }
                }
            }
        }
        return String.join(File.pathSeparator, classpath);
    }

    /** The times of {@code rounds} measures, in ms. */
    static double[] measure(int rounds, Measure measure) throws Exception {
        double[] times = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            times[i] = measure.ms();
        }
        return times;
    }

    @FunctionalInterface
    interface Measure {
        double ms() throws Exception;
    }

    /**
     * One line of the table: what was measured ({@code section}, with an {@code id} for the attribute
     * {@code worker-startup-ID}), by whom (Java or Python), with which workers, its median and best, in ms.
     */
    record Row(String section, String id, String who, String label, double median, double best) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Rounds.parse(args, 11, "worker-startup");
        // the workers need the pool's classes, and this one's, which the tasks below are written in
        String classes = WorkerProcess.classpathOf(WorkerMain.class, WorkerStartup.class);
        Path dir = Files.createTempDirectory("worker-startup");
        List<Row> rows = new ArrayList<>();
        MachineShare.twoThreadsSpeedUp(); // once, so that the next one runs compiled
        double share = MachineShare.twoThreadsSpeedUp();
        try {
            run(rounds, classes, dir, rows);
            share = Math.min(share, MachineShare.twoThreadsSpeedUp());
        } finally { // also after a failed round: the jar and the archive are of no use to anyone
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
        boolean python = PythonSide.run("worker_startup.py", 10, String.valueOf(rounds)).map(lines -> python(lines, rows)).isPresent();
        write(rounds, rows, python, share);
    }

    static final String FIRST = "a new pool's first result", BOTH = "a new pool of 2, a first result from each",
            NEW_THOUSAND = "1,000 trivial tasks, new pool of 2", WARM_THOUSAND = "1,000 trivial tasks, warm pool of 2";
    static final List<String> SECTIONS = List.of(FIRST, BOTH, NEW_THOUSAND, WARM_THOUSAND);
    static final List<String> SECTION_IDS = List.of("first", "both", "new-thousand", "warm-thousand");

    private static void report(List<Row> rows, String section, String label, String id, double[] times) {
        String key = "java-" + SECTION_IDS.get(SECTIONS.indexOf(section)) + "-" + id;
        Row row = new Row(section, key, "Java " + Runtime.version().feature(), label, Rounds.median(times), Rounds.best(times));
        rows.add(row);
        System.out.printf(Locale.ROOT, "  %-52s median %6.1f ms, best %6.1f ms%n", label, row.median(), row.best());
    }

    private static void run(int rounds, String classes, Path dir, List<Row> rows) throws Exception {
        String jar = inJars(Stream.of(classes.split(File.pathSeparator)).map(Path::of).toList(), dir.resolve("workers.jar"));
        List<String> appCds = new ArrayList<>(WorkerProcess.FAST_START);
        appCds.addAll(List.of("-XX:SharedArchiveFile=" + dir.resolve("workers.jsa"), "-XX:+AutoCreateSharedArchive"));
        String full = System.getProperty("java.class.path");
        // tag::variants[]
        List<Variant> variants = List.of(
                new Variant("plain", "plain JVM, full class path", List.of(), full),
                new Variant("fast", "fast-start options, full class path", WorkerProcess.FAST_START, full),
                new Variant("short", "fast-start options, short class path", WorkerProcess.FAST_START, classes),
                new Variant("default", "the default options: fast-start, parent's CDS archive; short class path", WorkerProcess.fastStartLikeThisJvm(), classes),
                new Variant("appcds", "fast-start options, AppCDS, short class path in a jar", appCds, jar));
        // end::variants[]
        firstResult(variants.getLast().builder().workers(1)); // the first run writes the AppCDS archive
        System.out.printf("First result from a new pool of 1 worker (%d rounds):%n", rounds);
        for (Variant variant : variants) {
            report(rows, FIRST, variant.name(), variant.id(), measure(rounds, () -> firstResult(variant.builder().workers(1))));
        }
        Variant byDefault = variants.get(3);
        System.out.printf("First results from a new pool of 2 workers, one task each (%d rounds):%n", rounds);
        report(rows, BOTH, byDefault.name(), byDefault.id(), measure(rounds, () -> bothFirstResults(byDefault.builder())));
        System.out.printf("1,000 trivial tasks through a new pool of 2 workers (%d rounds):%n", rounds);
        for (Variant variant : variants.subList(2, 5)) {
            report(rows, NEW_THOUSAND, variant.name() + ", lambdas", variant.id() + "-lambdas",
                    measure(rounds, () -> thousandTasks(variant.builder(), n -> () -> n * n)));
            report(rows, NEW_THOUSAND, variant.name() + ", records", variant.id() + "-records",
                    measure(rounds, () -> thousandTasks(variant.builder(), Square::new)));
        }
        System.out.printf("1,000 trivial tasks through a warm pool of 2 workers (%d rounds):%n", rounds);
        try (ProcessPool warm = byDefault.builder().workers(2).build()) {
            // its workers compile only code ten times hotter than usual: 20,000 tasks warm them up
            for (int i = 0; i < 20; i++) {
                thousandTasksWarm(warm);
            }
            report(rows, WARM_THOUSAND, byDefault.name() + ", records", byDefault.id() + "-records", measure(rounds, () -> thousandTasksWarm(warm)));
        }
    }

    private static final Pattern PYTHON_ROW = Pattern.compile(" +(.+?) +median +([0-9.]+) ms, best +([0-9.]+) ms");

    /** The rows of {@code worker_startup.py}'s report, whose sections come in the same order as Java's. */
    private static boolean python(List<String> lines, List<Row> rows) {
        String who = lines.getFirst().strip(); // "Python 3.11.7"
        int section = -1;
        for (String line : lines.subList(1, lines.size())) {
            Matcher m = PYTHON_ROW.matcher(line);
            if (m.matches()) {
                rows.add(new Row(SECTIONS.get(section), "python-" + SECTION_IDS.get(section) + "-" + m.group(1), who, m.group(1),
                        Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))));
            } else {
                section++;
            }
        }
        return true;
    }

    /** The results file: a table of every row, grouped by section, Java first, and an attribute per row. */
    private static void write(int rounds, List<Row> rows, boolean python, double share) throws IOException {
        Results results = Results.named("worker-startup");
        StringBuilder table = new StringBuilder();
        for (String section : rows.stream().map(Row::section).distinct().toList()) {
            table.append("4+h|").append(section).append('\n');
            for (Row row : rows.stream().filter(r -> r.section().equals(section)).toList()) {
                table.append('|').append(row.who()).append(" |").append(row.label().replace("|", "\\|"))
                        .append(" |").append(Rounds.one(row.median())).append(" ms |")
                        .append(Rounds.one(row.best())).append(" ms\n");
            }
        }
        // an attribute per row for the prose: worker-startup-java-first-default is a new pool's first
        // result with the default options, in ms (median); worker-startup-python-first-fork, Python's
        for (Row row : rows) {
            results.attribute("worker-startup-" + row.id(), Rounds.one(row.median()));
        }
        rows.stream().filter(row -> !row.who().startsWith("Java")).findFirst()
                .ifPresent(row -> results.attribute("worker-startup-python", row.who()));
        if (!python) { // the book quotes them all the same
            results.attribute("worker-startup-python", "Python (not measured here)");
            for (String id : SECTION_IDS) {
                results.attribute("worker-startup-python-" + id + "-spawn", "?");
                results.attribute("worker-startup-python-" + id + "-fork", "?");
            }
        }
        results.write("""
                [cols="2,4,1,1",options="header"]
                .What a process pool costs, medians of %d rounds, one after the other; two threads against one, before and after (the machine's share, 2 when idle): %sx at worst; %s
                |===
                | |the workers' options |median |best
                %s|===
                """.formatted(rounds, Rounds.two(share), results.caption("./workbook bench worker-startup"), table));
    }

    record Variant(String id, String name, List<String> jvmOptions, String classpath) {
        ProcessPool.Builder builder() {
            return ProcessPool.builder().jvmOptions(jvmOptions).classpath(classpath);
        }
    }
}
