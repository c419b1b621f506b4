package workbook.ch06;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import workbook.flags.Countries;
import workbook.support.Printed;

class HedgedFlagTest {

    @Test
    void a_late_primary_is_hedged_the_backup_answers_and_the_primary_is_interrupted() throws Exception {
        Printed out = new Printed();
        try (TracedFlags primary = TracedFlags.start("primary", Map.of("BR", Duration.ofSeconds(3)));
             TracedFlags backup = TracedFlags.start("backup", Map.of())) {
            HedgedFlag.Answer answer;
            try (ExecutorService pool = Executors.newCachedThreadPool()) {
                answer = HedgedFlag.hedged(pool, primary.fetch("BR"), backup.fetch("BR"), HedgedFlag.HEDGE_DELAY,
                        out.stream());
            } // close() waits for the primary's request to see its interrupt
            assertThat(answer.replica()).as("who answered: the backup, hedged after the delay").isEqualTo("backup");
            assertThat(answer.flag()).as("the flag of BR").isEqualTo(Countries.flag("BR"));
            assertThat(out.text()).as("what hedged printed").isEqualTo("  no answer within 150 ms: asking the backup%n"
                    .formatted());
            assertThat(backup.downloaded()).as("the backup answered").contains("BR");
            assertThat(primary.interrupted()).as("the primary's request was cancelled").containsExactly("BR");
        }
    }

    @Test
    void a_primary_that_answers_in_time_is_not_hedged() throws Exception {
        Printed out = new Printed();
        try (TracedFlags primary = TracedFlags.start("primary", Map.of());
             TracedFlags backup = TracedFlags.start("backup", Map.of())) {
            HedgedFlag.Answer answer;
            try (ExecutorService pool = Executors.newCachedThreadPool()) {
                answer = HedgedFlag.hedged(pool, primary.fetch("BR"), backup.fetch("BR"), Duration.ofSeconds(5),
                        out.stream());
            }
            assertThat(answer.replica()).as("who answered: the primary").isEqualTo("primary");
            assertThat(answer.flag()).as("the flag of BR").isEqualTo(Countries.flag("BR"));
            assertThat(out.text()).as("no hedge, nothing printed").isEmpty();
            assertThat(backup.downloaded()).as("the backup was never asked").isEmpty();
        }
    }

    @Test
    void main_tags_the_result_with_the_replica_that_answered() throws Exception {
        String printed = Printed.onSystem(() -> HedgedFlag.main(new String[0])).out();
        assertThat(printed.lines().filter(line -> line.contains("hedged request got")))
                .as("the primary is slow for BR: the backup answers, and the result line says so")
                .singleElement().asString().startsWith("  [backup] hedged request got ");
    }
}
