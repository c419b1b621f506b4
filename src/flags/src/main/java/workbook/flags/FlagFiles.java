package workbook.flags;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

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
        // Not Files.createTempFile: its first call seeds a SecureRandom, 40 ms here, and every download
        // that finishes at that moment waits for it. A random name that must be new does the same job.
        Path temp = dir.resolve("." + fileName + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
        try {
            Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
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
