package workbook.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class that leaves behind a thread or a child process it started.
 *
 * <p>Registered for every test in the workbook through {@code META-INF/services} (autodetection is
 * switched on in {@code junit-platform.properties}). Before a test class runs it notes the live threads
 * and the child processes of the test JVM; after the class, everything that is new must end within
 * {@link #GRACE}. What does not is listed, with a stack for each thread, and any leftover process is
 * killed so that one leak does not spoil the tests after it.
 *
 * <p>A few JDK and JUnit threads are created lazily and live on by design (the common fork-join pool,
 * the virtual-thread scheduler, the process reaper, the cleaner); they are not counted.
 */
public final class NoLeaks implements BeforeAllCallback, AfterAllCallback {

    /** How long new threads and processes get to end after the last test of a class. */
    public static final Duration GRACE = Duration.ofSeconds(5);

    private static final List<String> JVM_THREADS = List.of(
            // the common pool's workers, and JDK 25's delayScheduler for its timeouts
            "ForkJoinPool.commonPool-", "process reaper", "Common-Cleaner", "Attach Listener",
            "junit-jupiter-timeout-watcher", "surefire-forkedjvm", "Keep-Alive-Timer", "JFR ",
            "Signal Dispatcher", "Notification Thread", "Reference Handler", "Finalizer",
            "FileSystemWatchService", "Lincheck", "Timer-", "InnocuousThread", "idle-connection-reaper",
            "VirtualThread-unblocker",
            // JDK 21 (no delayScheduler in its common pool): the timer behind CompletableFuture.orTimeout
            "CompletableFutureDelayScheduler");

    private record Snapshot(Set<Thread> threads, Set<Long> processes) {
        static Snapshot now() {
            return new Snapshot(Set.copyOf(Thread.getAllStackTraces().keySet()),
                    ProcessHandle.current().descendants().map(ProcessHandle::pid).collect(Collectors.toSet()));
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        store(context).put(Snapshot.class, Snapshot.now());
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        Snapshot before = store(context).get(Snapshot.class, Snapshot.class);
        if (before == null) {
            return;
        }
        long deadline = System.nanoTime() + GRACE.toNanos();
        List<Thread> threads = newThreads(before);
        for (Thread t : threads) {
            t.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
        }
        List<ProcessHandle> processes = newProcesses(before);
        for (ProcessHandle p : processes) {
            try {
                p.onExit().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                // still alive: reported below
            }
        }
        String threadReport = newThreads(before).stream().map(NoLeaks::describe).collect(Collectors.joining("\n"));
        List<ProcessHandle> alive = newProcesses(before);
        String processReport = alive.stream()
                .map(p -> "  process " + p.pid() + ": " + p.info().commandLine().orElse("?"))
                .collect(Collectors.joining("\n"));
        alive.forEach(ProcessHandle::destroyForcibly);
        if (!threadReport.isEmpty() || !processReport.isEmpty()) {
            throw new AssertionError(context.getDisplayName() + " left behind what it started (still running "
                    + GRACE.toSeconds() + " s after its last test). Shut down every executor, server, "
                    + "client and process you start, also when a test fails:\n"
                    + threadReport + (threadReport.isEmpty() || processReport.isEmpty() ? "" : "\n")
                    + processReport);
        }
    }

    private static List<Thread> newThreads(Snapshot before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !before.threads().contains(t))
                .filter(t -> JVM_THREADS.stream().noneMatch(t.getName()::startsWith))
                // the carriers of virtual threads belong to the JVM's scheduler, which outlives any test
                .filter(t -> !t.getClass().getName().equals("jdk.internal.misc.CarrierThread"))
                .toList();
    }

    private static List<ProcessHandle> newProcesses(Snapshot before) {
        return ProcessHandle.current().descendants()
                .filter(p -> p.isAlive() && !before.processes().contains(p.pid()))
                .toList();
    }

    private static String describe(Thread t) {
        String stack = Arrays.stream(t.getStackTrace()).limit(6)
                .map(f -> "      at " + f).collect(Collectors.joining("\n"));
        return "  thread \"" + t.getName() + "\" (" + t.getState() + (t.isDaemon() ? ", daemon" : "") + ")\n" + stack;
    }

    private static ExtensionContext.Store store(ExtensionContext context) {
        return context.getStore(ExtensionContext.Namespace.create(NoLeaks.class, context.getUniqueId()));
    }
}
