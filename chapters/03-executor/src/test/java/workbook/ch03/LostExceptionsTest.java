package workbook.ch03;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import workbook.support.Bounded;

class LostExceptionsTest {

    @Test
    void execute_hands_the_exception_to_the_dying_thread_submit_keeps_it_in_the_future() throws Exception {
        AtomicReference<String> uncaught = new AtomicReference<>();
        CountDownLatch handled = new CountDownLatch(1);
        String said = LostExceptions.failBothWays(Thread.ofPlatform().name("lost-", 1).uncaughtExceptionHandler((t, e) -> {
            uncaught.set(t.getName() + ": " + e.getMessage());
            handled.countDown();
        }).factory());
        Bounded.await(handled, "the uncaught-exception handler of the thread that ran the execute'd task");
        assertThat(uncaught.get()).as("what the handler heard").isEqualTo("lost-1: thrown in execute");
        assertThat(said).as("what the example says")
                .contains("java.lang.IllegalStateException: thrown in submit")
                .endsWith("the next task ran on lost-2");
    }
}
