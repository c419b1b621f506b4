package workbook.ch06;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Future.State;

import org.junit.jupiter.api.Test;

class InvokeAllVsAllOfTest {

    @Test
    void invokeAll_returns_every_future_done_and_cancels_the_late_one() throws Exception {
        try (TracedFlags server = TracedFlags.start("invokeAll", InvokeAllVsAllOf.DELAYS)) {
            try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
                List<Future<byte[]>> futures = InvokeAllVsAllOf.invokeAll(server, pool);
                assertThat(futures).as("one future per task, in task order, every one done").hasSize(4)
                        .allMatch(Future::isDone);
                assertThat(futures.stream().map(Future::state).toList()).as("CN, IN, QQ, US")
                        .containsExactly(State.SUCCESS, State.SUCCESS, State.FAILED, State.CANCELLED);
            } // close() waits for US to see its interrupt
            assertThat(server.interrupted()).as("invokeAll cancels with an interrupt").containsExactly("US");
        }
    }

    @Test
    void allOf_times_out_without_cancelling_and_the_late_one_finishes() throws Exception {
        try (TracedFlags server = TracedFlags.start("allOf", InvokeAllVsAllOf.DELAYS)) {
            try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
                List<CompletableFuture<byte[]>> futures = InvokeAllVsAllOf.allOf(server, pool);
                assertThat(futures.get(3).isDone()).as("US is still running after allOf's timeout").isFalse();
                assertThat(futures.get(2).isCompletedExceptionally()).as("QQ failed long before the timeout").isTrue();
            } // close() waits for US
            assertThat(server.downloaded()).as("nothing was cancelled: US ran to the end")
                    .containsExactlyInAnyOrder("CN", "IN", "US");
            assertThat(server.interrupted()).as("no interrupt").isEmpty();
        }
    }
}
