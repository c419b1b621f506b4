package workbook.ch06;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import workbook.flags.Countries;

class HedgedFlagTest {

    @Test
    void a_late_primary_is_hedged_and_then_interrupted() throws Exception {
        try (TracedFlags primary = TracedFlags.start("primary", Map.of("BR", Duration.ofSeconds(3)));
             TracedFlags backup = TracedFlags.start("backup", Map.of());
             ExecutorService pool = Executors.newCachedThreadPool()) {
            byte[] flag = HedgedFlag.hedged(pool, primary.fetch("BR"), backup.fetch("BR"), HedgedFlag.HEDGE_DELAY);
            assertThat(flag).as("the flag of BR, from the backup").isEqualTo(Countries.flag("BR"));
            pool.close();
            assertThat(backup.downloaded()).as("the backup answered").contains("BR");
            assertThat(primary.interrupted()).as("the primary's request was cancelled").containsExactly("BR");
        }
    }

    @Test
    void a_primary_that_answers_in_time_is_not_hedged() throws Exception {
        try (TracedFlags primary = TracedFlags.start("primary", Map.of());
             TracedFlags backup = TracedFlags.start("backup", Map.of());
             ExecutorService pool = Executors.newCachedThreadPool()) {
            byte[] flag = HedgedFlag.hedged(pool, primary.fetch("BR"), backup.fetch("BR"), Duration.ofSeconds(5));
            assertThat(flag).as("the flag of BR, from the primary").isEqualTo(Countries.flag("BR"));
            pool.close();
            assertThat(backup.downloaded()).as("the backup was never asked").isEmpty();
        }
    }
}
