package workbook.ch07;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.StreamCorruptedException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * One worker JVM seen from the JVM that started it: a child process running {@link WorkerMain}, with a
 * pipe to send it tasks and a pipe to read their results. Not thread-safe: one thread talks to it.
 * Its public part is what a pool's options need ({@link #FAST_START}, {@link #classpathOf}, {@link Spec});
 * the rest, starting a worker and talking to it, is the pool's own, and this package's.
 *
 * <pre>{@code
 * try (WorkerProcess worker = WorkerProcess.start(WorkerProcess.Spec.defaults())) {
 *     long pid = worker.call(() -> ProcessHandle.current().pid());   // runs in the worker
 * }                                                                  // closes the pipe: the worker exits
 * }</pre>
 */
public final class WorkerProcess implements AutoCloseable {

    // tag::jvm-options[]
    /**
     * Options that make a worker JVM start sooner: the C1 compiler only, and only for code ten times
     * hotter than usual (a starting JVM runs much code a few times, and a task's loop very many), the
     * serial collector, no perf data. Workers that live long and run many short tasks warm up sooner
     * without the scaling: such a pool can choose its own with {@link ProcessPool.Builder#jvmOptions}.
     */
    public static final List<String> FAST_START = List.of("-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=10",
            "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto");

    /**
     * {@link #FAST_START}, and this JVM's class-data archive if it was started with one: a worker then
     * maps the JDK classes its parent's archive holds, parsed and linked, instead of loading them one by
     * one. It is the nearest a new JVM comes to what a forked Python worker inherits from its parent.
     */
    public static List<String> fastStartLikeThisJvm() {
        List<String> options = new ArrayList<>(FAST_START);
        String[] ours = ProcessHandle.current().info().arguments().orElse(new String[0]);
        for (String option : ours) {
            if (option.startsWith("-XX:SharedArchiveFile=") || option.startsWith("-Xlog:cds")) {
                options.add(option);
            }
        }
        return List.copyOf(options);
    }
    // end::jvm-options[]

