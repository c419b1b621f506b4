package workbook.ch03;

import java.util.concurrent.ThreadFactory;

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
        // TODO exercise 3.2: keep the settings, and a counter that many threads can increment safely
        throw new UnsupportedOperationException(
                "Exercise 3.2 (a naming thread factory) is not solved yet: write the NamingThreadFactory constructor in src/exercise/java");
    }

    /** A new, unstarted thread that runs {@code task}, named with the next number. */
    @Override
    public Thread newThread(Runnable task) {
        // TODO exercise 3.2: a new thread named prefix-N, with the daemon flag and the handler
        throw new UnsupportedOperationException(
                "Exercise 3.2 (a naming thread factory) is not solved yet: write NamingThreadFactory.newThread in src/exercise/java");
    }

    /** How many threads this factory has made so far. */
    public int created() {
        // TODO exercise 3.2: how many threads newThread has made
        throw new UnsupportedOperationException(
                "Exercise 3.2 (a naming thread factory) is not solved yet: write NamingThreadFactory.created in src/exercise/java");
    }
}
