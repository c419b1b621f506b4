package workbook.ch03;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import workbook.ch03.ShutdownDemo.Fate;
import workbook.ch03.ShutdownDemo.Stop;

class ShutdownDemoTest {

    @Test
    void shutdown_rejects_new_tasks_and_lets_the_queued_ones_run() throws Exception {
        Fate fate = ShutdownDemo.stop(Stop.SHUTDOWN);
        assertThat(fate.tasks()).as("the tasks").containsExactly("task 1 ran", "task 2 ran", "task 3 ran");
        assertThat(fate.said()).isEqualTo("a new task is rejected");
        assertThat(fate.futuresDone()).as("futures done").isEqualTo(3);
    }

    @Test
    void shutdown_now_interrupts_the_running_task_and_hands_back_the_queued_ones() throws Exception {
        Fate fate = ShutdownDemo.stop(Stop.SHUTDOWN_NOW);
        assertThat(fate.tasks()).as("the tasks").isEqualTo(List.of("task 1 interrupted"));
        assertThat(fate.said()).isEqualTo("2 queued tasks handed back, never run");
        assertThat(fate.futuresDone()).as("futures done: the two handed back are never completed").isEqualTo(1);
    }

    @Test
    void close_waits_for_every_task() throws Exception {
        Fate fate = ShutdownDemo.stop(Stop.CLOSE);
        assertThat(fate.tasks()).as("the tasks").containsExactly("task 1 ran", "task 2 ran", "task 3 ran");
        assertThat(fate.futuresDone()).as("futures done").isEqualTo(3);
    }
}
