// Mistake: never setting the daemon flag, so a thread inherits the caller's
// Caught by: NamingThreadFactoryTest#threads_are_daemons_only_when_asked
// Says: do not inherit it
package workbook.ch03;

import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Exercise 3.2: a {@link ThreadFactory} that names its threads {@code prefix-1}, {@code prefix-2}, ...
 * in the order it makes them, as Python's {@code ThreadPoolExecutor(thread_name_prefix=...)} does.
 *
 * <pre>{@code
 * NamingThreadFactory factory = new NamingThreadFactory("flags");
 * try (ExecutorService pool = Executors.newFixedThreadPool(4, factory)) {
 *     ...                                   // a thread dump shows flags-1 to flags-4
 * }
 * }</pre>
 *
 * <p>A pool calls {@link #newThread} from whichever thread submits a task, and to replace a thread
 * that a task's exception killed; the factory is safe to call from many threads at once.
 */
public final class NamingThreadFactory implements ThreadFactory {

    private final String prefix;
    private final boolean daemon;
    private final Thread.UncaughtExceptionHandler handler;
    private final AtomicInteger created = new AtomicInteger();

    /** A factory of threads named {@code prefix-N} that are not daemons and use the default uncaught-exception handler. */
    public NamingThreadFactory(String prefix) {
        this(prefix, false, null);
    }

    /**
     * A factory of threads named {@code prefix-N}.
     *
     * @param daemon  whether the threads are daemons: a JVM does not wait for daemon threads to end, so
     *                it can exit while they are still running a task
     * @param handler what to call when a thread dies of an exception; {@code null} for the default,
     *                which prints the stack trace on standard error
     */
    public NamingThreadFactory(String prefix, boolean daemon, Thread.UncaughtExceptionHandler handler) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.daemon = daemon;
        this.handler = handler;
    }

    /** A new, unstarted thread that runs {@code task}, named with the next number. */
    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, prefix + "-" + created.incrementAndGet());
        if (daemon) {
            thread.setDaemon(true);
        }
        if (handler != null) {
            thread.setUncaughtExceptionHandler(handler);
        }
        return thread;
    }

    /** How many threads this factory has made so far. */
    public int created() {
        return created.get();
    }
}
