package workbook.ch07;

import java.io.File;

/**
 * The class path for a child JVM that must run the same classes as this test: the folders (or jars) the
 * given classes were loaded from come first, then this JVM's class path.
 *
 * <p>It matters for the exercises. The proof loads a test and the classes it tests from
 * {@code target/test-classes} and either {@code target/classes} (the stubs) or
 * {@code target/solution-classes}, while {@code java.class.path} names {@code target/classes} only: a
 * child given {@code java.class.path} alone would run the stub even when the test runs the solution.
 */
final class ChildClasspath {

    private ChildClasspath() {
    }

    static String of(Class<?>... anchors) {
        return WorkerProcess.classpathOf(anchors) + File.pathSeparator + System.getProperty("java.class.path");
    }
}
