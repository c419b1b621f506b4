package workbook.ch07;

import java.io.IOException;
import java.io.Serializable;
import java.io.StreamCorruptedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RunnableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An {@link java.util.concurrent.ExecutorService} that runs each task in one of a few worker JVMs, as
 * Python's {@code ProcessPoolExecutor}: tasks are {@link Task}s (serializable callables), and their
 * results and exceptions come back to the returned futures.
 *
 * <pre>{@code
 * try (ProcessPool pool = new ProcessPool(2)) {          // close() waits for the tasks, like Python's with
 *     Future<Boolean> prime = pool.submit(() -> Primes.isPrime(n));
 *     System.out.println(prime.get());
 * }
 * }</pre>
 *
 * <p>What Python's pool does, this one does: the default size is the number of available processors;
 * an {@linkplain Builder#initializer initializer} runs once in each worker;
 * {@linkplain Builder#maxTasksPerWorker after a number of tasks} a worker exits and a new one takes its
 * place, giving its memory back; a worker that dies breaks the pool ({@link BrokenPoolException}: every
 * unfinished task fails with it, and every later submit throws it). {@link #shutdownNow()} terminates the
 * workers, and kills those still alive after a grace period; {@link #terminateWorkers()} and
 * {@link #killWorkers()} are Python 3.14's {@code terminate_workers()} and {@code kill_workers()}, which
 * leave the pool broken. The workers start with the pool, in the background, and a fresh one as soon as
 * another has run its maximum of tasks.
 *
 * <p>Each worker runs one task at a time; a thread of this JVM per worker sends it tasks and reads the
 * replies. {@code cancel} on a task already sent does not stop it (the reply is then ignored);
 * {@code shutdownNow} does.
 */
public final class ProcessPool extends AbstractExecutorService {

    /*
     * Implementation notes.
     *
     * The pool is a queue of tasks and, per worker, a slot: a platform thread that owns one worker JVM
     * (a WorkerProcess) and is the only thread that talks to it. A slot takes a task from the queue,
     * sends it, waits for its reply and completes the task's future, then takes the next: one task in
     * flight per worker, as each of Python's workers takes one call at a time from its queue. A worker
     * that is busy is never handed a second task, so a long task never waits behind another one while
     * a different worker is idle. What it costs is a round trip per task (the slot wakes up, writes the
     * next task, the worker wakes up), which only a job of very short tasks notices. The bench
     * worker-startup measures it (1,000 trivial tasks through a warm pool of 2), and
     * such a job is better sent as fewer, larger tasks, as Python's map(chunksize=...) does.
     *
     * Tasks are serialized by newTaskFor, in the caller's thread, so that a task that cannot travel is
     * rejected by submit itself; a slot only copies bytes. A slot ends when it takes a STOP: shutdown
     * puts one per slot behind the queued tasks, so that every task submitted before it still runs.
     *
     * State (RUNNING, SHUTDOWN, STOPPING, BROKEN) and the failure that broke the pool are guarded by
     * lock; the queue and the set of live workers are concurrent and need no lock. A slot whose worker
     * is lost calls lost(): while STOPPING (shutdownNow) that is expected and the task is cancelled;
     * otherwise the pool breaks, once: the first failure is kept, every queued task fails with it, and
     * the other workers are terminated. terminateWorkers() and killWorkers() break it on purpose, as
     * Python's terminate_workers() does: they cancel the queued tasks themselves and keep a failure that
     * is a stop, which lost() turns into one per running task, naming its worker's exit status. Workers are stopped by signals sent through ProcessHandle,
     * never by Process.destroy(), which would also close the pipes and so wait for a slot that may be
     * blocked writing to a worker that does not read; each slot then learns of its worker's end from
     * its pipe. The worker reads its pipe on a thread of its own (WorkerMain), so the end of its input
     * stops it even in the middle of a task.
     */

    /** Runs once in each worker as it starts, like Python's {@code initializer}; it must be serializable. */
    @FunctionalInterface
    public interface Initializer extends Runnable, Serializable {
    }

    /** Chooses a pool's options; {@link #build()} makes the pool. */
    public static final class Builder {
        private int workers = Runtime.getRuntime().availableProcessors();
        private int maxTasksPerWorker;
        private WorkerProcess.Spec spec = WorkerProcess.Spec.defaults();

        private Builder() {
        }

        /** How many worker JVMs (default: {@code Runtime.availableProcessors()}). */
        public Builder workers(int workers) {
            if (workers < 1) {
                throw new IllegalArgumentException("a pool needs at least 1 worker, not " + workers);
            }
            this.workers = workers;
            return this;
        }

        /** After this many tasks a worker exits and a fresh one replaces it (default 0: never). */
        public Builder maxTasksPerWorker(int tasks) {
            if (tasks < 0) {
                throw new IllegalArgumentException("max tasks per worker must be 0 (no limit) or more, not " + tasks);
            }
            this.maxTasksPerWorker = tasks;
            return this;
        }

        /** Runs {@code initializer} in each worker before its first task; if it throws, the pool breaks. */
        public Builder initializer(Initializer initializer) {
            spec = spec.withInitializer(initializer);
            return this;
        }

        /** The workers' class path (default: this JVM's {@code java.class.path}). */
        public Builder classpath(String classpath) {
            spec = spec.withClasspath(classpath);
            return this;
        }

        /**
         * The workers' JVM options. The default, {@link WorkerProcess#fastStartLikeThisJvm()}, makes a
         * worker start sooner (the C1 compiler only, the serial collector, and this JVM's class-data
         * archive if it has one) at the price of a slower warm-up: a pool whose workers live long and run
         * many short tasks may prefer {@code List.of()}, the JVM's own defaults. A log they ask for must
         * go to standard error or a file: standard output carries the results.
         */
        public Builder jvmOptions(List<String> options) {
            spec = spec.withJvmOptions(options);
            return this;
        }

        /**
         * Also accepts these classes from and in workers, such as {@code "com.example.**"}. By default a
         * pool and its workers accept only values from {@code java.lang}, {@code java.math} and
         * {@code java.time}, lambdas, the JDK's immutable lists, and the workbook's own classes.
         */
        public Builder allow(String... patterns) {
            List<String> allowed = new ArrayList<>(spec.allowed());
            allowed.addAll(List.of(patterns));
            spec = new WorkerProcess.Spec(spec.jvmOptions(), spec.classpath(), allowed, spec.initializer(), spec.grace());
            return this;
        }

        /** How long a worker told to exit gets before it is killed (default 2 s). */
        public Builder grace(Duration grace) {
            spec = spec.withGrace(grace);
            return this;
        }

        public ProcessPool build() {
            return new ProcessPool(this);
        }
    }

    private enum State { RUNNING, SHUTDOWN, STOPPING, BROKEN }

    private static final AtomicInteger POOLS = new AtomicInteger();
    private static final RemoteFuture<Object> STOP = new RemoteFuture<>(0, () -> null, new byte[0]);

    private final String name = "process-pool-" + POOLS.incrementAndGet();
    private final int workers;
    private final int maxTasksPerWorker;
    private final WorkerProcess.Spec spec;
    private final BlockingQueue<RemoteFuture<?>> queue = new LinkedBlockingQueue<>();
    private final Set<WorkerProcess> live = ConcurrentHashMap.newKeySet();
    private final CountDownLatch terminated;
    private final AtomicLong ids = new AtomicLong();
    private final Object lock = new Object();
    private State state = State.RUNNING; // guarded by lock
    private BrokenPoolException broken;  // guarded by lock

    /** A pool of {@code Runtime.availableProcessors()} workers with the default options. */
    public ProcessPool() {
        this(builder());
    }

    /** A pool of {@code workers} workers with the default options. */
    public ProcessPool(int workers) {
        this(builder().workers(workers));
    }

    private ProcessPool(Builder builder) {
        this.workers = builder.workers;
        this.maxTasksPerWorker = builder.maxTasksPerWorker;
        this.spec = builder.spec;
        this.terminated = new CountDownLatch(workers);
        for (int i = 0; i < workers; i++) {
            Thread.ofPlatform().name(name + "-slot-" + i).start(this::runSlot);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Submits a task to run in a worker; a lambda written here is a {@link Task}, so it is serializable. */
    public <T> Future<T> submit(Task<T> task) {
        return super.submit(task);
    }

    // tag::new-task[]
    /** Serializes the task now, in the caller's thread: a task that cannot travel is rejected on the spot. */
    @Override
    protected <T> RunnableFuture<T> newTaskFor(Callable<T> callable) {
        if (!(callable instanceof Serializable)) {
            throw new RejectedExecutionException(callable + " is not Serializable: to run in a worker JVM, "
                    + "a task must be a Task (a serializable lambda or class), as Python's must be picklable");
        }
        byte[] bytes;
        try {
            bytes = WorkerProtocol.serialize(callable);
        } catch (IOException e) {
            throw new RejectedExecutionException("the task cannot be serialized: " + e, e);
        }
        if (bytes.length > WorkerProtocol.MAX_FRAME) {
            throw new RejectedExecutionException("the task is " + bytes.length + " bytes, more than a frame holds");
        }
        return new RemoteFuture<>(ids.incrementAndGet(), callable, bytes);
    }
    // end::new-task[]

    @Override
    protected <T> RunnableFuture<T> newTaskFor(Runnable runnable, T value) {
        if (!(runnable instanceof Serializable)) {
            throw new RejectedExecutionException(runnable + " is not Serializable: it cannot run in a worker JVM");
        }
        return newTaskFor((Task<T>) () -> {
            runnable.run();
            return value;
        });
    }

    /** Runs {@code command} in a worker; it must be serializable. */
    @Override
    public void execute(Runnable command) {
        RemoteFuture<?> task = command instanceof RemoteFuture<?> f ? f : (RemoteFuture<?>) newTaskFor(command, null);
        synchronized (lock) {
            if (state == State.BROKEN) {
                throw broken.again();
            }
            if (state != State.RUNNING) {
                throw new RejectedExecutionException(name + " is shut down");
            }
            queue.add(task);
        }
    }

    // tag::slot[]
    /**
     * One slot of the pool: starts a worker, then takes a task from the queue, sends it to the worker,
     * waits for the reply and completes the task's future with it, one task after the other, until it
     * takes a STOP. After {@code maxTasksPerWorker} tasks it replaces its worker with a fresh one.
     */
    private void runSlot() {
        WorkerProcess worker = null;
        RemoteFuture<?> task = null; // the task the worker is running, if any
        try {
            worker = startWorker(); // now, while the caller is still busy submitting
            while ((task = queue.take()) != STOP) {
                if (!task.isDone()) { // else it was cancelled while it waited
                    try {
                        task.succeed(worker.call(task.id, task.payload));
                    } catch (ExecutionException e) {
                        task.fail(e.getCause()); // the task threw: the worker is fine
                    }
                }
                task = null;
                if (worker.calls() == maxTasksPerWorker) {
                    retire(worker);          // its memory goes back to the system
                    worker = null;           // gone: a failed start below must not be blamed on it
                    worker = startWorker();
                }
            }
        } catch (IOException e) {
            lost(worker, task, e); // the worker is gone, or could not start
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (worker != null) {
                retire(worker);
            }
            terminated.countDown();
        }
    }
    // end::slot[]

    private WorkerProcess startWorker() throws IOException {
        WorkerProcess worker = WorkerProcess.start(spec);
        live.add(worker);
        synchronized (lock) {
            if (state == State.STOPPING || state == State.BROKEN) {
                worker.terminate(); // started as the pool stopped: it must not run anything
            }
        }
        return worker;
    }

    private void retire(WorkerProcess worker) {
        live.remove(worker);
        worker.close();
    }

    // tag::lost[]
    /** A worker died or was killed while running {@code task} (or none): cancel it, or break the pool. */
    private void lost(WorkerProcess worker, RemoteFuture<?> task, IOException why) {
        BrokenPoolException failure;
        synchronized (lock) {
            if (state == State.STOPPING) {
                if (task != null) {
                    task.cancel(false); // shutdownNow killed its worker
                }
                return;
            }
            failure = broken;
        }
        if (failure == null) {
            if (worker == null) {
                failure = BrokenPoolException.cannotStart(why);
            } else if (why instanceof StreamCorruptedException) { // alive, but what it says cannot be trusted
                worker.kill();
                failure = BrokenPoolException.garbled(worker.pid(), worker.awaitExit(), why);
            } else {
                failure = BrokenPoolException.died(worker.pid(), worker.awaitExit(), why);
            }
            failure = breakPool(failure);
        } else if (failure.isStop() && worker != null) {
            failure = failure.endedWorker(worker.pid(), worker.awaitExit()); // terminateWorkers or killWorkers
        }
        if (task != null) {
            task.fail(failure);
        }
    }

    /** Fails every queued task with {@code failure}, rejects new ones, terminates the other workers. */
    private BrokenPoolException breakPool(BrokenPoolException failure) {
        List<RemoteFuture<?>> pending = new ArrayList<>();
        synchronized (lock) {
            if (broken != null || state == State.STOPPING) {
                return broken != null ? broken : failure;
            }
            broken = failure;
            state = State.BROKEN;
            queue.drainTo(pending);
            stopSlots();
        }
        pending.forEach(task -> task.fail(failure));
        signalWorkers(false);
        return failure;
    }
    // end::lost[]

    /** Puts one STOP after everything queued, for each slot. */
    private void stopSlots() {
        for (int i = 0; i < workers; i++) {
            queue.add(STOP);
        }
    }

    // tag::terminate[]
    /**
     * Terminates every worker now (SIGTERM) and kills any still alive after the grace period (SIGKILL), from
     * a thread of its own; or, if {@code killNow}, kills them all at once. Returns at once: the slot threads
     * may be blocked reading from a worker that does not answer. Each slot learns of its worker's end from
     * its pipe, which the kernel closes.
     */
    private void signalWorkers(boolean killNow) {
        List<WorkerProcess> victims = List.copyOf(live);
        if (victims.isEmpty()) {
            return;
        }
        if (killNow) {
            victims.forEach(WorkerProcess::kill);
            return;
        }
        victims.forEach(WorkerProcess::terminate);
        Thread.ofPlatform().name(name + "-killer").start(() -> {
            long deadline = System.nanoTime() + spec.grace().toNanos();
            for (WorkerProcess victim : victims) {
                try {
                    victim.process().waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                victim.kill(); // a no-op for a worker that has exited
            }
        });
    }
    // end::terminate[]

    /** No new tasks; those submitted still run. Returns at once: {@link #close()} also waits. */
    @Override
    public void shutdown() {
        synchronized (lock) {
            if (state == State.RUNNING) {
                state = State.SHUTDOWN;
                stopSlots();
            }
        }
    }

    /**
     * No new tasks; the queued ones are cancelled and returned; the running ones are cancelled and their
     * workers terminated (SIGTERM), then killed (SIGKILL) if they outlive the grace period. Unlike
     * {@code ThreadPoolExecutor}'s, the returned tasks are cancelled: nobody waits for them forever.
     */
    @Override
    public List<Runnable> shutdownNow() {
        List<RemoteFuture<?>> never = new ArrayList<>();
        synchronized (lock) {
            if (state == State.RUNNING || state == State.SHUTDOWN) {
                state = State.STOPPING;
                queue.drainTo(never);
                never.removeIf(task -> task == STOP);
                stopSlots();
            }
        }
        never.forEach(task -> task.cancel(false));
        signalWorkers(false);
        return List.copyOf(never);
    }

    // tag::terminate-workers[]
    /**
     * Terminates every worker (SIGTERM), as Python 3.14's {@code terminate_workers()}, and leaves the pool
     * shut down and broken: the queued tasks are cancelled; a task that was running fails with a
     * {@link BrokenPoolException} naming its worker and how it ended (exit status 143 for SIGTERM); a
     * later {@code submit} throws one. A worker still alive after the grace period, because it ignores
     * SIGTERM or does not run at all, is killed (SIGKILL, status 137). Returns at once:
     * {@link #awaitTermination} waits until no worker is left.
     */
    public void terminateWorkers() {
        stopWorkers("terminateWorkers()", false);
    }

    /**
     * Kills every worker at once (SIGKILL, which no process can ignore), as Python 3.14's
     * {@code kill_workers()}; the pool and its tasks end as after {@link #terminateWorkers()}, with
     * exit status 137.
     */
    public void killWorkers() {
        stopWorkers("killWorkers()", true);
    }

    private void stopWorkers(String how, boolean killNow) {
        List<RemoteFuture<?>> never = new ArrayList<>();
        synchronized (lock) {
            if (state == State.RUNNING || state == State.SHUTDOWN) {
                state = State.BROKEN;
                broken = BrokenPoolException.stoppedBy(how);
                queue.drainTo(never);
                never.removeIf(task -> task == STOP);
                stopSlots(); // each slot ends once its worker has
            }
        }
        never.forEach(task -> task.cancel(false)); // as Python's shutdown(cancel_futures=True)
        signalWorkers(killNow);
    }
    // end::terminate-workers[]

    @Override
    public boolean isShutdown() {
        synchronized (lock) {
            return state != State.RUNNING;
        }
    }

    @Override
    public boolean isTerminated() {
        return terminated.getCount() == 0;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return terminated.await(timeout, unit);
    }

    /** Whether a worker died and broke the pool, or {@link #terminateWorkers()} or {@link #killWorkers()} did. */
    public boolean isBroken() {
        synchronized (lock) {
            return broken != null;
        }
    }

    /** The worker processes alive now. */
    public List<ProcessHandle> workers() {
        return live.stream().map(worker -> worker.process().toHandle()).filter(ProcessHandle::isAlive).toList();
    }

    /** How many workers the pool runs at most, like Python's {@code _max_workers}. */
    public int size() {
        return workers;
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks) throws InterruptedException, ExecutionException {
        try {
            return invokeAny(tasks, Long.MAX_VALUE, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new ExecutionException(e); // after 292 years
        }
    }

    /** The first result of {@code tasks} to succeed; the others are cancelled. */
    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("no tasks");
        }
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        BlockingQueue<Future<T>> done = new LinkedBlockingQueue<>();
        List<RemoteFuture<T>> futures = new ArrayList<>();
        try {
            for (Callable<T> task : tasks) {
                RemoteFuture<T> future = (RemoteFuture<T>) newTaskFor(task);
                future.onDone = () -> done.add(future);
                futures.add(future);
                execute(future);
            }
            ExecutionException last = null;
            for (int i = 0; i < futures.size(); i++) {
                Future<T> next = done.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (next == null) {
                    throw new TimeoutException("no task succeeded in time");
                }
                try {
                    return next.get();
                } catch (ExecutionException e) {
                    last = e;
                } catch (CancellationException e) {
                    last = new ExecutionException(e);
                }
            }
            throw last;
        } finally {
            futures.forEach(future -> future.cancel(false));
        }
    }

    @Override
    public String toString() {
        synchronized (lock) {
            return name + "[" + (isTerminated() ? "TERMINATED" : state) + ", " + live.size() + " of " + workers
                    + " workers, " + queue.stream().filter(task -> task != STOP).count() + " queued]";
        }
    }

    /** A task on its way to a worker: its serialized form, and the future its reply completes. */
    private static final class RemoteFuture<T> extends FutureTask<T> {
        final long id;
        final byte[] payload;
        volatile Runnable onDone;

        RemoteFuture(long id, Callable<T> task, byte[] payload) {
            super(task);
            this.id = id;
            this.payload = payload;
        }

        @SuppressWarnings("unchecked")
        void succeed(Object value) {
            set((T) value);
        }

        void fail(Throwable failure) {
            setException(failure);
        }

        @Override
        protected void done() {
            Runnable hook = onDone;
            if (hook != null) {
                hook.run();
            }
        }
    }
}
