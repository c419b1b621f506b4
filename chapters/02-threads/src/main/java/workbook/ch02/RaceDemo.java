package workbook.ch02;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * Several threads add one to a shared counter ten million times each: a plain {@code long} field loses
 * updates, and {@code synchronized}, {@link AtomicLong} and {@link LongAdder} are three ways not to.
 *
 * <pre>./workbook run 2 --example RaceDemo [THREADS]</pre>
 */
public final class RaceDemo {

    /** The arguments it takes (how many threads race), as {@code ./workbook list} shows them. */
    static final String ARGUMENTS = "[THREADS]";

    static final int INCREMENTS = 10_000_000;

    // tag::counters[]
    private static long plain;                          // no lock, not volatile: racy
    private static volatile long visible;               // every read and write seen, yet ++ is racy
    private static long locked;                         // guarded by LOCK
    private static final Object LOCK = new Object();
    private static final AtomicLong atomic = new AtomicLong();   // one compare-and-set per update
    private static final LongAdder adder = new LongAdder();      // a cell per contending thread
    // end::counters[]

    private RaceDemo() {
    }

    // tag::race[]
    /** Has {@code threads} threads call {@code increment} {@link #INCREMENTS} times each; returns the final count. */
    static long race(int threads, Runnable increment, LongSupplier count) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1); // a start gate: no thread begins before all exist
        List<Thread> started = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            started.add(Thread.ofPlatform().start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return; // asked to stop before it began
                }
                for (int i = 0; i < INCREMENTS; i++) {
                    increment.run();
                }
            }));
        }
        go.countDown();
        for (Thread thread : started) {
            thread.join();
        }
        return count.getAsLong();
    }
    // end::race[]

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 1 || args.length == 1 && !args[0].matches("[1-9][0-9]?")) {
            System.err.println("Usage: ./workbook run 2 --example RaceDemo [THREADS] (THREADS from 1 to 99, default 4), not: "
                    + String.join(" ", args));
            System.exit(2);
        }
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        System.out.printf("%d threads x %,d increments on %d cores: %,d expected%n",
                threads, INCREMENTS, Runtime.getRuntime().availableProcessors(), (long) threads * INCREMENTS);
        // tag::variants[]
        report("long", threads, () -> plain++, () -> plain);
        report("volatile long", threads, () -> visible++, () -> visible);
        report("synchronized", threads, () -> {
            synchronized (LOCK) {
                locked++;
            }
        }, () -> {
            synchronized (LOCK) {
                return locked;
            }
        });
        report("AtomicLong", threads, atomic::incrementAndGet, atomic::get);
        report("LongAdder", threads, adder::increment, adder::sum);
        // end::variants[]
    }

    private static void report(String name, int threads, Runnable increment, LongSupplier count)
            throws InterruptedException {
        long t0 = System.nanoTime();
        long got = race(threads, increment, count);
        long lost = (long) threads * INCREMENTS - got;
        System.out.printf(Locale.ROOT, "%-14s %,11d counted, %,11d lost  %6.0f ms%n",
                name, got, lost, (System.nanoTime() - t0) / 1e6);
    }
}
