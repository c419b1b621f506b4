package workbook.ch05;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

import workbook.support.Printed;

class ProgressTest {

    private final Printed out = new Printed();

    private String show(int total, int steps, boolean live) {
        try (Progress progress = Progress.open(total, out.stream(), live)) {
            for (int i = 0; i < steps; i++) {
                progress.step();
            }
        }
        return out.text();
    }

    @Test
    void off_a_terminal_it_prints_a_plain_line_every_tenth_of_the_way() {
        String printed = show(20, 20, false);
        assertThat(printed.lines()).as("20 steps: a line every 2").hasSize(10)
                .allMatch(line -> line.matches(" *\\d+% \\d+/20 \\[\\d+\\.\\d\\ds]"));
        assertThat(printed.lines().toList().getLast()).startsWith("100% 20/20 [");
        assertThat(printed).doesNotContain("\r", "\u001b");
    }

    @Test
    void with_fewer_than_ten_steps_each_gets_a_line() {
        assertThat(show(3, 3, false).lines().map(line -> line.substring(0, 9)))
                .containsExactly(" 33% 1/3 ", " 66% 2/3 ", "100% 3/3 ");
    }

    @Test
    void on_a_terminal_it_redraws_one_line_in_place() {
        String printed = show(4, 4, true);
        assertThat(printed.chars().filter(c -> c == '\r').count()).as("a carriage return per step").isEqualTo(4);
        assertThat(printed).as("one line, ended when the report is closed").endsWith("\n")
                .contains("100%|##############################| 4/4");
        assertThat(printed.chars().filter(c -> c == '\n').count()).as("line feeds").isEqualTo(1);
    }

    @Test
    void the_tests_output_is_not_a_terminal() {
        assertThat(Progress.onTerminal()).as("Surefire pipes the output of the test JVM").isFalse();
    }
}
