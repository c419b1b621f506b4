package workbook.ch03;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Shows that a map over a pool gives its results in the order of its inputs, however the tasks
 * finish: Fluent Python's {@code demo_executor_map.py}, retold. {@code loiter(n)} does nothing for
 * {@code n} seconds and returns {@code 10 * n}.
 *
 * <pre>
 * ./workbook run 3 --example DemoExecutorMap            # loiter(3), loiter(1), loiter(2), loiter(0), loiter(4)
 * ./workbook run 3 --example DemoExecutorMap 0 1 2 3 4  # the Python original's range(5)
 * </pre>
 */
public final class DemoExecutorMap {

    /** The arguments it takes (how long each task loiters), as {@code ./workbook list} shows them. */
    static final String ARGUMENTS = "[SECONDS...]";

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("'['HH:mm:ss']'");

    private final PrintStream out;
    private final Duration second;

    /** A demo that prints to {@code out} and loiters {@code second} for each second of the original. */
    DemoExecutorMap(PrintStream out, Duration second) {
        this.out = out;
        this.second = second;
    }

    // tag::loiter[]
    void display(Object... args) {
        String line = Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(" "));
        out.println(LocalTime.now().format(CLOCK) + " " + line);
    }

    int loiter(int n) throws InterruptedException {
        display("\t".repeat(n) + "loiter(" + n + "): doing nothing for " + n + "s...");
        Thread.sleep(second.multipliedBy(n));
        display("\t".repeat(n) + "loiter(" + n + "): done.");
        return n * 10;
    }
    // end::loiter[]

    // tag::main[]
    List<Integer> run(List<Integer> ns) throws InterruptedException, ExecutionException {
        display("Script starting.");
        try (ExecutorService executor = Executors.newFixedThreadPool(3)) {
            List<Future<Integer>> results = new ArrayList<>();
            for (int n : ns) {
                results.add(executor.submit(() -> loiter(n)));
            }
            long done = results.stream().filter(Future::isDone).count();
            display("results:", results.size(), "futures,", done, "done");
            display("Waiting for individual results:");
            List<Integer> values = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                values.add(results.get(i).get()); // blocks until result i is ready, even if later ones are
                display("result " + i + ":", values.getLast());
            }
            return values;
        }
    }
    // end::main[]

    public static void main(String[] args) throws Exception {
        if (!Arrays.stream(args).allMatch(a -> a.matches("[0-9]"))) {
            System.err.println("usage: DemoExecutorMap [N...] (seconds each task sleeps, 0 to 9; default 3 1 2 0 4), not: "
                    + String.join(" ", args));
            System.exit(2);
        }
        List<Integer> ns = args.length == 0 ? List.of(3, 1, 2, 0, 4)
                : Arrays.stream(args).map(Integer::valueOf).toList();
        new DemoExecutorMap(System.out, Duration.ofSeconds(1)).run(ns);
    }
}
