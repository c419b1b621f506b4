package workbook.ch07;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The main class of a worker JVM: it reads tasks from its standard input, runs them one at a time and
 * writes each result or exception to its standard output, until its standard input ends.
 *
 * <p>A {@link ProcessPool} starts it as {@code java -cp CLASSPATH workbook.ch07.WorkerMain FILTER}; to
 * try one by hand, {@link WorkerProcess#start} does the same. The end of standard input is the one
 * signal a worker is sure to get: the kernel closes the pipe when the pool closes it, and also when the
 * pool's JVM is killed. So the pipe is read on a thread of its own, the main thread, which halts the JVM
 * at once at the end of the stream, even in the middle of a task: no worker outlives its pool.
 */
public final class WorkerMain {

    /** The exit status of a worker whose initializer threw. */
    public static final int INITIALIZER_FAILED = 3;
    /** The exit status of a worker that read something that is not a frame. */
    public static final int PROTOCOL_ERROR = 4;

    private WorkerMain() {
    }

    // tag::main[]
    public static void main(String[] args) throws InterruptedException {
        ObjectInputFilter filter = filter(args);
        var out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(System.err); // the pipe belongs to the protocol: what tasks print goes to stderr
        var in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));

        BlockingQueue<WorkerProtocol.Frame> frames = new LinkedBlockingQueue<>();
        Thread.ofPlatform().name("task-runner").start(() -> runTasks(frames, filter, out));
        try {
            for (WorkerProtocol.Frame frame; (frame = WorkerProtocol.read(in)) != null; ) {
                frames.put(frame);
            }
        } catch (IOException e) {
            e.printStackTrace();
            Runtime.getRuntime().halt(PROTOCOL_ERROR);
        }
        Runtime.getRuntime().halt(0); // end of input: the pool is done with us, or gone
    }
    // end::main[]

    /** The filter that is the only argument; a usage message and exit status 2 for anything else. */
    private static ObjectInputFilter filter(String[] args) {
        try {
            if (args.length == 1) {
                return ObjectInputFilter.Config.createFilter(args[0]);
            }
        } catch (IllegalArgumentException e) {
            System.err.println("Not a filter pattern: " + e.getMessage());
        }
        System.err.println("Usage: java -cp CLASSPATH workbook.ch07.WorkerMain FILTER (a ProcessPool starts its"
                + " workers so, and writes them tasks; try ./workbook run 7 --example ResultAndExceptionFromWorker)");
        System.exit(2);
        return null; // not reached
    }

    // tag::run-tasks[]
    private static void runTasks(BlockingQueue<WorkerProtocol.Frame> frames, ObjectInputFilter filter,
                                 DataOutputStream out) {
        try {
            while (true) {
                WorkerProtocol.Frame frame = frames.take();
                if (frame.kind() == WorkerProtocol.INIT) {
                    initialize(frame, filter);
                    continue;
                }
                WorkerProtocol.Frame reply;
                try {
                    Object value = ((Callable<?>) WorkerProtocol.deserialize(frame.payload(), filter)).call();
                    reply = new WorkerProtocol.Frame(WorkerProtocol.VALUE, frame.id(), WorkerProtocol.serialize(value));
                } catch (Throwable t) { // whatever the task threw, or why it could not be read or written
                    reply = new WorkerProtocol.Frame(WorkerProtocol.FAILURE, frame.id(), failure(t, filter));
                }
                if (reply.payload().length > WorkerProtocol.MAX_FRAME) {
                    reply = new WorkerProtocol.Frame(WorkerProtocol.FAILURE, frame.id(), failure(new IOException(
                            "the result is " + reply.payload().length + " bytes: more than a frame holds"), filter));
                }
                WorkerProtocol.write(out, reply);
            }
        } catch (InterruptedException | IOException e) { // the pipe to the pool broke: nobody listens
            Runtime.getRuntime().halt(PROTOCOL_ERROR);
        }
    }
    // end::run-tasks[]

    private static void initialize(WorkerProtocol.Frame frame, ObjectInputFilter filter) {
        try {
            ((Runnable) WorkerProtocol.deserialize(frame.payload(), filter)).run();
        } catch (Throwable t) {
            System.err.println("The worker's initializer failed:");
            t.printStackTrace();
            Runtime.getRuntime().halt(INITIALIZER_FAILED);
        }
    }

    /**
     * The exception {@code t} as the pool will be able to read it: itself if it passes the same filter
     * the pool reads with, else a {@link RemoteTaskException} that keeps its type, message and stack.
     */
    private static byte[] failure(Throwable t, ObjectInputFilter filter) throws IOException {
        try {
            byte[] bytes = WorkerProtocol.serialize(t);
            WorkerProtocol.deserialize(bytes, filter);
            return bytes;
        } catch (IOException | ClassNotFoundException | RuntimeException notPortable) {
            return WorkerProtocol.serialize(RemoteTaskException.of(t));
        }
    }
}
