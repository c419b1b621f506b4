package workbook.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PrimesThreeWaysTest {

    /** Small numbers, so that the test is quick: 3 primes of 10 digits and 2 composites. */
    static final List<Long> NUMBERS = List.of(1_000_000_007L, 1_000_000_009L, 3_000_000_021L, 2_147_483_647L, 10L);

    @Test
    void each_way_checks_every_number_and_has_a_total_time() throws Exception {
        double[] best = PrimesThreeWays.bestTotals(2, NUMBERS, 1);
        assertThat(best).as("sequential, 2 threads, 2 processes, in seconds").hasSize(3);
        for (double seconds : best) {
            assertThat(seconds).as("a total time, in seconds").isPositive().isLessThan(60);
        }
    }
}
