package workbook.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoundsTest {

    @Test
    void rounds_default_and_parse() {
        assertThat(Rounds.parse(new String[0], 7, "x")).isEqualTo(7);
        assertThat(Rounds.parse(new String[] {"12"}, 7, "x")).isEqualTo(12);
    }

    @Test
    void median_best_and_most_do_not_reorder_their_input() {
        double[] values = {3, 1, 2, 5};
        assertThat(Rounds.median(values)).as("the upper middle of an even count").isEqualTo(3);
        assertThat(Rounds.best(values)).isEqualTo(1);
        assertThat(Rounds.most(values)).isEqualTo(5);
        assertThat(values).containsExactly(3, 1, 2, 5);
        assertThat(Rounds.two(1.555)).isIn("1.55", "1.56");
    }
}
