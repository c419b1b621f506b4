package workbook.ch07;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InvalidClassException;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import javax.management.BadAttributeValueExpException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import workbook.ch07.ProcessPoolTestTasks.Node;
import workbook.support.Bounded;

class HostilePayloadTest {

    static ProcessPool pool;

    @BeforeAll
    static void start() {
        pool = new ProcessPool(1);
    }

    @AfterAll
    static void stop() {
        pool.close();
    }

    static Throwable causeOf(Future<?> future) {
        ExecutionException e = catchThrowableOfType(ExecutionException.class, () -> Bounded.get(future, "the task"));
        assertThat(e).as("the task failed").isNotNull();
        return e.getCause();
    }

    @Test
    void the_filter_rejects_a_class_that_is_not_on_the_allow_list() throws Exception {
        // a classic first link of deserialization gadget chains: its readObject calls toString on a field
        byte[] gadget = WorkerProtocol.serialize(new BadAttributeValueExpException("payload"));
        assertThatThrownBy(() -> WorkerProtocol.deserialize(gadget, WorkerProtocol.filter(WorkerProtocol.ALLOWED)))
                .isInstanceOf(InvalidClassException.class).hasMessageContaining("REJECTED");
    }

    @Test
    void a_result_of_a_class_not_on_the_allow_list_is_refused_by_the_pool_and_the_worker_lives_on() throws Exception {
        long worker = Bounded.get(pool.submit(() -> ProcessHandle.current().pid()), "the worker's pid");
        Future<Object> hostile = pool.submit(() -> new BadAttributeValueExpException("payload"));
        assertThat(causeOf(hostile)).as("the pool's filter refused the reply")
                .isInstanceOf(InvalidClassException.class).hasMessageContaining("REJECTED");
        assertThat(Bounded.get(pool.submit(() -> ProcessHandle.current().pid()), "the next task"))
                .as("the same worker goes on").isEqualTo(worker);
    }

    @Test
    void a_task_carrying_a_class_not_on_the_allow_list_is_refused_by_the_worker() {
        PriorityQueue<String> queue = new PriorityQueue<>(); // serializable, and another gadget-chain favourite
        Future<Integer> carrier = pool.submit(() -> queue.size());
        Throwable cause = causeOf(carrier);
        assertThat(cause).as("the worker's filter refused the task").isInstanceOf(RemoteTaskException.class)
                .hasMessageContaining("REJECTED");
        assertThat(((RemoteTaskException) cause).remoteType()).isEqualTo(InvalidClassException.class.getName());
    }

    /** A result that travels well and blows up as it is read back: its readResolve throws. */
    record Grenade() implements java.io.Serializable {
        @java.io.Serial
        private Object readResolve() {
            throw new IllegalStateException("boom on arrival");
        }
    }

    @Test
    void a_result_whose_readResolve_throws_fails_its_task_and_the_worker_lives_on() throws Exception {
        long worker = Bounded.get(pool.submit(() -> ProcessHandle.current().pid()), "the worker's pid");
        assertThat(causeOf(pool.submit(Grenade::new))).as("what reading the reply threw, as the cause")
                .isInstanceOf(IllegalStateException.class).hasMessage("boom on arrival");
        assertThat(Bounded.get(pool.submit(() -> ProcessHandle.current().pid()), "the next task"))
                .as("the same worker goes on").isEqualTo(worker);
    }

    @Test
    void a_malformed_allow_list_pattern_is_refused_when_the_pool_is_built() {
        assertThatThrownBy(() -> ProcessPool.builder().allow("maxdepth=deep"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_over_deep_graph_is_refused() {
        Node deep = Node.chain(1_000);
        assertThat(causeOf(pool.submit(() -> deep.value()))).as("a task 1000 levels deep, refused by the worker")
                .hasMessageContaining("REJECTED");
        assertThat(causeOf(pool.submit(() -> Node.chain(1_000)))).as("a result 1000 levels deep, refused here")
                .isInstanceOf(InvalidClassException.class).hasMessageContaining("REJECTED");
    }

    @Test
    void an_over_large_array_is_refused() {
        assertThat(causeOf(pool.submit(() -> new byte[2_000_000])))
                .as("an array of 2,000,000 elements (the limit is a million)")
                .isInstanceOf(InvalidClassException.class).hasMessageContaining("REJECTED");
    }
}
