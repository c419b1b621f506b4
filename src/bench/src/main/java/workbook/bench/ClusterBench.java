package workbook.bench;

import java.io.File;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.IExecutorService;

import workbook.ch07.Primes;
import workbook.ch07.ProcessPool;
import workbook.ch10.CheckOn;
import workbook.ch10.LocalCluster;
import workbook.ch10.MemberMain;
import workbook.ch10.Members;

/**
 * Chapter 10's numbers: the 20 primes sequentially, on 2 threads, on chapter 07's 2 worker processes
 * and on 2 cluster members, side by side in one run (best of 3, each on a pool or cluster already
 * started); the round trip of a trivial task on the process pool and on the cluster; and the time to
 * start each, the cluster's in fresh JVMs, as the chapter starts it and with ahead-of-time caches
 * ({@link Formation}). Writes {@code docs/src/book/results/cluster.adoc}.
 *
 * <pre>./workbook bench cluster</pre>
 */
public final class ClusterBench {

    static final int RUNS = 3;
    static final int TRIVIAL = 500;
    static final List<Long> NUMBERS = Primes.NUMBERS.stream().sorted(Comparator.reverseOrder()).toList();

    private ClusterBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            System.err.println("usage: ./workbook bench cluster (no arguments), not " + String.join(" ", args));
            System.exit(2);
        }
        // a shared machine's load shows in every column, and most in the time to start: the caption says it
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        double sequential = best(() -> NUMBERS.forEach(Primes::check));
        double threads;
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            threads = best(() -> all(NUMBERS, n -> pool.submit(new Primes.Check(n))));
        }
        long t0 = System.nanoTime();
        double processes;
        double processTrip;
        double processStart;
        try (ProcessPool pool = ProcessPool.builder().workers(2).build()) {
            pool.submit(new Primes.Check(2)).get(60, TimeUnit.SECONDS); // both workers may take the first; the clock starts after
            processStart = (System.nanoTime() - t0) / 1e9;
            processes = best(() -> all(NUMBERS, n -> pool.submit(new Primes.Check(n))));
            processTrip = trip(() -> pool.submit(new Primes.Check(2)));
        }
        double members;
        double memberTrip;
        // the members get the class path that ./workbook run 10 gives them, not this JVM's: every jar of
        // the bench is one more place to look for each of the 6,000 classes a member loads
        String memberClasspath = String.join(File.pathSeparator, Members.classpathOf(MemberMain.class),
                Members.classpathOf(Primes.class), Members.classpathOf(IExecutorService.class));
        try (LocalCluster cluster = LocalCluster.start(2, memberClasspath)) {
            IExecutorService executor = cluster.executor();
            List<Member> data = cluster.dataMembers();
            members = best(() -> {
                List<Future<?>> fs = new ArrayList<>();
                for (int i = 0; i < NUMBERS.size(); i++) {
                    fs.add(executor.submitToMember(new CheckOn(NUMBERS.get(i)), data.get(i % data.size())));
                }
                for (Future<?> f : fs) {
                    f.get(120, TimeUnit.SECONDS);
                }
            });
            memberTrip = trip(() -> executor.submitToMember(new CheckOn(2), data.getFirst()));
        }
        Formation formation = Formation.measure(memberClasspath);
        double formed = formation.plain();
        System.out.printf(Locale.ROOT, "sequential %.2fs, 2 threads %.2fs, 2 processes %.2fs, 2 members %.2fs (%.2fx the processes)%n",
                sequential, threads, processes, members, members / processes);
        System.out.printf(Locale.ROOT, "round trip: process pool %.0f us, cluster %.0f us; started: pool %.2fs, cluster %.2fs, cluster with caches %.2fs%n",
                processTrip * 1e6, memberTrip * 1e6, processStart, formed, formation.cached());
        Results results = Results.named("cluster");
        results.attribute("cluster-ratio", String.format(Locale.ROOT, "%.2f", members / processes))
                .attribute("cluster-formed", String.format(Locale.ROOT, "%.1f s", formed))
                .attribute("cluster-formed-cached", formation.cached() > 0
                        ? String.format(Locale.ROOT, "%.1f s", formation.cached()) : "not measured (JDK 25 or newer)")
                .attribute("cluster-pool-started", String.format(Locale.ROOT, "%.1f s", processStart))
                .attribute("cluster-trip-members", String.format(Locale.ROOT, "%.0f µs", memberTrip * 1e6))
                .attribute("cluster-trip-processes", String.format(Locale.ROOT, "%.0f µs", processTrip * 1e6));
        results.write("""
                [cols="3,1,1,1,1",options="header"]
                .The 20 primes, best of %d, on pools and a cluster already started; load average %s at the start; %s
                |===
                |  |sequential |2 threads |2 worker processes (ch. 07) |2 cluster members
                |the 20 primes |%.2f s |%.2f s |%.2f s |%.2f s
                |a trivial task's round trip (mean of %d) | | |%.0f µs |%.0f µs
                |time to start | | |%.2f s |%.2f s
                |time to start, caller and members with an ahead-of-time cache | | | |%s
                |===
                """.formatted(RUNS, load < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f", load), results.caption("./workbook bench cluster"), sequential, threads, processes, members,
                TRIVIAL, processTrip * 1e6, memberTrip * 1e6, processStart, formed,
                formation.cached() > 0 ? String.format(Locale.ROOT, "%.2f s", formation.cached()) : "(JDK 25 or newer)"));
    }

    interface Job {
        void run() throws Exception;
    }

    static double best(Job job) throws Exception {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            job.run();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return best;
    }

    static void all(List<Long> numbers, Function<Long, Future<?>> submit) throws Exception {
        List<Future<?>> fs = numbers.stream().<Future<?>>map(submit).toList();
        for (Future<?> f : fs) {
            f.get(120, TimeUnit.SECONDS);
        }
    }

    interface Submit {
        Future<?> submit() throws Exception;
    }

    /** The mean seconds of one submit and get, one task at a time, after as many to warm up. */
    static double trip(Submit submit) throws Exception {
        for (int i = 0; i < TRIVIAL; i++) {
            submit.submit().get(60, TimeUnit.SECONDS);
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < TRIVIAL; i++) {
            submit.submit().get(60, TimeUnit.SECONDS);
        }
        return (System.nanoTime() - t0) / 1e9 / TRIVIAL;
    }
}
