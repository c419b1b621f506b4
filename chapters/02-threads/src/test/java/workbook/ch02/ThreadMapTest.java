package workbook.ch02;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import workbook.support.Bounded;
import workbook.support.Exercise;

@Exercise(id = "2.1", title = "Collect results from a thread per item", stub = ThreadMap.class, hint = {
        """
        If you join each thread before you start the next, the items run one after another. How can each \
        thread hand back its result, or its exception, with no lock? And what do you owe the threads you \
        started when your caller interrupts you? See "A thread per flag" and "Exceptions in threads".""",
        """
        Start every thread first, then join them all. Each thread writes to a slot of its own, one array for \
        results and one for what it threw: one writer per slot, read only after `join()`, needs no lock, \
        since `join` makes the thread's writes visible. Catch `Throwable` inside the thread, so that nothing \
        is lost, and choose the exception to throw in item order, the others added with `addSuppressed`.""",
        """
        An interrupted `join()` is not the end of your duty: every thread you started must have ended before \
        you throw. What do you do if you are interrupted again while you wait for them?""" })
class ThreadMapTest {

    @Test
    void the_results_come_in_item_order_whatever_order_the_threads_finish_in() throws Exception {
        int n = 5;
        List<CountDownLatch> finished = IntStream.range(0, n).mapToObj(i -> new CountDownLatch(1)).toList();
        String hint = " (are all threads started before any is joined?)";
        Map<Integer, Thread> threads = new ConcurrentHashMap<>();
        OnAThread<List<String>> call = OnAThread.start("map", () -> ThreadMap.map(List.of(0, 1, 2, 3, 4), i -> {
            threads.put(i, Thread.currentThread());
            if (i < n - 1) { // item i finishes only after item i + 1: the last item finishes first
                Bounded.await(finished.get(i + 1), Duration.ofSeconds(5),
                        "item " + (i + 1) + " to finish before item " + i + hint);
            }
            finished.get(i).countDown();
            return "r" + i;
        }));
        List<String> results;
        try {
            results = call.result("map over 5 items, each waiting for the next to finish" + hint);
        } finally { // a map that runs the items one by one is still at it: stop it, and its item threads, here
            call.thread().interrupt();
            Bounded.join(call.thread(), "map to end");
            threads.values().forEach(Thread::interrupt);
            threads.values().forEach(t -> Bounded.join(t, "item thread " + t.getName() + " to end"));
        }
        assertThat(results).as("results in the order of the items, though item 4 finished first and item 0 last")
                .containsExactly("r0", "r1", "r2", "r3", "r4");
    }

    @Test
    void each_item_runs_on_a_new_thread_of_its_own_which_has_ended_on_return() throws Exception {
        Map<String, Thread> threads = new ConcurrentHashMap<>();
        Thread caller = Thread.currentThread();
        List<Integer> lengths = ThreadMap.map(List.of("BR", "CN", "USA"), cc -> {
            threads.put(cc, Thread.currentThread());
            return cc.length();
        });
        assertThat(lengths).containsExactly(2, 2, 3);
        assertThat(threads.values()).as("one thread per item").doesNotHaveDuplicates().hasSize(3)
                .as("none of them the caller").doesNotContain(caller);
        assertThat(threads.values()).as("every thread joined before map returns").noneMatch(Thread::isAlive);
    }

    @Test
    void no_items_no_results() throws Exception {
        assertThat(ThreadMap.map(List.<String>of(), String::length)).as("an empty list in, an empty list out")
                .isEmpty();
    }

    @Test
    void a_failure_is_thrown_only_after_every_thread_has_ended() throws Exception {
        CountDownLatch bothThrowing = new CountDownLatch(2);
        Map<String, Thread> threads = new ConcurrentHashMap<>();
        Throwable thrown = OnAThread.start("map with failures", () -> ThreadMap.map(List.of("bad-a", "bad-b", "slow"),
                s -> {
                    threads.put(s, Thread.currentThread());
                    if (s.startsWith("bad")) {
                        bothThrowing.countDown();
                        throw new IllegalStateException(s);
                    }
                    Bounded.await(bothThrowing, "both bad items to throw");
                    Work.forMillis(200); // still working while the failures are known: map must wait for this too
                    return s;
                })).failure("map to end");
        assertThat(thrown).as("the exception of the first failed item, in item order")
                .isInstanceOf(IllegalStateException.class).hasMessage("bad-a");
        assertThat(thrown.getSuppressed()).as("the other failure is not lost: it is suppressed by the first")
                .singleElement().satisfies(e -> assertThat(e).hasMessage("bad-b"));
        assertThat(threads.get("slow").isAlive()).as("the slow item's thread had ended when map threw").isFalse();
    }

    @Test
    void interrupting_the_caller_stops_every_thread_before_map_throws() throws Exception {
        CountDownLatch allStarted = new CountDownLatch(3);
        Map<String, Thread> threads = new ConcurrentHashMap<>();
        Map<String, Boolean> aliveWhenMapThrew = new ConcurrentHashMap<>();
        OnAThread<Void> caller = OnAThread.start("caller", () -> {
            try {
                ThreadMap.map(List.of("BR", "CN", "IN"), cc -> {
                    threads.put(cc, Thread.currentThread());
                    allStarted.countDown();
                    return Work.blockUntilInterrupted() ? "interrupted" : "timed out";
                });
            } finally {
                threads.forEach((cc, t) -> aliveWhenMapThrew.put(cc, t.isAlive()));
            }
            return null;
        });
        try {
            Bounded.until("the 3 item threads to start (or map to end early)",
                    () -> allStarted.getCount() == 0 || !caller.thread().isAlive());
            caller.thread().interrupt();
            assertThat(caller.failure("map to end after the interrupt"))
                    .as("what map threw when its caller was interrupted")
                    .isInstanceOf(InterruptedException.class);
            assertThat(aliveWhenMapThrew).as("every item thread, interrupted and joined before map threw")
                    .containsOnlyKeys("BR", "CN", "IN").doesNotContainValue(true);
        } finally { // a wrong map leaves them blocked: end them here, not in the next test
            caller.thread().interrupt();
            Bounded.join(caller.thread(), "map to end");
            threads.values().forEach(Thread::interrupt);
            threads.values().forEach(t -> Bounded.join(t, "item thread " + t.getName() + " to end"));
        }
    }
}
