// Mistake: copying straight into the target file, so that a reader sees a partial file
// Caught by: SafeSaveTest#while_copying_the_bytes_go_to_a_temporary_file_in_the_same_directory
// Says: a partial br.svg is visible while copying
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
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
