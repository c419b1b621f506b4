package workbook.ch07;

import java.io.Serializable;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The CPU-bound job of this chapter: trial division of the 20 large numbers of Fluent Python's
 * {@code primes.py}, 9 of which are prime. Running it prints each number, {@code P} for the primes, and
 * how long each check took, one after the other, as {@code sequential.py} does.
 *
 * <pre>./workbook run 7 --example Primes</pre>
 */
public final class Primes {

    // tag::numbers[]
    /** {@code primes.py}'s {@code NUMBERS}: 2, then 19 numbers of 15 or 16 digits, 8 of them prime. */
    public static final List<Long> NUMBERS = List.of(
            2L, 142702110479723L, 299593572317531L, 3333333333333301L, 3333333333333333L,
            3333335652092209L, 4444444444444423L, 4444444444444444L, 4444444488888889L,
            5555553133149889L, 5555555555555503L, 5555555555555555L, 6666666666666666L,
            6666666666666719L, 6666667141414921L, 7777777536340681L, 7777777777777753L,
            7777777777777777L, 9999999999999917L, 9999999999999999L);
    // end::numbers[]

    /** The outcome of one check, like {@code proc_pool.py}'s {@code PrimeResult}; serializable, to come back from a worker. */
    public record PrimeResult(long n, boolean prime, Duration elapsed) implements Serializable {
    }

    /**
     * The check of one number as a task with a name: a record that a worker finds on its class path, as
     * Python's pickle finds a function by its module and name. A lambda works as well, except one typed in
     * jshell, whose class exists only there.
     */
    public record Check(long n) implements Task<PrimeResult> {
        @Override
        public PrimeResult call() {
            return check(n);
        }
    }

    private Primes() {
    }

    // tag::is-prime[]
    /** Whether {@code n} is prime, by trial division with odd numbers up to its square root. */
    public static boolean isPrime(long n) {
        if (n < 2) {
            return false;
        }
        if (n == 2) {
            return true;
        }
        if (n % 2 == 0) {
            return false;
        }
        long root = BigInteger.valueOf(n).sqrt().longValueExact(); // Python's math.isqrt: exact, no rounding
        for (long i = 3; i <= root; i += 2) {
            if (n % i == 0) {
                return false;
            }
        }
        return true;
    }

    /** Checks {@code n} and times the check. */
    public static PrimeResult check(long n) {
        long t0 = System.nanoTime();
        boolean prime = isPrime(n);
        return new PrimeResult(n, prime, Duration.ofNanos(System.nanoTime() - t0));
    }
    // end::is-prime[]

    /** One line of {@code proc_pool.py}'s report: the number, {@code P} if prime, the seconds its check took. */
    public static String line(PrimeResult result) {
        return String.format(Locale.ROOT, "%16d  %s %9.6fs", result.n(), result.prime() ? "P" : " ", seconds(result.elapsed()));
    }

    static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        for (long n : NUMBERS) {
            System.out.println(line(check(n)));
        }
        System.out.printf(Locale.ROOT, "Total time: %.2fs%n", (System.nanoTime() - t0) / 1e9);
    }
}
