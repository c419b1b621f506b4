package workbook.ch08;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workbook.flags.FlagsMain;
import workbook.support.Printed;

class ExamplesTest {

    @Test
    void a_virtual_thread_names_the_carrier_it_is_mounted_on() throws Exception {
        List<String> lines = MountedOnCarrier.carriers(4, Duration.ofMillis(10));
        assertThat(lines).hasSize(4).allSatisfy(line -> assertThat(line)
                .as("a virtual thread's toString: its id, its name, and its carrier after the @")
                .matches("VirtualThread\\[#\\d+,v\\d]/runnable@ForkJoinPool-\\d+-worker-\\d+  then  ForkJoinPool-\\d+-worker-\\d+"));
    }

    // tag::pinned[]
    @Test
    void blocking_in_a_class_initializer_pins_and_in_synchronized_only_before_jdk_24() throws Exception {
        List<String> pinned = PinnedOrNot.pinned();
        assertThat(pinned).as("cases that pinned, on Java %d", Runtime.version().feature())
                .contains("class initializer").doesNotContain("ReentrantLock");
        if (Runtime.version().feature() >= 24) {
            assertThat(pinned).as("JEP 491 (JDK 24): a virtual thread blocking in synchronized unmounts")
                    .doesNotContain("synchronized");
        } else {
            assertThat(pinned).as("JDK 21 to 23: a virtual thread blocking in synchronized pins its carrier")
                    .contains("synchronized");
        }
    }
    // end::pinned[]

    @Test
    void a_thread_local_is_made_once_per_pool_thread_but_once_per_task_on_virtual_threads() {
        assertThat(ThreadLocalPerThread.buffersFor(Executors.newFixedThreadPool(4), 1000))
                .as("buffers made for 1000 tasks on 4 threads").isBetween(1L, 4L);
        assertThat(ThreadLocalPerThread.buffersFor(Executors.newVirtualThreadPerTaskExecutor(), 1000))
                .as("buffers made for 1000 tasks on virtual threads: a thread, and a buffer, per task").isEqualTo(1000);
    }

    @Test
    void cpu_bound_checks_give_the_same_answers_on_a_pool_and_on_virtual_threads() throws Exception {
        List<Long> numbers = List.of(2L, 1_000_000_007L, 1_000_000_007L * 3, 999_999_937L);
        assertThat(CpuBound.checkAll("pool", Executors.newFixedThreadPool(2), numbers)).isEqualTo(3);
        assertThat(CpuBound.checkAll("virtual", Executors.newVirtualThreadPerTaskExecutor(), numbers)).isEqualTo(3);
    }

    @Test
    void a_platform_thread_per_request_keeps_the_same_limit(@TempDir Path output) throws Exception {
        try (CountingFlagsServer server = new CountingFlagsServer(5, Duration.ofMillis(50))) {
            Printed out = new Printed();
            int status = FlagsMain.run(new String[] {"-s", server.baseUrl().toString(), "-m", "5", "-o", output.toString()},
                    out.stream(), out.stream(), Flags2ThreadPerRequest::downloadMany, 5, 1000);
            assertThat(status).as("exit status; it printed:%n%s", out.text()).isZero();
            assertThat(out.text()).contains("20 flags downloaded.");
            assertThat(server.most()).as("requests in flight at once with -m 5").isEqualTo(5);
        }
    }
}
