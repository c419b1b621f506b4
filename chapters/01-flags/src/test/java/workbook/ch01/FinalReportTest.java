package workbook.ch01;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.flags.DownloadStatus.ERROR;
import static workbook.flags.DownloadStatus.NOT_FOUND;
import static workbook.flags.DownloadStatus.OK;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import workbook.flags.DownloadStatus;
import workbook.support.Exercise;

@Exercise(id = "1.4", title = "Print the final report", stub = FinalReport.class, hint = {
        """
        Which lines appear only when a count is not zero, which words change when a count is one, and what \
        does `%.2f` print on a machine set to German? Look at the report at the end of "Counting what \
        happened: flags2".""",
        """
        Read each status's count with zero as the default (`Map.getOrDefault`). The downloaded line is \
        always there; the not-found and error lines only when their count is not zero; each says "flag" or \
        "error" when the count is one. Format the seconds with `String.format` and `Locale.ROOT`, from the \
        elapsed time in nanoseconds, so that the separator is a dot everywhere.""" })
class FinalReportTest {

    @Test
    void all_downloaded_prints_two_lines() {
        assertThat(lines(Map.of(OK, 20L), Duration.ofMillis(1234)))
                .as("no 'not found' or 'errors' line when they are zero")
                .containsExactly("20 flags downloaded.", "Elapsed time: 1.23s");
    }

    @Test
    void not_found_and_errors_are_reported_when_not_zero() {
        assertThat(lines(Map.of(OK, 18L, NOT_FOUND, 2L, ERROR, 3L), Duration.ofMillis(500)))
                .as("every count that is not zero, with its plural")
                .containsExactly("18 flags downloaded.", "2 not found.", "3 errors.", "Elapsed time: 0.50s");
    }

    @Test
    void one_of_a_kind_is_singular() {
        assertThat(lines(Map.of(OK, 1L, ERROR, 1L), Duration.ofSeconds(2)))
                .as("one of a kind is singular: \"1 flag downloaded.\" and \"1 error.\"")
                .containsExactly("1 flag downloaded.", "1 error.", "Elapsed time: 2.00s");
    }

    @Test
    void nothing_downloaded_still_says_so() {
        assertThat(lines(Map.of(ERROR, 20L), Duration.ofMillis(10)))
                .as("a missing OK count is zero")
                .containsExactly("0 flags downloaded.", "20 errors.", "Elapsed time: 0.01s");
    }

    @Test
    void the_time_uses_a_dot_whatever_the_locale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertThat(lines(Map.of(OK, 1L), Duration.ofMillis(1500)))
                    .as("with a German default locale, %.2f alone would print 1,50")
                    .endsWith("Elapsed time: 1.50s");
        } finally {
            Locale.setDefault(before);
        }
    }

    /** The report, with a message that says what a NullPointerException means here. */
    private static List<String> lines(Map<DownloadStatus, Long> counts, Duration elapsed) {
        try {
            return FinalReport.lines(counts, elapsed);
        } catch (NullPointerException e) {
            throw new AssertionError("a status missing from counts counts zero (counts.getOrDefault(status, 0L)), "
                    + "but lines(" + counts + ", ...) threw " + e, e);
        }
    }
}
