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
 * {@linkplain #hint() hint} of the first exercise that is not solved yet. {@link HangGuard} ends any of
 * its tests that hangs, and says where the code waited.
 *
 * <pre>{@code
 * @Exercise(id = "1.3", title = "Save a download whole or not at all", stub = SafeSave.class,
 *           hint = "Write to a temporary file in the same directory, then move it into place.")
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

    /** A nudge towards the solution, shown by the self-check and in the book. */
    String hint();
}
