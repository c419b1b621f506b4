package workbook.ch03;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import workbook.support.Bounded;

class InitializedThreadsTest {

    @Test
    void each_thread_runs_the_initializer_once_before_its_first_task() throws Exception {
        List<String> hashes = new ArrayList<>();
        List<String> codes = List.of("BR", "CN", "DE", "EG", "FR", "IN", "JP", "NG", "US");
        assertThat(InitializedThreads.hashAll(codes, hashes))
                .as("a fixed pool of 3 makes 3 threads, each initialized once")
                .containsExactly("hasher-1", "hasher-2", "hasher-3");
        assertThat(hashes).as("every task found its thread's digest, set by the initializer").hasSize(9)
                .first().isEqualTo("BR bbaf83524427"); // printf BR | sha256sum
    }

    @Test
    void an_initializer_that_throws_kills_its_thread_loses_the_first_task_and_the_pool_never_terminates() {
        AtomicReference<Thread> made = new AtomicReference<>();
        AtomicReference<Throwable> uncaught = new AtomicReference<>();
        ThreadFactory failing = InitializedThreads.initializing(work -> {
            Thread thread = Thread.ofPlatform().uncaughtExceptionHandler((t, e) -> uncaught.set(e)).unstarted(work);
            made.set(thread);
            return thread;
        }, () -> {
            throw new IllegalStateException("no database today");
        });
        ExecutorService pool = Executors.newFixedThreadPool(1, failing);
        Future<Integer> first = pool.submit(() -> 1);
        Bounded.join(made.get(), "the pool's only thread, whose initializer throws");

        assertThat(uncaught.get()).as("the initializer's exception ended the thread").hasMessage("no database today");
        assertThat(first.isDone()).as("the task given to that thread never ran, and never will").isFalse();
        assertThat(((ThreadPoolExecutor) pool).getPoolSize())
                .as("the pool still counts the dead thread, so it starts no other").isEqualTo(1);
        pool.shutdown();
        assertThat(pool.isTerminated()).as("... and never terminates: close() would wait forever").isFalse();
    }
}
