// Mistake: catching the read error and returning, so that the caller believes the flag was saved
// Caught by: SafeSaveTest#a_download_that_breaks_off_leaves_nothing_behind
// Says: the read error reaches the caller
package workbook.ch01;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
        Path target = dir.resolve(fileName);
        Path temp = Files.createTempFile(dir, fileName, ".part");
        try {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            return Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            return target; // the caller never hears of it
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
