package workbook.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * The optional {@code [ROUNDS]} argument of a benchmark, and the statistics of its rounds.
 *
 * <pre>{@code
 * int rounds = Rounds.parse(args, 7, "workers-race");   // usage message and exit 2 for bad input
 * double typical = Rounds.median(times);
 * }</pre>
 */
final class Rounds {

    private Rounds() {
    }

    /**
     * The number of rounds {@code args} asks for, or {@code byDefault} if none; a usage message and exit
     * status 2 for anything but one whole number from 1 to 999.
     */
    static int parse(String[] args, int byDefault, String bench) {
        if (args.length == 0) {
            return byDefault;
        }
        if (args.length > 1 || !args[0].matches("[1-9][0-9]{0,2}")) {
            System.err.printf("usage: ./workbook bench %s [ROUNDS] (ROUNDS from 1 to 999, default %d), not: %s%n",
                    bench, byDefault, String.join(" ", args));
            System.exit(2);
        }
        return Integer.parseInt(args[0]);
    }

    /** The middle value (the upper one of the two middle values of an even count). */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The smallest value. */
    static double best(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    /** The largest value. */
    static double most(double[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }

    /** {@code value} with two decimals, whatever the default locale. */
    static String two(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** {@code value} with one decimal, whatever the default locale. */
    static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
