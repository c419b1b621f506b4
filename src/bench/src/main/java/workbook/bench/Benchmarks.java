package workbook.bench;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The workbook's benchmarks, by name: what {@code ./workbook bench NAME [ARGS]} runs.
 *
 * <p>Each benchmark is a class of this module with a {@code main}; those that feed the book write a
 * {@linkplain Results results file}. {@code ./workbook bench all} runs every benchmark that writes one,
 * with its default arguments, one after the other: run it on a quiet machine and commit what it wrote.
 *
 * <pre>
 * ./workbook bench                  # lists them
 * ./workbook bench downloaders      # one
 * ./workbook bench all              # every results file of the book
 * </pre>
 */
public final class Benchmarks {

    /** A benchmark: its class and what it measures; {@code results} if it writes a results file. */
    record Benchmark(Class<?> type, boolean results, String about) {
    }

    /** Every benchmark, in the order {@code all} runs them. */
    static final Map<String, Benchmark> ALL = new LinkedHashMap<>();

    static {
        ALL.put("server", new Benchmark(ServerLoad.class, true,
                "N requests at once against the flags server alone [N] [DELAY_MS] (results: defaults only)"));
        ALL.put("downloaders", new Benchmark(CompareDownloaders.class, true,
                "races the downloaders of chapters 01, 02, 03 and 05"));
        ALL.put("pool-sizes", new Benchmark(PoolSizes.class, true,
                "chapter 03's pool downloader with 1 to 20 threads, against its floor"));
        ALL.put("startup", new Benchmark(Flags2Startup.class, true,
                "chapter 05's downloader from fresh JVMs: default options, JIT options, AOT cache, warm-up"));
        ALL.put("client-startup", new Benchmark(ClientStartup.class, true,
                "a cold HTTP client step by step, in fresh JVMs, with and without HttpWarmUp"));
        ALL.put("cold-client", new Benchmark(ColdClient.class, false,
                "one cold HTTP client step by step [URL] [--warm-up]"));
        ALL.put("flags2-warm-start", new Benchmark(Flags2WarmStart.class, false,
                "chapter 05's downloader with HttpWarmUp before its clock [its ARGS]"));
        ALL.put("primes-three-ways", new Benchmark(PrimesThreeWays.class, true,
                "chapter 07's primes sequentially, in threads, in processes; Java and Python [WORKERS]"));
        ALL.put("workers-race", new Benchmark(WorkersRace.class, true,
                "./workbook run 7 with 1 worker against 2, in turns [ROUNDS]"));
        ALL.put("worker-startup", new Benchmark(WorkerStartup.class, true,
                "what a process pool's workers cost to start, and per task; Java and Python [ROUNDS]"));
        ALL.put("cluster", new Benchmark(ClusterBench.class, true,
                "the 20 primes on threads, chapter 07's processes and chapter 10's cluster members"));
        ALL.put("timelines", new Benchmark(Timelines.class, true,
                "draws a timeline of each chapter's flagship from a real run [PREFIX]"));
        ALL.put("scale", new Benchmark(ScaleRace.class, true,
                "676 flags at 0.5 s, 100 and 1000 in flight: a pool, a thread per request, virtual threads, Python [RUNS]"));
    }

    private Benchmarks() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
            System.out.println(usage());
            return;
        }
        String name = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (name.equals("all")) {
            if (rest.length > 0) {
                usageError("bench all takes no arguments, not " + String.join(" ", rest));
            }
            for (Map.Entry<String, Benchmark> e : ALL.entrySet()) {
                if (e.getValue().results()) {
                    System.out.println("== bench " + e.getKey());
                    run(e.getValue(), new String[0]);
                }
            }
            return;
        }
        Benchmark benchmark = ALL.get(name);
        if (benchmark == null) {
            usageError("no benchmark '" + name + "'\n" + usage());
        }
        run(benchmark, rest);
    }

    private static void run(Benchmark benchmark, String[] args) throws Throwable {
        MethodHandles.publicLookup()
                .findStatic(benchmark.type(), "main", MethodType.methodType(void.class, String[].class))
                .invoke(args);
    }

    static String usage() {
        StringBuilder out = new StringBuilder("usage: ./workbook bench NAME [ARGS] | all\n\n");
        ALL.forEach((name, b) -> out.append(String.format("  %-19s%s%s%n", name, b.about(),
                b.results() ? "; writes docs/src/book/results/" + name + ".adoc" : "")));
        out.append(String.format("  %-19s%s%n", "all", "every benchmark that writes a results file"));
        return out.toString();
    }

    /** Where a benchmark run by {@code all} writes: its results file, or the pictures. */
    private static String writes(String name) {
        return name.equals("timelines") ? Timelines.FOLDER + "/chNN-*.svg" : Results.FOLDER + "/" + name + ".adoc";
    }

    private static void usageError(String message) {
        System.err.println("workbook bench: " + message);
        System.exit(2);
    }
}
