package workbook.ch01;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Exercise 1.3: saves a download as it arrives, so that the file appears whole or not at all.
 *
 * <pre>{@code
 * try (InputStream body = response.body()) {
 *     SafeSave.save(body, outputDir, "br.svg");
 * }
 * }</pre>
 */
public final class SafeSave {

    private SafeSave() {
    }

    /**
     * Copies {@code in} to {@code dir/fileName}, replacing any file of that name. A reader of the
     * directory never sees a partial file: while copying, the bytes go to a temporary file in the same
     * directory, which is then moved into place atomically. If reading or writing fails, the exception
     * is thrown and nothing is left behind: no temporary file, and no change to an existing file.
     *
     * @return the saved file
     */
    public static Path save(InputStream in, Path dir, String fileName) throws IOException {
        // TODO exercise 1.3: save a download whole or not at all
        throw new UnsupportedOperationException(
                "Exercise 1.3 (save a download whole or not at all) is not solved yet: write SafeSave.save in src/exercise/java");
    }
}
