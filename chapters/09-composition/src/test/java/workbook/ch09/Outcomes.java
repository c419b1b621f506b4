package workbook.ch09;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import workbook.support.Bounded;

/** How a future ended, as text that an assertion can compare and its description can explain. */
final class Outcomes {

    private Outcomes() {
    }

    /**
     * The future's value, {@code "failed: Type: message"} with the cause of its failure, or
     * {@code "cancelled"}; fails, saying {@code what} was awaited, if it is not done within {@code limit}.
     */
    static String of(CompletableFuture<?> future, Duration limit, String what) {
        try {
            return String.valueOf(Bounded.get(future, limit, what));
        } catch (ExecutionException e) {
            return "failed: " + e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage();
        } catch (CancellationException e) {
            return "cancelled";
        }
    }

    static String of(CompletableFuture<?> future, String what) {
        return of(future, Bounded.DEFAULT, what);
    }
}
