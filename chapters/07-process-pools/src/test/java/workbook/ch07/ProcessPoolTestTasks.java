package workbook.ch07;

import java.nio.file.Files;
import java.nio.file.Path;

/** Tasks for the tests that need a worker busy for as long as the test likes. */
final class ProcessPoolTestTasks {

    private ProcessPoolTestTasks() {
    }

    /** Runs until its JVM ends: no exit, no look at the interrupt flag. */
    static Object spin() {
        while (true) {
            Thread.onSpinWait();
        }
    }

    /** Creates {@code marker}, so a test knows the task has started, then spins. */
    static Object markThenSpin(String marker) throws Exception {
        Files.createFile(Path.of(marker));
        return spin();
    }
}
