package workbook.ch07;

import java.io.IOException;
import java.io.Serializable;
import java.util.concurrent.ExecutionException;

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
        // TODO exercise 7.1: start the child JVM, send it the task, read back its Outcome
        throw new UnsupportedOperationException(
                "Exercise 7.1 (run one task in a child JVM) is not solved yet: write OneTaskInChildJvm.call in src/exercise/java");
    }

    /** The child's side: reads one task from standard input, runs it, writes its {@link Outcome} to standard output. */
    public static void main(String[] args) throws IOException, ClassNotFoundException {
        // TODO exercise 7.1: read one task from System.in, run it, write its Outcome to System.out
        throw new UnsupportedOperationException(
                "Exercise 7.1 (run one task in a child JVM) is not solved yet: write OneTaskInChildJvm.main in src/exercise/java");
    }
}
