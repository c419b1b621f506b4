package workbook.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * Marks a test class as the self-check of one exercise.
 *
 * <p>The class is tagged {@code exercise}: ordinary builds leave it to {@code ExerciseProofTest}, which
 * proves that each of its tests fails on the stub and passes on the reference solution, and
 * {@code ./workbook check} runs it against whatever the learner has written, then prints the
 * {@linkplain #hint() hint} of the first exercise that is not solved yet.
 *
 * <pre>{@code
 * @Exercise(id = "1.2", title = "Save a flag atomically", stub = FlagFile.class,
 *           hint = "Write to a temporary file in the same directory, then move it into place.")
 * class FlagFileTest { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag("exercise")
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
