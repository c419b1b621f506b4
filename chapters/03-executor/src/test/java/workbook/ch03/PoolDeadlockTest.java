package workbook.ch03;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class PoolDeadlockTest {

    @Test
    void a_task_waiting_for_a_task_queued_behind_it_on_one_thread_never_gets_its_answer() throws Exception {
        assertThat(PoolDeadlock.outerWaitsForInner(1, Duration.ofMillis(300)))
                .isEqualTo("no answer after 300 ms: deadlock");
    }

    @Test
    void with_a_second_thread_the_inner_task_runs() throws Exception {
        assertThat(PoolDeadlock.outerWaitsForInner(2, Duration.ofSeconds(10))).isEqualTo("outer got 'inner done'");
    }
}
