package workbook.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import workbook.ch07.Primes;
import workbook.ch07.ProcessPool;
import workbook.ch07.Task;

/**
 * Chapter 07's check of one number, timed where it runs: the worker's process id, and when the check
 * started and ended there. Sent to a {@link ProcessPool} through its {@code ExecutorService} methods
 * only, as {@code PrimesInProcesses} sends {@link Primes.Check}, it draws the chapter's timeline.
 *
 * @param n the number to check
 */
record TimedCheck(long n) implements Task<TimedCheck.Span> {

    /** What a worker did with one number. */
    record Span(long n, boolean prime, long pid, long start, long end) implements java.io.Serializable {
    }

    /** Prime numbers, the long checks. */
    static final Timeline.Outcome PRIME = new Timeline.Outcome("prime", "#3b6fb6", Timeline.Pattern.SOLID);
    /** The others, found out by a small divisor: short checks. */
    static final Timeline.Outcome COMPOSITE = new Timeline.Outcome("not prime", "#a9c4e8", Timeline.Pattern.STRIPES);

    @Override
    public Span call() {
        long start = Timelines.micros(Instant.now());
        boolean prime = Primes.isPrime(n);
        return new Span(n, prime, ProcessHandle.current().pid(), start, Timelines.micros(Instant.now()));
    }

    /** Checks {@code Primes.NUMBERS}, largest first as {@code PrimesInProcesses} does, on {@code workers} worker JVMs. */
    static Timeline timeline(String title, int workers) throws Exception {
        List<Span> spans = new ArrayList<>();
        try (ExecutorService pool = new ProcessPool(workers)) {
            List<Future<Span>> futures = new ArrayList<>();
            for (long n : Primes.NUMBERS.stream().sorted(Comparator.reverseOrder()).toList()) {
                futures.add(pool.submit(new TimedCheck(n)));
            }
            for (Future<Span> f : futures) {
                spans.add(f.get(2, TimeUnit.MINUTES));
            }
        }
        long origin = spans.stream().mapToLong(Span::start).min().orElseThrow();
        Timeline timeline = new Timeline(title);
        spans.stream().sorted(Comparator.comparingLong(Span::start)).forEach(s -> timeline.bar(
                "worker JVM, pid " + s.pid(), String.valueOf(s.n()),
                (s.start() - origin) / 1e6, (s.end() - origin) / 1e6, s.prime() ? PRIME : COMPOSITE));
        return timeline;
    }
}
