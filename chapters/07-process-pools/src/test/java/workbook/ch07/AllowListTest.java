package workbook.ch07;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.Serializable;
import java.util.PriorityQueue;
import java.util.Set;

import javax.management.BadAttributeValueExpException;

import org.junit.jupiter.api.Test;

import workbook.ch07.ProcessPoolTestTasks.Node;
import workbook.support.Exercise;

@Exercise(id = "7.2", title = "An allow-list filter", stub = AllowList.class, hint = {
        """
        An `ObjectInputFilter` is one method, from `FilterInfo` to a status: "The wire, and the allow-list" \
        shows what it is asked. What does it say when there is no class to judge yet, and how is an array of \
        allowed things judged?""",
        """
        Return a lambda. The limits first: a depth or an array length over the maximum is `REJECTED`. Then \
        the class: null means nothing to judge (`UNDECIDED`); an array is judged by its element type, all \
        the way down; a primitive, or a class whose package is in the set, is `ALLOWED`; anything else is \
        `REJECTED`.""" })
class AllowListTest {

    static final ObjectInputFilter FILTER = AllowList.of(Set.of("java.lang", "workbook.ch07"));

    record Point(int x, int y) implements Serializable {
    }

    static Object roundTrip(Object object) throws Exception {
        return WorkerProtocol.deserialize(WorkerProtocol.serialize(object), FILTER);
    }

    @Test
    void classes_of_the_allowed_packages_and_their_arrays_come_through() throws Exception {
        assertThat(roundTrip(new Point(1, 2))).as("a record of workbook.ch07").isEqualTo(new Point(1, 2));
        assertThat(roundTrip("text")).as("a java.lang.String").isEqualTo("text");
        assertThat((Long[]) roundTrip(new Long[] {1L, 2L})).as("an array of java.lang.Long").containsExactly(1L, 2L);
        assertThat((int[]) roundTrip(new int[] {3})).as("an array of a primitive").containsExactly(3);
    }

    @Test
    void a_class_outside_the_allowed_packages_is_rejected() {
        assertThat(catchThrowable(() -> roundTrip(new PriorityQueue<>(java.util.List.of(1)))))
                .as("java.util.PriorityQueue: java.util is not allowed").isInstanceOf(InvalidClassException.class);
        assertThat(catchThrowable(() -> roundTrip(new BadAttributeValueExpException("x"))))
                .as("javax.management.BadAttributeValueExpException, a gadget-chain classic")
                .isInstanceOf(InvalidClassException.class);
    }

    @Test
    void a_subpackage_is_not_its_parent_package() {
        assertThat(catchThrowable(() -> roundTrip(new java.lang.invoke.SerializedLambda(Point.class, "a", "b", "c", 0,
                "d", "e", "f", "g", new Object[0]))))
                .as("java.lang.invoke is not java.lang").isInstanceOf(InvalidClassException.class);
    }

    @Test
    void an_array_is_judged_by_its_element_type() throws Exception {
        ObjectInputFilter ours = AllowList.of(Set.of("workbook.ch07"));
        Object back;
        try {
            back = WorkerProtocol.deserialize(WorkerProtocol.serialize(new int[] {3}), ours);
        } catch (InvalidClassException e) {
            throw new AssertionError("an int[] was rejected with only workbook.ch07 allowed: an array is judged by "
                    + "its element type, and int is a primitive; the array's own class would say java.lang, which "
                    + "is not on this list", e);
        }
        assertThat((int[]) back).as("an int[] with only workbook.ch07 allowed").containsExactly(3);
        assertThat(catchThrowable(() -> WorkerProtocol.deserialize(WorkerProtocol.serialize(new Long[] {1L}), ours)))
                .as("a Long[] with only workbook.ch07 allowed: java.lang.Long is not")
                .isInstanceOf(InvalidClassException.class);
    }

    @Test
    void a_graph_deeper_than_the_limit_is_rejected() throws Exception {
        assertThat(roundTrip(Node.chain(5))).as("5 nodes deep").isEqualTo(Node.chain(5));
        assertThat(catchThrowable(() -> roundTrip(Node.chain(AllowList.MAX_DEPTH + 5))))
                .as("%d nodes deep", AllowList.MAX_DEPTH + 5).isInstanceOf(InvalidClassException.class);
    }

    @Test
    void an_array_longer_than_the_limit_is_rejected() throws Exception {
        assertThat((byte[]) roundTrip(new byte[AllowList.MAX_ARRAY])).as("an array at the limit").hasSize(AllowList.MAX_ARRAY);
        assertThat(catchThrowable(() -> roundTrip(new byte[AllowList.MAX_ARRAY + 1])))
                .as("an array one element longer").isInstanceOf(InvalidClassException.class);
    }
}
