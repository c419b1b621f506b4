// Mistake: cancels the others when a stage fails, but not when the caller cancels the composite
// Caught by: FailFastTest#cancelling_the_composite_cancels_every_stage
// Says: must reach the stages
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
                    all.forEach(stage -> stage.cancel(true));
                } else {
                    values[index] = value;
                    if (left.decrementAndGet() == 0) { // the last one sees every value written before it
                        result.complete(valuesOf(values));
                    }
                }
            });
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> valuesOf(Object[] values) {
        return Collections.unmodifiableList(Arrays.asList((T[]) values));
    }
}
