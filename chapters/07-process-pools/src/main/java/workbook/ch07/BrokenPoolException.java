package workbook.ch07;

import java.io.Serial;
import java.util.concurrent.RejectedExecutionException;

/**
 * Thrown when a {@link ProcessPool} is broken: one of its workers died while the pool needed it, as
 * Python's {@code BrokenProcessPool}. Every task that had not finished fails with it (as the cause of an
 * {@link java.util.concurrent.ExecutionException}), and every later {@code submit} throws it. A pool
 * whose workers {@link ProcessPool#terminateWorkers()} or {@link ProcessPool#killWorkers()} stopped is
 * broken too, as Python's is: its running tasks fail with this exception, its queued ones are cancelled.
 *
 * <p>It is a {@link RejectedExecutionException}, which {@code ExecutorService.submit} is allowed to throw,
 * so code written for any executor already expects it:
 *
 * <pre>{@code
 * try {
 *     result = future.get();
 * } catch (ExecutionException e) {
 *     if (e.getCause() instanceof BrokenPoolException broken) {
 *         System.out.println("worker " + broken.pid() + " died with status " + broken.exitStatus());
 *     }
 * }
 * }</pre>
 */
public final class BrokenPoolException extends RejectedExecutionException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The {@link #exitStatus()} when there was no worker process to exit, or none that exited. */
    public static final int NO_STATUS = -1;

    private final long pid;
    private final int exitStatus;
    private final String stoppedBy; // the method that stopped the workers on purpose, or null for a crash

    private BrokenPoolException(String message, long pid, int exitStatus, Throwable cause) {
        this(message, pid, exitStatus, cause, null);
    }

    private BrokenPoolException(String message, long pid, int exitStatus, Throwable cause, String stoppedBy) {
        super(message, cause);
        this.pid = pid;
        this.exitStatus = exitStatus;
        this.stoppedBy = stoppedBy;
    }

    /** The pool broke because worker {@code pid} ended with {@code exitStatus} when it should not have. */
    public static BrokenPoolException died(long pid, int exitStatus, Throwable cause) {
        return new BrokenPoolException("A worker of the process pool died: pid " + pid + ", exit status "
                + exitStatus + describe(exitStatus) + ". The pool is broken: unfinished tasks fail and new "
                + "ones are rejected.", pid, exitStatus, cause);
    }

    /**
     * The pool broke because worker {@code pid} wrote something that is not a reply on its standard
     * output, the pipe the pool reads replies from, and was killed for it with {@code exitStatus}.
     */
    public static BrokenPoolException garbled(long pid, int exitStatus, Throwable cause) {
        return new BrokenPoolException("A worker of the process pool wrote something that is not a reply on its"
                + " standard output: pid " + pid + " (" + cause.getMessage() + "), so it was killed. Something"
                + " in it writes there, such as a JVM option that logs to standard output (write -Xlog:gc:stderr,"
                + " not -Xlog:gc). The pool is broken: unfinished tasks fail and new ones are rejected.",
                pid, exitStatus, cause);
    }

    /** The pool broke because no worker could be started. */
    public static BrokenPoolException cannotStart(Throwable cause) {
        return new BrokenPoolException("The process pool could not start a worker: " + cause, NO_STATUS,
                NO_STATUS, cause);
    }

    /**
     * The pool was stopped on purpose by {@code how}, {@code "terminateWorkers()"} or {@code "killWorkers()"},
     * as Python's is by {@code terminate_workers()} and {@code kill_workers()}: broken, though nothing crashed.
     */
    static BrokenPoolException stoppedBy(String how) {
        return new BrokenPoolException("The process pool's workers were stopped by " + how + ": queued tasks are "
                + "cancelled, running ones fail, and new ones are rejected.", NO_STATUS, NO_STATUS, null, how);
    }

    /** This stop, as the task that was running in worker {@code pid} sees it: the worker ended with {@code exitStatus}. */
    BrokenPoolException endedWorker(long pid, int exitStatus) {
        String how = switch (exitStatus) {
            case 143 -> " (SIGTERM: it ended when told to)";
            case 137 -> stoppedBy.startsWith("kill") ? " (SIGKILL)"
                    : " (SIGKILL: it was still alive at the end of the grace period after SIGTERM, so it was killed)";
            default -> describe(exitStatus);
        };
        return new BrokenPoolException("The task was running when " + stoppedBy + " stopped its worker: pid " + pid
                + ", exit status " + exitStatus + how + ".", pid, exitStatus, this, stoppedBy);
    }

    /** Whether {@code terminateWorkers()} or {@code killWorkers()} broke the pool, rather than a worker's death. */
    boolean isStop() {
        return stoppedBy != null;
    }

    /** The same failure, thrown anew here (a later {@code submit}, or one more failed future). */
    BrokenPoolException again() {
        return new BrokenPoolException(getMessage(), pid, exitStatus, this, stoppedBy);
    }

    /** The process id of the worker that died, or {@link #NO_STATUS}. */
    public long pid() {
        return pid;
    }

    /** Its exit status: 128 + the signal's number when a signal killed it (137 for SIGKILL). */
    public int exitStatus() {
        return exitStatus;
    }

    private static String describe(int status) {
        return switch (status) {
            case WorkerMain.INITIALIZER_FAILED -> " (its initializer failed)";
            case 134 -> " (SIGABRT: the JVM aborted)";
            case 137 -> " (SIGKILL: killed, perhaps by the kernel's out-of-memory killer)";
            case 143 -> " (SIGTERM: terminated)";
            default -> status > 128 ? " (killed by signal " + (status - 128) + ")" : "";
        };
    }
}
