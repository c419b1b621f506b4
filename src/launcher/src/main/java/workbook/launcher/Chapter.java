package workbook.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * A chapter of the workbook as its catalogue describes it: its folder and number, which the folder's
 * name gives before anything is built, and what its build wrote into {@code target/workbook-catalogue.json}.
 *
 * @param dir        the chapter's folder, such as {@code chapters/01-flags}
 * @param number     the chapter's number
 * @param title      its title, without the number; the folder's name until the chapter is built
 * @param main       the flagship example's class, which {@code ./workbook run NN} starts, or ""
 * @param jvmArgs    the JVM options its examples run with
 * @param aot        whether its examples run with an ahead-of-time cache (JDK 24 and newer)
 * @param warmUp     whether the HTTP client is loaded before its example's {@code main}
 * @param examples   its runnable classes
 * @param exercises  its exercises, in the order of their ids
 */
record Chapter(Path dir, int number, String title, String main, List<String> jvmArgs, boolean aot, boolean warmUp,
        List<Example> examples, List<Exercise> exercises) {

    /** The chapter in {@code dir} before its build has said more. */
    static Chapter unbuilt(Path dir, int number) {
        return new Chapter(dir, number, dir.getFileName().toString(), "", List.of(), false, false, List.of(), List.of());
    }

    /** The folder's name, such as {@code 01-flags}. */
    String name() {
        return dir.getFileName().toString();
    }

    /**
     * A class with a {@code main} method.
     *
     * @param arguments the arguments it takes, as in {@code [DIR]}; null if it takes none
     */
    record Example(String name, String className, boolean flagship, String arguments) {
    }

    /**
     * An exercise: its test class, the learner's stub and the reference solution (paths relative to the
     * chapter), and its hint in levels.
     */
    record Exercise(String id, String title, String test, String stub, String solution, List<String> hint) {
    }
}
