package workbook.ch07;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tasks and values for the tests: a worker kept busy for as long as a test likes, a deep object graph. */
final class ProcessPoolTestTasks {

    /** A linked list: serialization nests one level per node. */
    record Node(int value, Node next) implements Serializable {
        static Node chain(int length) {
            Node head = null;
            for (int i = 0; i < length; i++) {
                head = new Node(i, head);
            }
            return head;
        }
    }

    private ProcessPoolTestTasks() {
    }

    /** Runs until its JVM ends: no exit, no look at the interrupt flag. */
    static Object spin() {
        while (true) {
            Thread.onSpinWait();
        }
    }

    /** Waits, in a worker, until the test creates {@code release}; gives up after a minute. */
    static long awaitFile(String release) throws InterruptedException {
        for (int i = 0; i < 6000 && !Files.exists(Path.of(release)); i++) {
            Thread.sleep(10); // another process makes the file: polling is the only way to see it
        }
        if (!Files.exists(Path.of(release))) {
            throw new IllegalStateException("nobody created " + release + " within a minute");
        }
        return ProcessHandle.current().pid();
    }

    /**
     * Makes its worker ignore SIGTERM, as a JVM may whose native code or launcher set it so (Python:
     * {@code signal.signal(SIGTERM, SIG_IGN)}), then creates {@code marker} and spins. {@code sun.misc.Signal}
     * is reached by reflection: it is the JDK's only way to set a signal's disposition, and compiled
     * against, it draws a warning that no annotation silences.
     */
    static Object ignoreSigtermThenSpin(String marker) throws Exception {
        Class<?> signal = Class.forName("sun.misc.Signal");
        Class<?> handler = Class.forName("sun.misc.SignalHandler");
        Object term = signal.getConstructor(String.class).newInstance("TERM");
        signal.getMethod("handle", signal, handler).invoke(null, term, handler.getField("SIG_IGN").get(null));
        return markThenSpin(marker);
    }

    /** Creates {@code marker}, so a test knows the task has started, then spins. */
    static Object markThenSpin(String marker) throws Exception {
        Files.createFile(Path.of(marker));
        return spin();
    }
}
