package workbook.ch06;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import workbook.flags.Countries;
import workbook.flags.Http.HttpStatusException;

class InvokeAnyVsAnyOfTest {

    @Test
    void invokeAny_skips_the_failure_returns_the_first_success_and_interrupts_the_others() throws Exception {
        try (TracedFlags server = TracedFlags.start("invokeAny", InvokeAnyVsAnyOf.DELAYS)) {
            try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
                assertThat(InvokeAnyVsAnyOf.invokeAny(server, pool)).as("CN is the first to succeed; QQ failed first")
                        .isEqualTo(Countries.flag("CN"));
            } // close() waits for the losers to see their interrupts
            assertThat(server.interrupted()).as("the losers were cancelled with an interrupt")
                    .containsExactlyInAnyOrder("BR", "US");
        }
    }

    @Test
    void anyOf_completes_with_the_first_failure_and_cancel_does_not_stop_the_others() throws Exception {
        try (TracedFlags server = TracedFlags.start("anyOf", InvokeAnyVsAnyOf.DELAYS)) {
            try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
                Object first = InvokeAnyVsAnyOf.anyOf(server, pool);
                assertThat(first).as("QQ's 404 completed first, and anyOf takes the first to complete")
                        .isInstanceOfSatisfying(HttpStatusException.class, e -> assertThat(e.status()).isEqualTo(404));
            } // close() waits for the downloads, which cancel(true) did not stop
            assertThat(server.downloaded()).as("CompletableFuture.cancel(true) does not interrupt: all ran to the end")
                    .containsExactlyInAnyOrder("CN", "BR", "US");
            assertThat(server.interrupted()).as("no interrupt").isEmpty();
        }
    }
}
