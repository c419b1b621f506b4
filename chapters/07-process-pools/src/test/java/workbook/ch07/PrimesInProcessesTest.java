package workbook.ch07;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import workbook.support.Printed;

class PrimesInProcessesTest {

    /** Small numbers, so that the test is quick: 3 primes of 10 digits and 2 composites. */
    static final List<Long> NUMBERS = List.of(1_000_000_007L, 1_000_000_009L, 3_000_000_021L, 2_147_483_647L, 10L);

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        Printed out = new Printed();
        Printed err = new Printed();
        int status = PrimesInProcesses.run(NUMBERS, out.stream(), err.stream(), args);
        return new Run(status, out.text(), err.text());
    }

    @Test
    void it_prints_a_line_per_number_largest_first_marking_the_primes_then_the_total_time() {
        Run run = run("--workers", "2");
        assertThat(run.status()).as("exit status; stderr: %s", run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("Checking 5 numbers with 2 processes:");
        assertThat(lines.subList(1, 6)).as("proc_pool.py's lines: n, P or blank, seconds").satisfiesExactly(
                line -> assertThat(line).matches("      3000000021     \\d\\.\\d{6}s"),
                line -> assertThat(line).matches("      2147483647  P  \\d\\.\\d{6}s"),
                line -> assertThat(line).matches("      1000000009  P  \\d\\.\\d{6}s"),
                line -> assertThat(line).matches("      1000000007  P  \\d\\.\\d{6}s"),
                line -> assertThat(line).matches("              10     \\d\\.\\d{6}s"));
        assertThat(lines.getLast()).matches("Total time: \\d+\\.\\d\\ds");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--workers=0", "--workers=x", "--workers=-3", "--bogus"})
    void bad_input_prints_the_usage_and_exits_2_without_a_stack_trace(String arg) {
        Run run = run(arg);
        assertThat(run.status()).as("the exit status of a usage error").isEqualTo(2);
        assertThat(run.err()).as("what the user reads").contains("Usage:").doesNotContain("Exception", "\tat ");
        assertThat(run.out()).as("nothing was checked").isEmpty();
    }

    @Test
    void version_names_the_program_and_the_java_it_runs_on() {
        Run run = run("-V");
        assertThat(run.status()).isZero();
        assertThat(run.out().strip()).isEqualTo("proc_pool, a Java concurrency workbook, on Java " + System.getProperty("java.version"));
    }
}
