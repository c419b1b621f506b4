package workbook.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class as the self-check of one exercise.
 *
 * <p>The class is tagged {@code exercise}: ordinary builds leave it to {@code ExerciseProofTest}, which
 * proves that each of its tests fails on the stub and passes on the reference solution, and
 * {@code ./workbook check} runs it against whatever the learner has written, then prints the
 * first level of the {@linkplain #hint() hint} of the first exercise that is not solved yet;
 * {@code ./workbook hint N.M} gives one more level each time it is asked. {@link HangGuard} ends any of
 * its tests that hangs, and says where the code waited.
 *
 * <pre>{@code
 * @Exercise(id = "1.3", title = "Save a download whole or not at all", stub = SafeSave.class, hint = {
 *         "A reader may look at the file while it is written: what could they see?",
 *         "Write somewhere the reader does not look, then put the whole file in place in one step." })
 * class SafeSaveTest { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag("exercise")
@ExtendWith(HangGuard.class)
public @interface Exercise {

    /** The exercise's number within the book, {@code "chapter.n"}, such as {@code "1.2"}. */
    String id();

    /** What the learner builds, in a few words. */
    String title();

    /** The class the learner edits (its stub lives in {@code src/exercise/java}). */
    Class<?> stub();

    /**
     * The hint in levels, each telling more than the one before: first a nudge, then the approach. No level
     * gives the code away; the launcher adds a last one that says where the reference solution lives. The
     * self-check and the book show the first level only. A single string is a hint of one level. Code in a
     * level goes in backticks, as in Markdown: the terminal shows them as they are, the book as code.
     */
    String[] hint();
}
