package workbook.launcher;

import java.util.concurrent.TimeUnit;

/**
 * Waits for the processes the launcher starts (Maven, a chapter's JVM, jshell) so that none outlives it.
 *
 * <p>Ctrl-C reaches the child and the launcher alike; a signal that reaches the launcher alone
 * ({@code kill PID}) runs its shutdown hooks, and the hook registered here stops the child and the
 * child's own children.
 */
final class Children {

    private Children() {
    }

    /** Waits for {@code child} to end and returns its exit status; the child is stopped if this JVM stops first. */
    static int await(Process child) throws InterruptedException {
        Thread stopChild = stopWithThisJvm(child);
        try {
            return child.waitFor();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopChild);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running, or has: it stops the child
            }
        }
    }

    /**
     * Registers, and returns, a shutdown hook that stops {@code child} and its children (SIGTERM), and
     * waits a few seconds for it to exit, so that files it was writing can be cleaned up after it.
     */
    static Thread stopWithThisJvm(Process child) {
        Thread stopChild = new Thread(() -> {
            child.descendants().forEach(ProcessHandle::destroy);
            child.destroy();
            try {
                child.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the JVM is going away: nothing more to wait for
            }
        });
        Runtime.getRuntime().addShutdownHook(stopChild);
        return stopChild;
    }
}
