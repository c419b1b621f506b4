package workbook.ch03;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import workbook.support.Printed;

class DemoExecutorMapTest {

    @Test
    void results_come_in_the_order_of_the_inputs_each_after_its_task_is_done() throws Exception {
        Printed out = new Printed();
        List<Integer> ns = List.of(3, 1, 2, 0, 4);
        List<Integer> results = new DemoExecutorMap(out.stream(),
                Duration.ofMillis(20)).run(ns);
        assertThat(results).as("loiter(n) returns 10 * n, in the order of the inputs").containsExactly(30, 10, 20, 0, 40);

        List<String> lines = out.text().lines().map(l -> l.substring(11).strip()).toList();
        assertThat(lines).as("what the demo printed, without the clock").startsWith("Script starting.")
                .contains("Waiting for individual results:")
                .anyMatch(line -> line.startsWith("results: 5 futures,"));
        for (int i = 0; i < ns.size(); i++) {
            int n = ns.get(i);
            assertThat(lines.indexOf("result " + i + ": " + 10 * n))
                    .as("result %d is printed after loiter(%d) is done", i, n)
                    .isGreaterThan(lines.indexOf("loiter(" + n + "): done."));
        }
    }
}
