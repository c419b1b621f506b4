package workbook.ch10;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import workbook.ch07.Primes;
import workbook.support.Printed;

@Timeout(240)
class ClusterPrimesTest {

    /** Small numbers, so that the test is quick: 3 primes of 10 digits and 2 composites. */
    static final List<Long> SMALL = List.of(1_000_000_007L, 1_000_000_009L, 3_000_000_021L, 2_147_483_647L, 10L);

    record Run(int status, String out, String err) {
    }

    static Run run(List<Long> numbers, String... args) {
        Printed out = new Printed();
        Printed err = new Printed();
        int status = ClusterPrimes.run(numbers, out.stream(), err.stream(), args);
        return new Run(status, out.text(), err.text());
    }

    static String port(int count) throws Exception {
        return String.valueOf(LocalCluster.freePorts(count).getFirst());
    }

    static List<ProcessHandle> children() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList();
    }

    @Test
    void it_prints_a_line_per_number_with_its_member_then_the_total_time() throws Exception {
        Run run = run(SMALL, "--members", "2", "--port", port(3));
        assertThat(run.status()).as("exit status; stderr: %s", run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("Checking 5 numbers on 2 members:");
        assertThat(lines.subList(1, 6)).as("chapter 07's lines (n, P or blank, seconds) and the member, in completion order")
                .allMatch(line -> line.matches(" *\\d+  [P ] +\\d+\\.\\d{6}s  127\\.0\\.0\\.1:\\d+"))
                .filteredOn(line -> line.contains(" P ")).hasSize(3);
        assertThat(lines.getLast()).matches("Total time: \\d+\\.\\d\\ds");
        assertThat(children()).as("no member left running after the run").isEmpty();
    }

    @Test
    void kill_one_loses_a_member_half_way_and_still_checks_every_number_once() throws Exception {
        Run run = run(Primes.NUMBERS, "--members", "2", "--kill-one", "--port", port(3));
        assertThat(run.status()).as("exit status; stderr: %s", run.err()).isZero();
        List<String> checked = run.out().lines().filter(line -> line.matches(" *\\d+  [P ] .*")).toList();
        assertThat(checked).as("one line per number, each number once").hasSize(20)
                .extracting(line -> Long.parseLong(line.trim().split(" +")[0])).containsExactlyInAnyOrderElementsOf(Primes.NUMBERS);
        assertThat(checked).as("exactly the 9 primes marked P").filteredOn(line -> line.contains(" P ")).hasSize(9);
        assertThat(run.out()).as("the summary names the numbers retried and why")
                .contains("Retried on another member:").contains("left (MemberLeftException)");
        assertThat(children()).as("no member left running after the run").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--members=0", "--members=x", "--port=80", "--bogus"})
    void bad_input_prints_the_usage_and_exits_2_without_a_stack_trace(String arg) {
        Run run = run(SMALL, arg);
        assertThat(run.status()).as("the exit status of a usage error").isEqualTo(2);
        assertThat(run.err()).as("what the user reads").contains("Usage:").doesNotContain("Exception", "\tat ");
        assertThat(children()).as("no member started for a usage error").isEmpty();
    }

    @Test
    void a_port_in_use_is_a_clear_message_and_leaves_no_member_running() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(Members.HOST))) {
            Run run = run(SMALL, "--members", "2", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(run.status()).as("the exit status of a cluster that could not form").isEqualTo(1);
            assertThat(run.err()).as("what the user reads")
                    .contains("could not start", "127.0.0.1:" + taken.getLocalPort(), "in use").doesNotContain("\tat ");
        }
        assertThat(children()).as("the member that did start is ended too").isEmpty();
    }
}