    /**
     * The class path that holds these classes and nothing else: the folders or jars they were loaded
     * from. A worker that needs only {@link WorkerMain} and the classes of its tasks starts sooner on it
     * than on its parent's whole class path, since it has fewer places to look for each class.
     *
     * <pre>{@code
     * ProcessPool.builder().classpath(WorkerProcess.classpathOf(WorkerMain.class, MyTask.class))
     * }</pre>
     *
     * @throws IllegalArgumentException if one of them is not loaded from the class path, as a JDK class
     */
    public static String classpathOf(Class<?>... classes) {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : classes) {
            CodeSource source = c.getProtectionDomain().getCodeSource();
            if (source == null) {
                throw new IllegalArgumentException(c + " is not loaded from the class path");
            }
            try {
                entries.add(Path.of(source.getLocation().toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(c + " comes from " + source.getLocation() + ", not a file", e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /**
     * How to start a worker.
     *
     * @param jvmOptions  options for the worker's {@code java} command, such as {@link #FAST_START}; a
     *                    log they ask for must go to standard error or a file ({@code -Xlog:gc:stderr}),
     *                    since standard output is the pipe the results come back on
     * @param classpath   its class path: it must hold {@link WorkerMain} and the classes of the tasks
     * @param allowed     the classes it and its pool accept from each other, as {@link WorkerProtocol#ALLOWED}
     * @param initializer run once when the worker starts (like Python's {@code initializer}), or {@code null}
     * @param grace       how long a worker gets to exit once told to, before it is killed
     */
    public record Spec(List<String> jvmOptions, String classpath, List<String> allowed,
                       ProcessPool.Initializer initializer, Duration grace) {

        public Spec {
            jvmOptions = List.copyOf(jvmOptions);
            Objects.requireNonNull(classpath, "classpath");
            allowed = List.copyOf(allowed);
            WorkerProtocol.filter(allowed); // a malformed pattern fails here, not later in a slot's thread
            Objects.requireNonNull(grace, "grace");
        }

        /**
         * {@link #fastStartLikeThisJvm()}, this JVM's class path, {@link WorkerProtocol#ALLOWED}, no initializer,
         * 2 s of grace.
         */
        public static Spec defaults() {
            return new Spec(fastStartLikeThisJvm(), System.getProperty("java.class.path"), WorkerProtocol.ALLOWED,
                    null, Duration.ofSeconds(2));
        }

        public Spec withClasspath(String classpath) {
            return new Spec(jvmOptions, classpath, allowed, initializer, grace);
        }

        public Spec withJvmOptions(List<String> jvmOptions) {
            return new Spec(jvmOptions, classpath, allowed, initializer, grace);
        }

        public Spec withInitializer(ProcessPool.Initializer initializer) {
            return new Spec(jvmOptions, classpath, allowed, initializer, grace);
        }

        public Spec withGrace(Duration grace) {
            return new Spec(jvmOptions, classpath, allowed, initializer, grace);
        }

        // tag::command[]
        /**
         * The worker's command line: this JVM's {@code java}, the options, the class path, the filter.
         * Ahead of the options, it sends the JVM's own messages to standard error; an option that sends a
         * log back to standard output breaks the pool.
         */
        List<String> command() {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            // standard output carries the replies: a warning there, such as an unusable class-data
            // archive, would read as a corrupt frame and break the pool
            command.addAll(List.of("-XX:+DisplayVMOutputToStderr", "-Xlog:disable", "-Xlog:all=warning:stderr"));
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", classpath, WorkerMain.class.getName(), WorkerProtocol.pattern(allowed)));
            return command;
        }
        // end::command[]
    }

    private final Process process;
    private final DataOutputStream toWorker;
    private final DataInputStream fromWorker;
    private final ObjectInputFilter filter;
    private final Duration grace;
    private long nextId = 1;
    private int calls;

    private WorkerProcess(Process process, Spec spec) {
        this.process = process;
        this.toWorker = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        this.fromWorker = new DataInputStream(new BufferedInputStream(process.getInputStream()));
        this.filter = WorkerProtocol.filter(spec.allowed());
        this.grace = spec.grace();
    }

    // tag::start[]
    /**
     * Starts a worker JVM; what it writes to its standard error appears on this JVM's.
     *
     * @throws IOException if the worker cannot be started, or its initializer cannot be serialized or
     *                     sent; no worker is left running then
     */
    static WorkerProcess start(Spec spec) throws IOException {
        // serialized first: an initializer that cannot travel is no reason to start a JVM
        byte[] initializer = spec.initializer() == null ? null : WorkerProtocol.serialize(spec.initializer());
        Process process = new ProcessBuilder(spec.command())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        WorkerProcess worker = new WorkerProcess(process, spec);
        if (initializer != null) {
            try {
                WorkerProtocol.write(worker.toWorker, new WorkerProtocol.Frame(WorkerProtocol.INIT, 0, initializer));
            } catch (IOException e) {
                worker.close(); // nobody else holds it: it must not outlive this failed start
                throw e;
            }
        }
        return worker;
    }
    // end::start[]

    /** The worker's process id. */
    long pid() {
        return process.pid();
    }

    /** The worker's process, to watch it ({@code onExit()}, {@code info()}) or to signal it. */
    Process process() {
        return process;
    }

    /** How many tasks this worker has run, whether they succeeded or threw. */
    int calls() {
        return calls;
    }

    /** Runs {@code task} in the worker and returns its result. */
    @SuppressWarnings("unchecked")
    <T> T call(Task<T> task) throws ExecutionException, IOException {
        return (T) call(nextId++, WorkerProtocol.serialize(task));
    }

    // tag::call[]
    /**
     * Sends one serialized task and waits for its reply.
     *
     * @throws ExecutionException if the task threw (the cause is its exception, or a {@link RemoteTaskException}),
     *                            or its result could not be read (the cause says why, such as a refused class)
     * @throws IOException        if the worker is gone: it died, or was killed, before it replied
     */
    Object call(long id, byte[] task) throws ExecutionException, IOException {
        WorkerProtocol.write(toWorker, new WorkerProtocol.Frame(WorkerProtocol.TASK, id, task));
        WorkerProtocol.Frame reply = WorkerProtocol.readOrThrow(fromWorker, "worker " + pid());
        if (reply.id() != id) {
            throw new StreamCorruptedException("worker " + pid() + " answered task " + reply.id() + ", not " + id);
        }
        calls++;
        Object value;
        try {
            value = WorkerProtocol.deserialize(reply.payload(), filter);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            // the frame was whole, so the worker is fine; an allowed class's readObject may throw anything
            throw new ExecutionException("the reply to task " + id + " could not be read: " + e, e);
        }
        if (reply.kind() == WorkerProtocol.FAILURE) {
            throw new ExecutionException(value instanceof Throwable t ? t
                    : new StreamCorruptedException("worker " + pid() + " sent a failure that is not an exception: " + value));
        }
        return value;
    }
    // end::call[]

    /**
     * Asks the worker's JVM to exit now (SIGTERM), without waiting; {@link #kill()} if it does not. Safe
     * from any thread: it sends a signal and nothing else. ({@link Process#destroy()} would also close
     * the pipes, and wait for a thread that is writing to them.)
     */
    void terminate() {
        process.toHandle().destroy();
    }

    /** Kills the worker's JVM (SIGKILL), without waiting; safe from any thread, like {@link #terminate()}. */
    void kill() {
        process.toHandle().destroyForcibly();
    }

    /** Waits for the worker to exit, killing it if it has not within the grace period; returns its exit status. */
    int awaitExit() {
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        return process.isAlive() ? BrokenPoolException.NO_STATUS : process.exitValue();
    }

    // tag::close[]
    /**
     * Closes the pipe to the worker, which makes it exit, and waits for it; kills it if it has not exited
     * within the grace period. Call it only when no task is under way: the worker halts at the end of
     * its input, whatever it is doing.
     */
    @Override
    public void close() {
        try {
            toWorker.close();
        } catch (IOException alreadyGone) {
            // the worker died first: nothing to tell it
        }
        awaitExit();
        try {
            fromWorker.close();
        } catch (IOException ignored) {
            // the worker has exited: nothing left to read
        }
    }
    // end::close[]
}
