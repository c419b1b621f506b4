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
        ALL.put("server", new Benchmark(ServerLoad.class, false,
                "N requests at once against the flags server alone [N] [DELAY_MS]"));
        ALL.put("downloaders", new Benchmark(CompareDownloaders.class, true,
                "races the downloaders of chapters 01, 02, 03 and 05"));
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
        ALL.forEach((name, b) -> out.append(String.format("  %-14s%s%s%n", name, b.about(),
                b.results() ? "; writes docs/src/book/results/" + name + ".adoc" : "")));
        out.append(String.format("  %-14s%s%n", "all", "every benchmark that writes a results file"));
        return out.toString();
    }

    private static void usageError(String message) {
        System.err.println("workbook bench: " + message);
        System.exit(2);
    }
}
