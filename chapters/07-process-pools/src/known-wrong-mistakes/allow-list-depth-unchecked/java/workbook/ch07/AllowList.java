// Mistake: the depth of the graph is never checked, so a graph of any depth is read
// Caught by: AllowListTest#a_graph_deeper_than_the_limit_is_rejected
// Says: nodes deep
package workbook.ch07;

import java.io.ObjectInputFilter;
import java.util.Set;

/**
 * Exercise 7.2: an {@link ObjectInputFilter} written by hand: it accepts the classes of a few packages,
 * within limits on depth and array length, and rejects everything else.
 *
 * <pre>{@code
 * try (ObjectInputStream in = new ObjectInputStream(bytes)) {
 *     in.setObjectInputFilter(AllowList.of(Set.of("java.lang", "workbook.ch07")));
 *     Object safe = in.readObject();   // InvalidClassException if the filter says REJECTED
 * }
 * }</pre>
 */
public final class AllowList {

    /** The deepest nesting accepted. */
    public static final int MAX_DEPTH = 20;
    /** The longest array accepted. */
    public static final int MAX_ARRAY = 10_000;

    private AllowList() {
    }

    /**
     * A filter that answers, for each step of a deserialization: {@code REJECTED} when the depth is over
     * {@link #MAX_DEPTH} or an array is longer than {@link #MAX_ARRAY}; for a class (an array's class
     * counts as its element type), {@code ALLOWED} if it is primitive or in one of {@code packages}
     * (exactly that package, not its subpackages), else {@code REJECTED}; {@code UNDECIDED} when there
     * is no class to judge and the limits hold.
     */
    public static ObjectInputFilter of(Set<String> packages) {
        return info -> {
            if (info.arrayLength() > MAX_ARRAY) {
                return ObjectInputFilter.Status.REJECTED;
            }
            Class<?> type = info.serialClass();
            if (type == null) {
                return ObjectInputFilter.Status.UNDECIDED;
            }
            while (type.isArray()) {
                type = type.getComponentType();
            }
            return type.isPrimitive() || packages.contains(type.getPackageName())
                    ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
        };
    }
}
