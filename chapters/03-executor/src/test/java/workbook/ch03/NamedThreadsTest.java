package workbook.ch03;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

class NamedThreadsTest {

    @Test
    void a_pool_of_three_uses_three_threads_named_by_its_factory() {
        assertThat(NamedThreads.threadsOf(Thread.ofPlatform().name("flags-", 1).factory()))
                .as("threads of a fixed pool of 3 for 6 tasks").containsExactly("flags-1", "flags-2", "flags-3");
        assertThat(NamedThreads.threadsOf(Thread.ofPlatform().name("bg-", 1).daemon().factory()))
                .as("daemon threads").containsExactly("bg-1 (daemon)", "bg-2 (daemon)", "bg-3 (daemon)");
    }

    @Test
    void the_default_factory_numbers_pools_and_threads() {
        assertThat(NamedThreads.threadsOf(Executors.defaultThreadFactory()))
                .as("Executors.defaultThreadFactory() names threads pool-N-thread-M")
                .allMatch(name -> name.matches("pool-\\d+-thread-[123]"));
    }
}
