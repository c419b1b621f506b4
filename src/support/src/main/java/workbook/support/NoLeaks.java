package workbook.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.HotSpotDiagnosticMXBean.ThreadDumpFormat;

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
 * the virtual-thread scheduler, the process reaper, the cleaner); they are not counted. Nor is
 * {@code ExerciseProofTest}: it runs known-wrong code on purpose, and each class it runs is guarded on
 * its own, so a known mistake that leaks fails its own exercise test class, not the proof.
 *
 * <p>Virtual threads count too. {@link Thread#getAllStackTraces()} never lists them, so they are read
 * from a thread dump in JSON ({@link HotSpotDiagnosticMXBean#dumpThreads}, JDK 21+), which lists every
 * thread by the container that started it: an executor, or the root for {@code Thread.ofVirtual()}.
 *
 * <p>Implementation notes: a dump costs a few milliseconds, so it is taken only when a thread was
 * created during the class. Thread ids come from one counter that only grows (platform and virtual
 * threads alike), so the id of a thread created, not started, before the class is a mark: a class whose
 * end mark is the next id created no thread at all, and a dumped thread whose id is above the first mark
 * is new. JDK 21's dump does not say which threads are virtual; a dumped thread that
 * {@code getAllStackTraces()} does not list is.
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
            "VirtualThread-unblocker", "VirtualThread-unparker",
            // JDK 21 (no delayScheduler in its common pool): the timer behind CompletableFuture.orTimeout
            "CompletableFutureDelayScheduler");

    private static final AtomicBoolean SCHEDULER_WARM = new AtomicBoolean();

    private record Snapshot(Set<Thread> threads, Set<Long> processes, long mark) {
        static Snapshot now() {
            return new Snapshot(Set.copyOf(Thread.getAllStackTraces().keySet()),
                    ProcessHandle.current().descendants().map(ProcessHandle::pid).collect(Collectors.toSet()),
                    nextThreadId());
        }
    }

    /** A virtual thread as a thread dump shows it. */
    record DumpedThread(long tid, String name, String container, List<String> stack) {
    }

    @Override
    public void beforeAll(ExtensionContext context) throws InterruptedException {
        if (SCHEDULER_WARM.compareAndSet(false, true)) {
            // the first timed wait of a virtual thread starts the scheduler's timer thread, which lives on
            // by design: JDK 25's ForkJoinPool-N-delayScheduler (before it, VirtualThread-unparker, ignored)
            Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }).join(GRACE);
        }
        store(context).put(Snapshot.class, Snapshot.now());
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        Snapshot before = store(context).get(Snapshot.class, Snapshot.class);
        if (before == null || context.getTestClass().filter(ExerciseProofTest.class::equals).isPresent()) {
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
        List<DumpedThread> virtual = newVirtualThreads(before, deadline);
        String threadReport = Stream.concat(newThreads(before).stream().map(NoLeaks::describe),
                virtual.stream().map(NoLeaks::describe)).collect(Collectors.joining("\n"));
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

    /**
     * The virtual threads created since {@code before} that are still alive at {@code deadline}, or
     * none if no thread at all was created since.
     */
    static List<DumpedThread> newVirtualThreads(Snapshot before, long deadline) throws InterruptedException {
        if (nextThreadId() == before.mark() + 1) {
            return List.of(); // no thread of any kind was created since: no dump needed
        }
        while (true) {
            List<DumpedThread> alive = virtualThreadsAbove(before.mark());
            if (alive.isEmpty() || System.nanoTime() - deadline >= 0) {
                return alive;
            }
            Thread.sleep(100); // a virtual thread cannot be joined by its id: look again in a moment
        }
    }

    /** The id the next thread will get, less one or more: ids only grow. */
    private static long nextThreadId() {
        return Thread.ofVirtual().unstarted(() -> { }).threadId(); // never started: costs an object
    }

    private static final Pattern CONTAINER = Pattern.compile("\"container\": \"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TID = Pattern.compile("\"tid\": \"(\\d+)\"");
    private static final Pattern NAME = Pattern.compile("\"name\": \"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern STACK = Pattern.compile("\"stack\": \\[(.*?)\\]", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** The live threads with an id above {@code mark} that are not platform threads, from a JSON thread dump. */
    static List<DumpedThread> virtualThreadsAbove(long mark) {
        String json = dumpThreads();
        Set<Long> platform = Thread.getAllStackTraces().keySet().stream().map(Thread::threadId)
                .collect(Collectors.toSet());
        List<DumpedThread> found = new ArrayList<>();
        String[] containers = json.split("\\{\\s*\"container\": ");
        for (int c = 1; c < containers.length; c++) {
            String chunk = "{\"container\": " + containers[c];
            Matcher name = CONTAINER.matcher(chunk);
            String container = name.find() ? unescape(name.group(1)) : "?";
            String[] threads = chunk.split("(?=\"tid\": \")");
            for (int t = 1; t < threads.length; t++) {
                Matcher tid = TID.matcher(threads[t]);
                if (!tid.find()) {
                    continue;
                }
                long id = Long.parseLong(tid.group(1));
                if (id <= mark || platform.contains(id)) {
                    continue;
                }
                Matcher threadName = NAME.matcher(threads[t]);
                List<String> stack = new ArrayList<>();
                Matcher frames = STACK.matcher(threads[t]);
                if (frames.find()) {
                    Matcher frame = STRING.matcher(frames.group(1));
                    while (frame.find() && stack.size() < 6) {
                        stack.add(unescape(frame.group(1)));
                    }
                }
                found.add(new DumpedThread(id, threadName.find() ? unescape(threadName.group(1)) : "",
                        container, stack));
            }
        }
        return found;
    }

    private static String dumpThreads() {
        try {
            Path dir = Files.createTempDirectory("noleaks");
            Path file = dir.resolve("threads.json"); // dumpThreads refuses a file that exists
            try {
                ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                        .dumpThreads(file.toString(), ThreadDumpFormat.JSON);
                return Files.readString(file);
            } finally {
                Files.deleteIfExists(file);
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not take a thread dump to look for virtual threads", e);
        }
    }

    private static String unescape(String json) {
        return json.replace("\\/", "/").replace("\\\"", "\"").replace("\\\\", "\\");
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

    private static String describe(DumpedThread t) {
        String stack = t.stack().stream().map(f -> "      at " + f).collect(Collectors.joining("\n"));
        return "  virtual thread #" + t.tid() + (t.name().isEmpty() ? "" : " \"" + t.name() + "\"")
                + " (started by " + t.container() + ")\n" + stack;
    }

    private static ExtensionContext.Store store(ExtensionContext context) {
        return context.getStore(ExtensionContext.Namespace.create(NoLeaks.class, context.getUniqueId()));
    }
}
