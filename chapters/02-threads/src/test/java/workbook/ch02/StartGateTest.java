package workbook.ch02;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import workbook.support.Bounded;
import workbook.support.Exercise;

@Exercise(id = "2.3", title = "Time n threads from a start gate", stub = StartGate.class, hint = {
        """
        The race of "Lost updates: a data race" holds its threads at a start gate. How does the caller know \
        that every thread is at the gate before it opens it, and that every task has ended, even one that \
        threw? Which JDK class counts down to an event?""",
        """
        Three `CountDownLatch`es: one that the threads count down when they are ready, a start gate of one \
        that the caller opens, and one that the threads count down when their task ends. The caller waits \
        until all are ready, reads `System.nanoTime()`, opens the gate, waits for the end, and reads the \
        clock again. A thread counts down the end latch in a `finally`, so that a task that throws cannot \
        leave the caller waiting.""" })
class StartGateTest {

    static final int THREADS = 4;

    @Test
    void no_task_begins_before_every_thread_is_running() throws Exception {
        TestFactory factory = new TestFactory(true);
        Queue<Integer> runningWhenTasksBegan = new ConcurrentLinkedQueue<>();
        OnAThread.call("timeTasks", () -> StartGate.timeTasks(THREADS, factory, () -> {
            runningWhenTasksBegan.add(factory.running.get());
            factory.firstTaskBegan.countDown();
        }));
        assertThat(runningWhenTasksBegan)
                .as("how many of the %d threads were running when each task began (the last one starts late): "
                        + "the gate must open only once every thread is ready (await the 'ready' latch)", THREADS)
                .hasSize(THREADS).containsOnly(THREADS);
    }

    @Test
    void each_thread_comes_from_the_factory_and_runs_the_task_once() throws Exception {
        TestFactory factory = new TestFactory(false);
        Queue<Thread> ranOn = new ConcurrentLinkedQueue<>();
        OnAThread.call("timeTasks",
                () -> StartGate.timeTasks(THREADS, factory, () -> ranOn.add(Thread.currentThread())));
        assertThat(factory.made).as("threads made by the factory").hasSize(THREADS);
        assertThat(ranOn).as("the threads the task ran on: each of the factory's, once")
                .containsExactlyInAnyOrderElementsOf(factory.made);
    }

    @Test
    void the_clock_runs_from_the_opening_of_the_gate_to_the_end_of_the_last_task() throws Exception {
        TestFactory factory = new TestFactory(true);
        AtomicLong firstTaskBegan = new AtomicLong(Long.MAX_VALUE);
        AtomicLong lastTaskEnded = new AtomicLong(Long.MIN_VALUE);
        AtomicLong returnedAt = new AtomicLong();
        Duration elapsed = OnAThread.call("timeTasks", () -> {
            Duration timed = StartGate.timeTasks(THREADS, factory, () -> {
                firstTaskBegan.accumulateAndGet(System.nanoTime(), Math::min);
                Work.forMillis(50); // some work to time
                lastTaskEnded.accumulateAndGet(System.nanoTime(), Math::max);
            });
            returnedAt.set(System.nanoTime());
            return timed;
        });
        long returned = returnedAt.get();
        assertThat(elapsed.toNanos()).as("the time covers every task, from the first beginning to the last end")
                .isGreaterThanOrEqualTo(lastTaskEnded.get() - firstTaskBegan.get());
        assertThat(elapsed.toNanos())
                .as("the clock starts once every thread is ready: not counting the 300 ms the last one took to start")
                .isLessThanOrEqualTo(returned - factory.lastThreadRunningAt.get());
    }

    @Test
    void a_task_that_throws_has_ended_too_and_its_exception_reaches_the_handler() throws Exception {
        TestFactory factory = new TestFactory(false);
        AtomicInteger tasks = new AtomicInteger();
        OnAThread<Duration> caller = OnAThread.start("timeTasks", () -> StartGate.timeTasks(THREADS, factory, () -> {
            if (tasks.incrementAndGet() == 1) {
                throw new IllegalStateException("the first task fails");
            }
        }));
        try {
            caller.result("timeTasks with a failing task (does a task that throws still count down the end gate?)");
        } finally {
            caller.thread().interrupt(); // a wrong timeTasks that waits for ever ends here, with its threads
            factory.made.forEach(t -> Bounded.join(t, "thread " + t.getName() + " to end"));
        }
        assertThat(tasks).as("every task ran, the failing one included").hasValue(THREADS);
        // a thread calls its uncaught-exception handler before it ends: every thread has ended
        assertThat(factory.uncaught).as("what reached the uncaught-exception handlers: a task's exception must reach "
                        + "its thread's uncaught-exception handler, not be caught in the thread")
                .singleElement().satisfies(e -> assertThat(e).hasMessage("the first task fails"));
    }

    @Test
    void interrupting_the_caller_interrupts_the_threads() throws Exception {
        TestFactory factory = new TestFactory(false);
        CountDownLatch tasksBegan = new CountDownLatch(THREADS);
        AtomicInteger interrupted = new AtomicInteger();
        OnAThread<Duration> caller = OnAThread.start("caller", () -> StartGate.timeTasks(THREADS, factory, () -> {
            tasksBegan.countDown();
            if (Work.blockUntilInterrupted()) { // a task that never ends by itself
                interrupted.incrementAndGet();
            }
        }));
        Bounded.until("the tasks to begin (or timeTasks to end early)",
                () -> tasksBegan.getCount() == 0 || !caller.thread().isAlive());
        caller.thread().interrupt();
        try {
            assertThat(caller.failure("timeTasks to end after the interrupt")).as("what timeTasks threw when interrupted")
                    .isInstanceOf(InterruptedException.class);
            Bounded.until("every task to be interrupted when timeTasks is: interrupt the threads before throwing",
                    Duration.ofSeconds(5), () -> interrupted.get() == THREADS);
        } finally { // a wrong timeTasks leaves them blocked: end them here
            factory.made.forEach(Thread::interrupt);
            factory.made.forEach(t -> Bounded.join(t, "thread " + t.getName() + " to end"));
        }
        assertThat(interrupted).as("tasks that were interrupted").hasValue(THREADS);
    }

    /**
     * Makes named platform threads with an uncaught-exception handler, counts those that have begun to
     * run, and can start the last one late: until the first task begins, or 300 ms at most.
     */
    static final class TestFactory implements ThreadFactory {
        final List<Thread> made = new CopyOnWriteArrayList<>();
        final AtomicInteger running = new AtomicInteger();
        final AtomicLong lastThreadRunningAt = new AtomicLong();
        final CountDownLatch firstTaskBegan = new CountDownLatch(1);
        final Queue<Throwable> uncaught = new ConcurrentLinkedQueue<>();
        private final boolean holdBackTheLast;

        TestFactory(boolean holdBackTheLast) {
            this.holdBackTheLast = holdBackTheLast;
        }

        @Override
        public Thread newThread(Runnable r) {
            int index = made.size();
            Thread thread = Thread.ofPlatform().name("timed-" + index)
                    .uncaughtExceptionHandler((t, e) -> uncaught.add(e))
                    .unstarted(() -> {
                        if (holdBackTheLast && index == THREADS - 1) {
                            awaitQuietly(firstTaskBegan, Duration.ofMillis(300)); // with a gate, it waits it out
                            lastThreadRunningAt.set(System.nanoTime());
                        }
                        running.incrementAndGet();
                        r.run();
                    });
            made.add(thread);
            return thread;
        }
    }

    private static void awaitQuietly(CountDownLatch latch, Duration limit) {
        try {
            latch.await(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
