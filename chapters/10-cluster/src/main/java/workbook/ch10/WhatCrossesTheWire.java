package workbook.ch10;

import java.io.File;
import java.io.Serializable;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.hazelcast.core.IExecutorService;

import workbook.ch07.Primes;

/**
 * What a task must be to travel to a member, shown by four tasks on a one-member cluster whose class
 * path lacks chapter 07: a class both sides have (Java serialization), a record that is not
 * {@code Serializable} (Hazelcast's Compact serialization takes it), a lambda (refused before it leaves),
 * a class the member lacks (refused by the member), and a task that throws. Prints what each one gives.
 *
 * <pre>./workbook run 10 --example WhatCrossesTheWire</pre>
 */
public final class WhatCrossesTheWire {

    // tag::tasks[]
    /** Java serialization: {@code Serializable}, and a class the member has. */
    record Square(long n) implements Callable<Long>, Serializable {
        @Override
        public Long call() {
            return n * n;
        }
    }

    /** Not {@code Serializable}: Hazelcast's Compact serialization writes its fields, by reflection. */
    record Cube(long n) implements Callable<Long> {
        @Override
        public Long call() {
            return n * n * n;
        }
    }

    /** A task that throws on the member. */
    record Divide(long n, long by) implements Callable<Long>, Serializable {
        @Override
        public Long call() {
            return n / by;
        }
    }
    // end::tasks[]

    private WhatCrossesTheWire() {
    }

    public static void main(String[] args) throws Exception {
        // the member gets Hazelcast and this chapter's classes, not chapter 07's
        String classpath = String.join(File.pathSeparator,
                Members.classpathOf(com.hazelcast.core.Hazelcast.class), Members.classpathOf(WhatCrossesTheWire.class));
        try (LocalCluster cluster = LocalCluster.start(1, classpath)) {
            IExecutorService executor = cluster.executor();
            // tag::send[]
            show("Square, Serializable", () -> executor.submit(new Square(12)));
            show("Cube, Compact", () -> executor.submit(new Cube(12)));
            show("a lambda", () -> executor.submit((Callable<Long>) () -> 12L));
            show("Primes.Check, not on the member", () -> executor.submit((Callable<Primes.PrimeResult>) new Primes.Check(13)));
            show("Divide by zero", () -> executor.submit(new Divide(12, 0)));
            // end::send[]
        }
    }

    private static void show(String what, Callable<Future<?>> submit) throws InterruptedException {
        try {
            System.out.printf("%-32s -> %s%n", what, submit.call().get(30, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
            System.out.printf("%-32s -> the task failed: %s%n", what, e.getCause());
        } catch (Exception e) {
            System.out.printf("%-32s -> not sent: %s%n", what, e);
        }
    }
}
