package workbook.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.PrintStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated // it replaces System.out and System.err for a moment
class PrintedTest {

    @Test
    void a_stream_handed_to_code_keeps_what_is_printed_as_utf_8_text() {
        Printed printed = new Printed();
        printed.stream().print("São Paulo ");
        printed.stream().printf("%d flags%n", 20);
        assertThat(printed.text()).isEqualTo("São Paulo 20 flags%n".formatted());
    }

    @Test
    void on_system_captures_out_and_err_apart_threads_included() throws Exception {
        Printed.OutAndErr printed = Printed.onSystem(() -> {
            System.out.println("to out");
            Thread thread = Thread.ofPlatform().start(() -> System.err.println("to err, from a thread"));
            Bounded.join(thread, "the printing thread");
        });
        assertThat(printed.out()).isEqualTo("to out%n".formatted());
        assertThat(printed.err()).isEqualTo("to err, from a thread%n".formatted());
    }

    @Test
    void on_system_puts_the_jvm_streams_back_also_when_the_code_throws() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        assertThatIllegalStateException().isThrownBy(() -> Printed.onSystem(() -> {
            throw new IllegalStateException("failed");
        }));
        assertThat(System.out).as("System.out restored").isSameAs(out);
        assertThat(System.err).as("System.err restored").isSameAs(err);
    }
}
