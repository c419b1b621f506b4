package workbook.ch09;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import workbook.support.Bounded;

class InterruptibleTest {

    final ExecutorService pool = Executors.newFixedThreadPool(2);
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch interrupted = new CountDownLatch(1);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    /** Work that waits until it is interrupted, and says so. */
    final Callable<String> blocked = () -> {
        started.countDown();
        try {
            new CountDownLatch(1).await();
            return "never";
        } catch (InterruptedException e) {
            interrupted.countDown();
            throw e;
        }
    };

    @Test
    void passes_on_the_value_or_the_failure() throws Exception {
        assertThat(Bounded.get(Interruptible.supplyAsync(() -> "BR", pool), "a value")).isEqualTo("BR");
        CompletableFuture<String> failing = Interruptible.supplyAsync(() -> {
            throw new IOException("HTTP 500");
        }, pool);
        assertThatThrownBy(() -> Bounded.get(failing, "a failure")).isInstanceOf(ExecutionException.class)
                .cause().as("the work's own exception").isInstanceOf(IOException.class);
    }

    @Test
    void cancel_interrupts_the_work() {
        CompletableFuture<String> work = Interruptible.supplyAsync(blocked, pool);
        Bounded.await(started, "the work to start");
        assertThat(work.cancel(true)).isTrue();
        Bounded.await(interrupted, "cancel(true) to interrupt the work");
    }

    @Test
    void a_timeout_interrupts_the_work() throws Exception {
        CompletableFuture<String> work = Interruptible.supplyAsync(blocked, pool);
        Bounded.await(started, "the work to start");
        work.completeOnTimeout("fallback", 50, MILLISECONDS);
        assertThat(Bounded.get(work, "the fallback")).isEqualTo("fallback");
        Bounded.await(interrupted, "completeOnTimeout to interrupt the work");
    }

    @Test
    void supply_async_alone_does_not_interrupt() {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        CompletableFuture<String> plain = CompletableFuture.supplyAsync(() -> {
            started.countDown();
            try {
                release.await();
                return "done";
            } catch (InterruptedException e) {
                interrupted.countDown();
                return "interrupted";
            } finally {
                ended.countDown();
            }
        }, pool);
        Bounded.await(started, "the work to start");
        assertThat(plain.cancel(true)).as("the future says cancelled").isTrue();
        release.countDown();
        Bounded.await(ended, "the work to end");
        assertThat(interrupted.getCount()).as("the work ran on, never interrupted").isEqualTo(1);
    }

    @Test
    void a_stage_made_from_it_does_not_reach_back() {
        CompletableFuture<String> work = Interruptible.supplyAsync(blocked, pool);
        CompletableFuture<Integer> length = work.thenApply(String::length);
        Bounded.await(started, "the work to start");
        length.cancel(true);
        assertThat(work).as("cancelling a dependent stage leaves its source alone").isNotDone();
        work.cancel(true);
        Bounded.await(interrupted, "the source's own cancel to interrupt the work");
    }
}
