package workbook.ch07;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class PrimesTest {

    @Test
    void exactly_9_of_the_20_numbers_are_prime() {
        // BigInteger's probabilistic test is fast and, at certainty 50, wrong less than once in 2^50
        List<Long> primes = Primes.NUMBERS.stream().filter(n -> BigInteger.valueOf(n).isProbablePrime(50)).toList();
        assertThat(Primes.NUMBERS).as("primes.py's NUMBERS").hasSize(20).doesNotHaveDuplicates();
        assertThat(primes).as("the primes among them").containsExactly(2L, 142702110479723L, 299593572317531L,
                3333333333333301L, 4444444444444423L, 5555555555555503L, 6666666666666719L, 7777777777777753L,
                9999999999999917L);
    }

    @Test
    void trial_division_agrees_with_BigInteger_on_small_numbers() {
        LongStream.rangeClosed(-3, 20_000).forEach(n -> assertThat(Primes.isPrime(n))
                .as("isPrime(%d)", n).isEqualTo(n > 1 && BigInteger.valueOf(n).isProbablePrime(50)));
    }

    @Test
    void trial_division_tells_a_square_of_a_prime_from_a_prime() {
        assertThat(Primes.isPrime(1_000_003L * 1_000_003L)).as("a square: its root is its only factor").isFalse();
        assertThat(Primes.isPrime(1_000_000_007L)).as("a 10-digit prime").isTrue();
        assertThat(Primes.isPrime(4_294_967_291L * 3)).as("a prime times 3").isFalse();
    }

    @Test
    void a_line_is_the_number_16_wide_then_P_then_the_seconds() {
        Primes.PrimeResult result = Primes.check(1_000_000_007L);
        assertThat(Primes.line(result)).as("proc_pool.py's f'{n:16}  {label} {elapsed:9.6f}s'")
                .matches("      1000000007  P  \\d\\.\\d{6}s");
        assertThat(Primes.line(Primes.check(9))).startsWith("               9    ");
    }
}
