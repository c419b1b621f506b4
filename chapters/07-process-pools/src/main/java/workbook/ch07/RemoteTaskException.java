package workbook.ch07;

import java.io.Serial;

/**
 * Stands for an exception thrown in a worker JVM that could not cross back as itself (its class is
 * not serializable, or not on the allow-list): it keeps the original's class name, message and stack,
 * and those of its causes.
 *
 * <p>Most exceptions cross as themselves (a {@code Throwable} serializes with its stack), so the cause
 * of the {@link java.util.concurrent.ExecutionException} is the very type the task threw. When it cannot,
 * the cause is one of these, and {@link #remoteType()} says what it was:
 *
 * <pre>{@code
 * catch (ExecutionException e) {
 *     if (e.getCause() instanceof RemoteTaskException remote) {
 *         System.out.println("the worker threw " + remote.remoteType());
 *     }
 * }
 * }</pre>
 */
public final class RemoteTaskException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String remoteType;

    /** An exception that stands for one of type {@code remoteType}, with its message, stack and cause. */
    public RemoteTaskException(String remoteType, String message, StackTraceElement[] stack,
                               RemoteTaskException cause) {
        super(message == null ? remoteType : remoteType + ": " + message, cause);
        this.remoteType = remoteType;
        setStackTrace(stack);
    }

    /** A copy of {@code t} and its causes (at most 16 deep) made only of strings and stack elements. */
    public static RemoteTaskException of(Throwable t) {
        return of(t, 16);
    }

    private static RemoteTaskException of(Throwable t, int depth) {
        RemoteTaskException cause = t.getCause() == null || t.getCause() == t || depth == 0
                ? null : of(t.getCause(), depth - 1);
        return new RemoteTaskException(t.getClass().getName(), t.getMessage(), t.getStackTrace(), cause);
    }

    /** The class name of the exception thrown in the worker, such as {@code java.io.UncheckedIOException}. */
    public String remoteType() {
        return remoteType;
    }
}
