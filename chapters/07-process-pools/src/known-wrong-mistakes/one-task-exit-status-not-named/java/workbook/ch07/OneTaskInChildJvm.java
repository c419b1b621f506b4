// Mistake: the IOException for a child that died without an outcome does not say its exit status, which the javadoc promises
// Caught by: OneTaskInChildJvmTest#a_child_that_dies_without_an_answer_is_an_IOException_naming_its_exit_status
// Says: exit status 7
package workbook.ch07;

import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Exercise 7.1: runs one task in a new JVM and brings back its result, or its exception: both sides of
 * the smallest process pool there is, with plain object streams over the child's standard input and output.
 *
 * <pre>{@code
 * long pid = OneTaskInChildJvm.call(() -> ProcessHandle.current().pid(), System.getProperty("java.class.path"));
 * }</pre>
 */
public final class OneTaskInChildJvm {

    /** What the child writes back: the task's result, or the exception it threw (then {@code value} is null). */
    public record Outcome(Object value, Throwable failure) implements Serializable {
    }

    /** How long a child that has answered, or broken its pipe, gets to exit before it is killed. */
    static final Duration GRACE = Duration.ofSeconds(2);

    private OneTaskInChildJvm() {
    }

    /**
     * Starts {@code java -cp classpath workbook.ch07.OneTaskInChildJvm} (this JVM's {@code java}, standard error
     * inherited), writes {@code task} to its standard input, closes it, reads one {@link Outcome} from its
     * standard output through {@code WorkerProtocol.filter(WorkerProtocol.ALLOWED)}, and waits for it to exit.
     *
     * @throws ExecutionException if the task threw: the cause is the very exception it threw in the child
     * @throws IOException        if the child ended without an outcome: the message says
     *                            {@code "exit status N"} with its exit status
     */
    public static <T> T call(Task<T> task, String classpath) throws ExecutionException, IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-cp", classpath, OneTaskInChildJvm.class.getName()))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            try (ObjectOutputStream out = new ObjectOutputStream(child.getOutputStream())) {
                out.writeObject(task);
            }
            Outcome outcome;
            try (ObjectInputStream in = new ObjectInputStream(child.getInputStream())) {
                in.setObjectInputFilter(WorkerProtocol.filter(WorkerProtocol.ALLOWED));
                outcome = (Outcome) in.readObject();
            } catch (IOException | ClassNotFoundException e) {
                throw new IOException("no outcome from the child", e);
            }
            // the outcome is in; a child that lingers (a task left a thread running) is stopped below
            child.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            if (outcome.failure() != null) {
                throw new ExecutionException(outcome.failure());
            }
            @SuppressWarnings("unchecked")
            T value = (T) outcome.value();
            return value;
        } finally {
            child.destroyForcibly(); // a no-op once it has exited; never leave a child behind
            child.waitFor();
        }
    }

    /** The child's exit status, once it has exited: at most {@link #GRACE} from now, else it is killed first. */
    private static int exitStatus(Process child) throws InterruptedException {
        if (!child.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
            child.destroyForcibly();
        }
        return child.waitFor();
    }

    /** The child's side: reads one task from standard input, runs it, writes its {@link Outcome} to standard output. */
    public static void main(String[] args) throws IOException, ClassNotFoundException {
        ObjectInputFilter filter = WorkerProtocol.filter(WorkerProtocol.ALLOWED);
        Callable<?> task;
        try (ObjectInputStream in = new ObjectInputStream(System.in)) {
            in.setObjectInputFilter(filter);
            task = (Callable<?>) in.readObject();
        }
        PrintStream stdout = System.out;
        System.setOut(System.err); // what the task prints must not mix with the outcome
        Outcome outcome;
        try {
            outcome = new Outcome(task.call(), null);
        } catch (Exception e) {
            outcome = new Outcome(null, e);
        }
        try (ObjectOutputStream out = new ObjectOutputStream(stdout)) {
            out.writeObject(outcome);
        }
    }
}
