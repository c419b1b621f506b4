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
        List<Callable<?>> tasks = IntStream.range(0, 10).<Callable<?>>mapToObj(i -> ran::incrementAndGet).toList();
        assertThat(PoolSizing.seconds(3, tasks)).as("seconds").isPositive();
        assertThat(ran).as("tasks that ran before seconds() returned").hasValue(10);
    }
}
