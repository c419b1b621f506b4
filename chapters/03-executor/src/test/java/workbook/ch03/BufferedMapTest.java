package workbook.ch03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class BufferedMapTest {

    /** An endless input, 1, 2, 3, ..., that counts how many items were read from it. */
    private static final class Naturals implements Iterator<Integer> {
        final AtomicInteger read = new AtomicInteger();

        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public Integer next() {
            return read.incrementAndGet();
        }
    }

    @Test
    void an_endless_input_is_read_at_most_buffersize_items_ahead_of_the_consumer() {
        Naturals naturals = new Naturals();
        try (ExecutorService pool = Executors.newFixedThreadPool(2);
             BufferedMap<Integer, Integer> squares = BufferedMap.map(pool, n -> n * n, naturals, 3)) {
            assertThat(naturals.read).as("submitted before the first result is asked for").hasValue(3);
            List<Integer> taken = new ArrayList<>();
            for (int k = 1; k <= 5; k++) {
                taken.add(squares.next());
                assertThat(naturals.read).as("after %d results taken: one more submitted per result", k).hasValue(3 + k);
            }
            assertThat(taken).as("in the order of the items").containsExactly(1, 4, 9, 16, 25);
        }
    }

    @Test
    void closing_early_cancels_what_was_submitted_ahead_and_interrupts_what_runs() throws InterruptedException {
        CountDownLatch twoRunning = new CountDownLatch(2);
        CountDownLatch interrupted = new CountDownLatch(2);
        AtomicInteger started = new AtomicInteger();
        CountDownLatch never = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (BufferedMap<Integer, Integer> blocked = BufferedMap.map(pool, n -> {
            started.incrementAndGet();
            twoRunning.countDown();
            try {
                never.await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return n;
        }, new Naturals(), 4)) {
            assertThat(twoRunning.await(10, TimeUnit.SECONDS)).as("the two threads of the pool run a task each").isTrue();
            assertThat(blocked.hasNext()).isTrue();
        }
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("close() interrupts the two running tasks").isTrue();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("the pool ends").isTrue();
        assertThat(started).as("the two tasks queued behind them were cancelled before they ran").hasValue(2);
    }

    @Test
    void a_failed_task_fails_its_own_next_in_order() {
        try (ExecutorService pool = Executors.newFixedThreadPool(2);
             BufferedMap<Integer, Integer> inverses = BufferedMap.map(pool, n -> 12 / (n - 3),
                     List.of(1, 2, 3, 4).iterator(), 2)) {
            assertThat(inverses.next()).isEqualTo(-6);
            assertThat(inverses.next()).isEqualTo(-12);
            assertThatThrownBy(inverses::next).isInstanceOf(CompletionException.class)
                    .hasCauseInstanceOf(ArithmeticException.class);
            assertThat(inverses.next()).as("the results after a failure still come").isEqualTo(12);
            assertThat(inverses.hasNext()).isFalse();
        }
    }

    @Test
    void a_buffer_of_less_than_one_is_refused() {
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            assertThatThrownBy(() -> BufferedMap.map(pool, n -> n, new Naturals(), 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
        }
    }
}
