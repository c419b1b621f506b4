package workbook.flags;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Saves downloaded flags so that a reader sees either the whole file or none: never a partial one.
 *
 * <pre>{@code
 * FlagFiles.save(outputDir, "br.svg", svg);
 * }</pre>
 */
public final class FlagFiles {

    private FlagFiles() {
    }

    // tag::save[]
    /**
     * Writes {@code bytes} to {@code dir/fileName}: first to a temporary file in the same directory, then
     * moved into place in one step, so a crash or a failed write leaves no partial file behind.
     */
    public static Path save(Path dir, String fileName, byte[] bytes) throws IOException {
        Path target = dir.resolve(fileName);
        Path temp = Files.createTempFile(dir, "." + fileName + ".", ".part");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } finally {
            Files.deleteIfExists(temp); // gone already after a successful move
        }
    }
    // end::save[]
}
