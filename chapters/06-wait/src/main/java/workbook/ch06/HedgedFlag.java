package workbook.ch06;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

/**
 * A hedged request: asks the primary replica for a flag and, if no answer has come within a hedge
 * delay, asks the backup too; the first answer wins and the other request is cancelled.
 *
 * <p>Run it: the primary is having a bad day (BR takes 2 s there), the backup answers at once.
 *
 * <pre>./workbook run 6 --example HedgedFlag</pre>
 */
public final class HedgedFlag {

    public static final Duration HEDGE_DELAY = Duration.ofMillis(150);
    public static final Duration TIMEOUT = Duration.ofSeconds(5);

    private HedgedFlag() {
    }

    /** A flag, and the replica that answered: {@code "primary"} or {@code "backup"}. */
    record Answer(String replica, byte[] flag) {
    }

    // tag::hedged[]
    static Answer hedged(ExecutorService pool, Callable<byte[]> primary, Callable<byte[]> backup, Duration hedgeDelay,
                         PrintStream out) throws InterruptedException, ExecutionException, TimeoutException {
        CompletionService<byte[]> answers = new ExecutorCompletionService<>(pool);
        Future<byte[]> first = answers.submit(primary);
        Future<byte[]> second = null;
        try {
            Future<byte[]> winner = answers.poll(hedgeDelay.toNanos(), NANOSECONDS);
            if (winner == null) {                                // no answer yet: hedge
                out.println("  no answer within " + hedgeDelay.toMillis() + " ms: asking the backup");
                second = answers.submit(backup);
                winner = answers.poll(TIMEOUT.toNanos(), NANOSECONDS);
            }
            if (winner == null) {
                throw new TimeoutException("neither replica answered");
            }
            byte[] flag = winner.get();                          // done: get() does not block
            return new Answer(winner == first ? "primary" : "backup", flag); // poll gives back submit's futures
        } finally {
            first.cancel(true);                                  // the loser is interrupted; the
            if (second != null) {                                // winner, being done, is not touched
                second.cancel(true);
            }
        }
    }
    // end::hedged[]

    public static void main(String[] args) throws Exception {
        try (TracedFlags primary = TracedFlags.start("primary", Map.of("BR", Duration.ofSeconds(2)));
             TracedFlags backup = TracedFlags.start("backup", Map.of());
             ExecutorService pool = Executors.newCachedThreadPool()) {
            Answer answer = hedged(pool, primary.fetch("BR"), backup.fetch("BR"), HEDGE_DELAY, System.out);
            TracedFlags answered = answer.replica().equals("backup") ? backup : primary;
            answered.log("hedged request got " + answer.flag().length + " bytes");
        }
    }
}
