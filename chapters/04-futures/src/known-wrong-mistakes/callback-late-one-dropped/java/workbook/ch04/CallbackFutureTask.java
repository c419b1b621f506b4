// Mistake: adding a callback to the list even when the task is done, so that a late callback never runs
// Caught by: CallbackFutureTaskTest#a_callback_added_after_completion_runs_at_once_in_the_caller
// Says: a late callback is not lost
package workbook.ch04;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Exercise 4.1: a {@link FutureTask} that calls back when it is done, like Python's
 * {@code future.add_done_callback(fn)}.
 *
 * <p>Each callback runs exactly once, after the task completed normally, failed or was cancelled, and
 * is given the future itself. Callbacks registered before completion run in registration order in the
 * thread that completes the task (a pool worker, or the thread that calls {@code cancel}); a callback
 * registered after completion runs at once in the registering thread. A callback that throws is logged
 * and ignored: it neither changes the future nor stops the callbacks after it.
 *
 * <pre>{@code
 * CallbackFutureTask<byte[]> task = new CallbackFutureTask<>(() -> Http.getFlag(client, baseUrl, "BR"));
 * task.addDoneCallback(f -> System.out.println("BR: " + f.state()));
 * executor.execute(task);
 * }</pre>
 *
 * @param <V> the result type of the task
 */
public class CallbackFutureTask<V> extends FutureTask<V> {

    private static final Logger LOG = Logger.getLogger(CallbackFutureTask.class.getName());

    private final List<Consumer<? super Future<V>>> callbacks = new ArrayList<>(); // guarded by this
    private boolean completed; // guarded by this

    public CallbackFutureTask(Callable<V> callable) {
        super(callable);
    }

    /**
     * Calls {@code callback} with this future once it is done: later, in the completing thread, or now,
     * in this thread, if it is done already.
     */
    public void addDoneCallback(Consumer<? super Future<V>> callback) {
        synchronized (this) {
            callbacks.add(callback); // done() calls it later... unless done() has been called already
        }
    }

    /** Called once by {@link FutureTask} when the task completes in any way. */
    @Override
    protected void done() {
        List<Consumer<? super Future<V>>> toRun;
        synchronized (this) {
            completed = true;
            toRun = List.copyOf(callbacks);
            callbacks.clear();
        }
        toRun.forEach(this::invoke);
    }

    private void invoke(Consumer<? super Future<V>> callback) {
        try {
            callback.accept(this);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a done-callback of " + this + " failed", e);
        }
    }
}
