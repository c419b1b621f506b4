// Mistake: collects the values in the order the stages complete, not in the order of the list
// Caught by: FailFastTest#gives_every_value_in_input_order
// Says: not completion order
package workbook.ch09;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code allOf} that gives the values and fails fast: exercise 9.3.
 *
 * <pre>{@code
 * List<byte[]> flags = FailFast.allOf(List.of(br, cn, us)).get(5, TimeUnit.SECONDS);
 * }</pre>
 */
public final class FailFast {

    private FailFast() {
    }

    /**
     * Returns, at once, a future of every stage's value in the order of {@code stages}, which fails as
     * soon as one stage fails, with that stage's own exception as its cause, and then cancels,
     * {@code cancel(true)}, every stage. Cancelling the returned future cancels every stage too.
     *
     * <p>Unlike {@link CompletableFuture#allOf}, which waits for every stage however early one
     * fails and gives no values. An empty list gives an empty list; a stage given twice gives its
     * value twice.
     */
    public static <T> CompletableFuture<List<T>> allOf(List<? extends CompletableFuture<? extends T>> stages) {
        List<CompletableFuture<? extends T>> all = List.copyOf(stages);
        CompletableFuture<List<T>> result = new CompletableFuture<>();
        if (all.isEmpty()) {
            result.complete(List.of());
            return result;
        }
        Object[] values = new Object[all.size()];
        AtomicInteger left = new AtomicInteger(all.size());
        for (int i = 0; i < all.size(); i++) {
            int index = i;
            all.get(i).whenComplete((value, failure) -> {
                if (failure != null) {
                    result.completeExceptionally(failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure);
                } else {
                    synchronized (values) {
                        values[values.length - left.get()] = value;
                    }
                    if (left.decrementAndGet() == 0) { // the last one sees every value written before it
                        result.complete(valuesOf(values));
                    }
                }
            });
        }
        result.whenComplete((list, failure) -> {
            if (failure != null) {               // a stage failed, or the caller cancelled
                all.forEach(stage -> stage.cancel(true));
            }
        });
        return result;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> valuesOf(Object[] values) {
        return Collections.unmodifiableList(Arrays.asList((T[]) values));
    }
}
