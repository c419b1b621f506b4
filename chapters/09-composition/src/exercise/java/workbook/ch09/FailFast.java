package workbook.ch09;

import java.util.List;
import java.util.concurrent.CompletableFuture;

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
        // TODO 9.3: collect every value in order, fail at the first failure and cancel every stage
        throw new UnsupportedOperationException("Exercise 9.3: collect every value in order, fail at the first failure and cancel every stage");
    }
}
