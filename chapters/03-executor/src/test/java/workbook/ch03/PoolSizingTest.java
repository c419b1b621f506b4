package workbook.ch03;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PoolSizingTest {

    @Test
    void counts_primes() {
        assertThat(PoolSizing.countPrimes(100)).as("primes below 100").isEqualTo(25);
    }

    @Test
    void the_timing_includes_every_task_because_close_waits_for_them() {
        AtomicInteger ran = new AtomicInteger();
        // nine quick tasks and a slow one, which sleeps at least 300 ms: the timing must cover it
        List<Callable<?>> tasks = IntStream.range(0, 10).<Callable<?>>mapToObj(i -> () -> {
            if (i == 9) {
                Thread.sleep(300);
            }
            return ran.incrementAndGet();
        }).toList();
        long before = System.nanoTime();
        double seconds = PoolSizing.seconds(3, tasks);
        double call = (System.nanoTime() - before) / 1e9;
        assertThat(ran).as("tasks that ran before seconds() returned").hasValue(10);
        assertThat(seconds).as("the seconds cover the slowest task, which sleeps 300 ms, since close() waits for it, "
                + "and no more than the call to seconds() took").isBetween(0.3, call);
    }

    @Test
    void each_time_is_the_best_of_three_runs() {
        AtomicInteger runs = new AtomicInteger();
        // one task, slow only the first time it runs: the best of three must be one of the quick runs
        List<Callable<?>> tasks = List.of(() -> {
            if (runs.incrementAndGet() == 1) {
                Thread.sleep(1_000);
            }
            return null;
        });
        double best = PoolSizing.best(1, tasks);
        assertThat(runs).as("times best() ran the tasks").hasValue(3);
        assertThat(best).as("the best of three runs, the first of which sleeps 1 s: a quick run, not the first or a mean")
                .isLessThan(1.0 / 3);
    }
}
