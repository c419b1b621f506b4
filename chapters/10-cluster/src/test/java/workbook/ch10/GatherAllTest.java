package workbook.ch10;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import workbook.support.Bounded;
import workbook.support.Exercise;

/**
 * No cluster here: what {@code submitToAllMembers} returns is a map from member to future, and these
 * tests give such maps with members named by strings and futures completed on a schedule.
 */
@Exercise(id = "10.3", title = "Gather from all members with one deadline", stub = GatherAll.class, hint = {
        """
        One deadline for all the members, not a timeout for each: with three members each a little slow, a \
        timeout per wait adds up. What do you owe the tasks still busy when it passes? Chapter 03's \
        "Executor.map: in order, lazy, one deadline" met the same trap.""",
        """
        Fix the deadline first. For each entry, wait on its future with `get` for the time left: a value \
        goes to the results, an `ExecutionException`'s cause to the failed, a `TimeoutException` makes the \
        key late and cancels its future with `cancel(true)`. Let `InterruptedException` go.""" })
@Timeout(30)
class GatherAllTest {

    final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    final ExecutorService caller = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        timer.shutdownNow();
        caller.shutdownNow();
    }

    GatherAll.Gathered<String, Long> gather(Map<String, CompletableFuture<Long>> futures, Duration timeout) throws Exception {
        try {
            return Bounded.get(caller.submit(() -> GatherAll.gather(futures, timeout)), Duration.ofSeconds(20), "GatherAll.gather");
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    CompletableFuture<Long> after(long millis, long value) {
        CompletableFuture<Long> f = new CompletableFuture<>();
        timer.schedule(() -> f.complete(value), millis, TimeUnit.MILLISECONDS);
        return f;
    }

    @Test
    void every_member_that_answers_gives_its_value() throws Exception {
        Map<String, CompletableFuture<Long>> futures = new LinkedHashMap<>();
        futures.put("127.0.0.1:5701", CompletableFuture.completedFuture(1L));
        futures.put("127.0.0.1:5702", after(100, 2L));
        GatherAll.Gathered<String, Long> g = gather(futures, Duration.ofSeconds(5));
        assertThat(g.results()).as("a value per member that answered").isEqualTo(Map.of("127.0.0.1:5701", 1L, "127.0.0.1:5702", 2L));
        assertThat(g.failed()).as("no failure").isEmpty();
        assertThat(g.late()).as("no one late").isEmpty();
    }

    @Test
    void a_member_whose_task_threw_gives_what_the_task_threw() throws Exception {
        Map<String, CompletableFuture<Long>> futures = new LinkedHashMap<>();
        futures.put("a", CompletableFuture.failedFuture(new ArithmeticException("/ by zero")));
        futures.put("b", CompletableFuture.completedFuture(2L));
        GatherAll.Gathered<String, Long> g = gather(futures, Duration.ofSeconds(5));
        assertThat(g.failed().get("a")).as("failed holds what the task threw (the ExecutionException's cause), not the wrapper")
                .isInstanceOf(ArithmeticException.class);
        assertThat(g.results()).as("a failure does not stop the gather: b's value").isEqualTo(Map.of("b", 2L));
    }

    @Test
    void one_deadline_covers_the_whole_gather() throws Exception {
        // answers 1 s apart, each within a 2 s timeout of the one before, but c and d after 2 s from the call
        Map<String, CompletableFuture<Long>> futures = new LinkedHashMap<>();
        futures.put("a", after(500, 1L));
        futures.put("b", after(1500, 2L));
        futures.put("c", after(2500, 3L));
        futures.put("d", after(3500, 4L));
        GatherAll.Gathered<String, Long> g = gather(futures, Duration.ofSeconds(2));
        assertThat(g.late()).as("one deadline for the whole gather, not a timeout per wait: c and d answer after 2 s from the call")
                .containsExactlyInAnyOrder("c", "d");
        assertThat(g.results()).as("a and b answered in time").isEqualTo(Map.of("a", 1L, "b", 2L));
    }

    @Test
    void a_late_members_task_is_cancelled() throws Exception {
        CompletableFuture<Long> never = new CompletableFuture<>();
        GatherAll.Gathered<String, Long> g = gather(Map.of("slow", never), Duration.ofMillis(200));
        assertThat(g.late()).as("a member that did not answer in time is late").containsExactly("slow");
        assertThat(never.isCancelled()).as("cancel a late member's task: no one will read its result").isTrue();
    }

    @Test
    void the_callers_interrupt_is_thrown_not_swallowed() {
        CompletableFuture<Long> never = new CompletableFuture<>();
        Thread.currentThread().interrupt(); // as if the caller were interrupted while gathering
        try {
            Throwable thrown = catchThrowable(() -> GatherAll.gather(Map.of("slow", never), Duration.ofSeconds(5)));
            assertThat(thrown).as("the caller's interrupt is thrown as InterruptedException, not swallowed nor counted as a late member")
                    .isInstanceOf(InterruptedException.class);
        } finally {
            Thread.interrupted(); // whatever happened, the next test starts uninterrupted
        }
    }
}
