package workbook.ch03;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import workbook.support.Bounded;
import workbook.support.Exercise;
import workbook.support.ModelChecks;

@Exercise(id = "3.2", title = "A naming thread factory", stub = NamingThreadFactory.class, hint = {
        """
        A pool calls `newThread` from many threads at once: what happens to a plain counter then? And what \
        daemon flag does a new thread get if you do not set one? See "Naming the threads".""",
        """
        Count with an `AtomicInteger` and name each new thread after the prefix and the next number. Set its \
        daemon flag as the factory was told, and its uncaught-exception handler when one was given. Do not \
        start the thread: the pool does. (`Thread.ofPlatform()` with a name prefix and a start number is a \
        builder that counts for you.)""" })
class NamingThreadFactoryTest {

    @BeforeEach
    void startLincheckBeforeAModelCheck(TestInfo test) {
        ModelChecks.startBefore(test, FactoryRaces::warmUp); // its one-off start is not counted in a model check's time limit
    }

    @Test
    void names_the_threads_prefix_1_prefix_2_and_so_on() {
        NamingThreadFactory factory = new NamingThreadFactory("flags");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread thread = factory.newThread(() -> { });
            assertThat(thread.getState()).as("newThread makes a thread; starting it is the pool's job")
                    .isEqualTo(Thread.State.NEW);
            names.add(thread.getName());
        }
        assertThat(names).as("the names of the first three threads, numbered from 1").containsExactly("flags-1", "flags-2", "flags-3");
        assertThat(factory.created()).as("created() after three threads").isEqualTo(3);
    }

    @Test
    void the_thread_runs_the_given_task() {
        CountDownLatch ran = new CountDownLatch(1);
        Thread thread = new NamingThreadFactory("worker").newThread(ran::countDown);
        thread.start();
        Bounded.await(ran, "the task given to newThread to run when the thread starts");
        Bounded.join(thread, "the thread to end after its task");
    }

    @Test
    void threads_are_daemons_only_when_asked() {
        Thread daemon = new NamingThreadFactory("background", true, null).newThread(() -> { });
        assertThat(daemon.isDaemon()).as("a thread of new NamingThreadFactory(prefix, true, null)").isTrue();

        // a new thread inherits the daemon flag of the thread that makes it: make one from a daemon
        AtomicReference<Thread> made = new AtomicReference<>();
        Thread maker = Thread.ofPlatform().daemon().unstarted(
                () -> made.set(new NamingThreadFactory("worker").newThread(() -> { })));
        maker.start();
        Bounded.join(maker, "a daemon thread to call newThread");
        assertThat(made.get().isDaemon())
                .as("a thread of new NamingThreadFactory(prefix), made on a daemon thread: set the flag, "
                        + "do not inherit it").isFalse();
    }

    @Test
    void a_thread_that_dies_of_an_exception_goes_to_the_handler() {
        AtomicReference<String> seen = new AtomicReference<>();
        CountDownLatch handled = new CountDownLatch(1);
        Thread.UncaughtExceptionHandler handler = (thread, e) -> {
            seen.set(thread.getName() + ": " + e.getMessage());
            handled.countDown();
        };
        Thread thread = new NamingThreadFactory("worker", false, handler).newThread(() -> {
            throw new IllegalStateException("no flag");
        });
        thread.start();
        Bounded.join(thread, "the thread to end"); // a dying thread calls its handler before it ends
        assertThat(seen.get()).as("what the handler was told: a factory given a handler sets it on every thread")
                .isEqualTo("worker-1: no flag");
    }

    @Test
    void two_threads_asking_at_once_get_two_numbers_in_any_interleaving() {
        // on failure, Lincheck's message shows the interleaving that lost an increment, step by step
        FactoryRaces.noNumberTwice(() -> new NamingThreadFactory("t"));
    }

    @Test
    void a_pool_uses_it_and_replaces_a_thread_killed_by_an_exception() throws Exception {
        CountDownLatch handled = new CountDownLatch(1);
        NamingThreadFactory factory = new NamingThreadFactory("pool", false, (t, e) -> handled.countDown());
        try (ExecutorService pool = Executors.newFixedThreadPool(1, factory)) {
            assertThat(Bounded.get(pool.submit(() -> Thread.currentThread().getName()), "a first task"))
                    .as("the pool's first thread").isEqualTo("pool-1");
            pool.execute(() -> {
                throw new IllegalStateException("thrown in execute");
            });
            Bounded.await(handled, "the exception thrown in execute to reach the thread's handler");
            assertThat(Bounded.get(pool.submit(() -> Thread.currentThread().getName()), "a task after the failure"))
                    .as("the exception ended pool-1: the pool asked the factory for a new thread").isEqualTo("pool-2");
        }
        assertThat(factory.created()).as("threads the pool asked for").isEqualTo(2);
    }
}
