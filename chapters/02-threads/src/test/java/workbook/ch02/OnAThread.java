package workbook.ch02;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import workbook.support.Bounded;

/**
 * Runs a call that may block on a thread of its own, so that a test can interrupt it, and can wait for
 * it with a limit: a test that calls a blocking method directly hangs with it when it is wrong.
 *
 * <pre>{@code
 * OnAThread<List<String>> call = OnAThread.start("map", () -> ThreadMap.map(items, fn));
 * call.thread().interrupt();
 * Throwable thrown = call.failure("map to return after the interrupt");
 * }</pre>
 */
final class OnAThread<T> {

    private final Thread thread;
    private final AtomicReference<T> result = new AtomicReference<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private OnAThread(String name, Callable<T> call) {
        thread = Thread.ofPlatform().name(name).unstarted(() -> {
            try {
                result.set(call.call());
            } catch (Throwable t) {
                failure.set(t);
            }
        });
    }

    static <T> OnAThread<T> start(String name, Callable<T> call) {
        OnAThread<T> onAThread = new OnAThread<>(name, call);
        onAThread.thread.start();
        return onAThread;
    }

    /** Runs {@code call} on a new thread and returns its result; fails after {@link Bounded#DEFAULT}. */
    static <T> T call(String what, Callable<T> call) throws Exception {
        return start(what, call).result(what);
    }

    Thread thread() {
        return thread;
    }

    /** Waits for the call to end and returns its result; rethrows what it threw. */
    T result(String what) throws Exception {
        return result(Bounded.DEFAULT, what);
    }

    /** Waits at most {@code limit} for the call to end and returns its result; rethrows what it threw. */
    T result(Duration limit, String what) throws Exception {
        if (!thread.join(limit)) {
            throw new AssertionError("Timed out after " + limit.toMillis() + " ms waiting for " + what);
        }
        Throwable t = failure.get();
        if (t instanceof Exception e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return result.get();
    }

    /** Waits for the call to end and returns what it threw, or {@code null} if it returned. */
    Throwable failure(String what) {
        Bounded.join(thread, what);
        return failure.get();
    }
}
