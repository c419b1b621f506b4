package workbook.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Races chapter 07's {@code ./workbook run 7 --workers 1} against {@code --workers 2}, each run in a new
 * JVM as the launcher starts it, taking turns, and writes the medians and the best pair to
 * {@code docs/src/book/results/workers-race.adoc}. Before each pair it measures what the machine gives:
 * how much faster two threads check the largest prime twice than one thread does, about 2 on two idle
 * cores, and less when a neighbour on a shared host is busy; a round whose column is well under 2 was
 * run on a busy machine.
 *
 * <pre>./workbook bench workers-race [ROUNDS]</pre>
 */
public final class WorkersRace {

    private WorkersRace() {
    }

    /** One run of chapter 07's {@code proc_pool}: its {@code Total time} in seconds, and how many numbers it marked {@code P}. */
    record Run(double seconds, long primes) {
    }

    /** The command that runs {@code proc_pool --workers N} as a reader runs it: through the launcher. */
    static List<String> launcher(int workers) {
        Path root = Path.of(System.getProperty("workbook.root", ".")).toAbsolutePath();
        String script = File.separatorChar == '\\' ? "workbook.cmd" : "workbook";
        return List.of(root.resolve(script).toString(), "run", "7", "--workers", String.valueOf(workers));
    }

    // tag::run[]
    /** Runs {@code command} (a {@code proc_pool --workers N}) and reads its total time and its primes. */
    static Run run(List<String> command) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            child.getOutputStream().close();
            if (!child.waitFor(5, TimeUnit.MINUTES)) { // its two dozen lines fit in the pipe: wait, then read
                throw new IOException(command + " did not end within 5 minutes");
            }
            List<String> lines = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            if (child.exitValue() != 0 || lines.isEmpty() || !lines.getLast().matches("Total time: [0-9.]+s")) {
                throw new IOException(command + " did not end with its total time: " + lines);
            }
            long primes = lines.stream().filter(line -> line.matches(" *[0-9]+  P .*")).count();
            return new Run(Double.parseDouble(lines.getLast().replaceAll("[^0-9.]", "")), primes);
        } finally {
            child.destroyForcibly(); // a no-op once it has exited
            child.waitFor();
        }
    }
    // end::run[]

    /** What {@code rounds} rounds measured: per round, one worker's time, two workers' time, two threads' speed-up. */
    record Race(double[] one, double[] two, double[] threads) {
        double[] speedUps() {
            double[] ratios = new double[one.length];
            for (int i = 0; i < one.length; i++) {
                ratios[i] = one[i] / two[i];
            }
            return ratios;
        }
    }

    /** Runs {@code rounds} pairs of {@code command.apply(1)} and {@code command.apply(2)}, printing a line per round. */
    static Race race(int rounds, IntFunction<List<String>> command) throws Exception {
        Race race = new Race(new double[rounds], new double[rounds], new double[rounds]);
        System.out.printf("%-6s %12s %12s %9s %9s %15s%n", "round", "--workers 1", "--workers 2", "speed-up", "P marked",
                "2 threads vs 1");
        MachineShare.twoThreadsSpeedUp(); // once, so that the checks below run compiled
        for (int i = 0; i < rounds; i++) {
            race.threads()[i] = MachineShare.twoThreadsSpeedUp();
            Run one = run(command.apply(1));
            Run two = run(command.apply(2));
            if (one.primes() != 9 || two.primes() != 9) {
                throw new IllegalStateException("a run marked " + one.primes() + " and " + two.primes() + " primes, not 9");
            }
            race.one()[i] = one.seconds();
            race.two()[i] = two.seconds();
            System.out.printf(Locale.ROOT, "%-6d %11.2fs %11.2fs %8.2fx %4d %4d %14.2fx%n", i + 1, one.seconds(),
                    two.seconds(), one.seconds() / two.seconds(), one.primes(), two.primes(), race.threads()[i]);
        }
        System.out.printf(Locale.ROOT, "%-6s %11.2fs %11.2fs %8.2fx %9s %14.2fx%n", "median", Rounds.median(race.one()),
                Rounds.median(race.two()), Rounds.median(race.speedUps()), "", Rounds.median(race.threads()));
        return race;
    }

    public static void main(String[] args) throws Exception {
        int rounds = Rounds.parse(args, 7, "workers-race");
        // once each, untimed: the launcher builds the chapter and records its class-data archive if it must
        run(launcher(1));
        run(launcher(2));
        Race race = race(rounds, WorkersRace::launcher);
        double[] speedUps = race.speedUps();
        Results results = Results.named("workers-race");
        results.attribute("workers-race-rounds", String.valueOf(rounds))
                .attribute("workers-race-one", Rounds.two(Rounds.median(race.one())))
                .attribute("workers-race-two", Rounds.two(Rounds.median(race.two())))
                .attribute("workers-race-speed-up", Rounds.two(Rounds.median(speedUps)))
                .attribute("workers-race-best-speed-up", Rounds.two(Rounds.most(speedUps)))
                .attribute("workers-race-threads", Rounds.two(Rounds.median(race.threads())));
        results.write("""
                [cols="3,1,1,1",options="header"]
                .`./workbook run 7 --workers 1` against `--workers 2`, %d pairs, each run in a new JVM; %s
                |===
                | |median |best |worst
                |one worker |%s s |%s s |%s s
                |two workers |%s s |%s s |%s s
                |speed-up of the pair |%sx |%sx |%sx
                |two threads against one, just before each pair (the machine's share: 2 when idle) |%sx |%sx |%sx
                |===
                """.formatted(rounds, results.caption("./workbook bench workers-race"),
                Rounds.two(Rounds.median(race.one())), Rounds.two(Rounds.best(race.one())), Rounds.two(Rounds.most(race.one())),
                Rounds.two(Rounds.median(race.two())), Rounds.two(Rounds.best(race.two())), Rounds.two(Rounds.most(race.two())),
                Rounds.two(Rounds.median(speedUps)), Rounds.two(Rounds.most(speedUps)), Rounds.two(Rounds.best(speedUps)),
                Rounds.two(Rounds.median(race.threads())), Rounds.two(Rounds.most(race.threads())),
                Rounds.two(Rounds.best(race.threads()))));
    }
}
