package workbook.ch07;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;

import workbook.support.Exercise;

// tag::exercise[]
@Exercise(id = "7.1", title = "Run one task in a child JVM", stub = OneShot.class, hint = """
        In call: start new ProcessBuilder(java, "-cp", classpath, OneShot.class.getName()) with \
        redirectError(INHERIT), where java is java.home/bin/java. Write the task with an ObjectOutputStream \
        on getOutputStream() and close it; read the Outcome with an ObjectInputStream on getInputStream() \
        (setObjectInputFilter(Wire.filter(Wire.ALLOWED))); an IOException there means the child died: \
        throw one saying "exit status " + waitFor(). In main: the mirror image, on System.in and System.out, \
        after System.setOut(System.err) so that what the task prints cannot mix with the Outcome.""")
// end::exercise[]
class OneShotTest {

    /** The stub or the solution, whichever this test runs, must also be what the child runs. */
    static final String CLASSPATH = ChildClasspath.of(OneShot.class, OneShotTest.class);

    @Test
    void the_task_runs_in_another_process_and_its_result_comes_back() throws Exception {
        long here = ProcessHandle.current().pid();
        long[] pids = OneShot.call(() -> new long[] {ProcessHandle.current().pid(),
                ProcessHandle.current().parent().orElseThrow().pid()}, CLASSPATH);
        assertThat(pids[0]).as("the pid of the process that ran the task: not this one").isNotEqualTo(here);
        assertThat(pids[1]).as("its parent: this JVM").isEqualTo(here);
    }

    @Test
    void what_the_task_prints_does_not_spoil_the_result() throws Exception {
        assertThat(OneShot.call(() -> {
            System.out.println("a task that talks (this line belongs on standard error)");
            return "quiet result";
        }, CLASSPATH)).as("the Outcome, read from the child's standard output").isEqualTo("quiet result");
    }

    @Test
    void the_tasks_exception_comes_back_as_the_cause_with_its_type_and_message() {
        assertThatThrownBy(() -> OneShot.call(() -> {
            throw new IllegalStateException("thrown in the child");
        }, CLASSPATH)).as("an ExecutionException whose cause is what the task threw")
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(IllegalStateException.class).hasMessage("thrown in the child");
    }

    @Test
    void a_child_that_dies_without_an_answer_is_an_IOException_naming_its_exit_status() {
        assertThatThrownBy(() -> OneShot.call(() -> {
            Runtime.getRuntime().halt(7);
            return null;
        }, CLASSPATH)).as("the child halted with status 7 before writing an Outcome")
                .isInstanceOf(IOException.class).hasMessageContaining("exit status 7");
    }
}
