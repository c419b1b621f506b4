package workbook.ch10;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Isolated;

import workbook.support.Printed;

/** The small examples, run as a reader runs them; their standard output is captured. */
@Isolated
@Timeout(180)
class ExamplesTest {

    static String output(Printed.Code main) throws Exception {
        return Printed.onSystem(main).out();
    }

    @Test
    void where_tasks_run_shows_each_key_owner_running_its_key() throws Exception {
        String out = output(() -> WhereTasksRun.main(new String[0]));
        assertThat(out).contains("submit:", "submitToMember:", "(the lite caller)", "submitToMembers(DATA):");
        assertThat(out.lines().filter(l -> l.startsWith("submitToKeyOwner")))
                .as("four numbers, each run on its key's owner").hasSize(4)
                .allSatisfy(l -> assertThat(l).matches("submitToKeyOwner\\(\\d+\\): ran on (\\S+), key owned by \\1"));
    }

    @Test
    void what_crosses_the_wire_shows_each_way_a_task_travels_or_fails() throws Exception {
        String out = output(() -> WhatCrossesTheWire.main(new String[0]));
        assertThat(out).as("Java serialization and Compact both arrive")
                .containsPattern("Square, Serializable +-> 144").containsPattern("Cube, Compact +-> 1728");
        assertThat(out).as("a lambda's class is not on the member: it arrives as a generic record, not a task")
                .containsPattern("a lambda +-> the task failed: .*DeserializedGenericRecord");
        assertThat(out).as("a class the member lacks")
                .containsPattern("Primes.Check, not on the member +-> the task failed: .*ClassNotFoundException: workbook.ch07.Primes\\$Check");
        assertThat(out).as("what the task threw comes back as the cause")
                .containsPattern("Divide by zero +-> the task failed: java.lang.ArithmeticException: / by zero");
    }
}
