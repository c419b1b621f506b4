package workbook.launcher;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The workbook the launcher works on: its root folder and the parts that build, read and run it. Each
 * command is handed one.
 *
 * @param root      the workbook's root folder (where {@code ./workbook} is)
 * @param build     its Maven build
 * @param catalogue its chapters
 * @param jvm       what runs a chapter's examples
 * @param selfCheck what runs its exercise tests
 * @param out       where commands write for the learner
 */
record Workbook(Path root, Build build, Catalogue catalogue, Jvm jvm, SelfCheck selfCheck, PrintStream out) {

    /** The workbook in {@code root}, its commands writing to {@code out}. */
    static Workbook at(Path root, PrintStream out) {
        return at(root, out, ProcessBuilder.Redirect.INHERIT);
    }

    /** The workbook in {@code root}, its commands writing to {@code out}, the examples they run to {@code examples}. */
    static Workbook at(Path root, PrintStream out, ProcessBuilder.Redirect examples) {
        Build build = new Build(root);
        return new Workbook(root, build, new Catalogue(root, build), new Jvm(build, examples), new SelfCheck(build, out), out);
    }
}
