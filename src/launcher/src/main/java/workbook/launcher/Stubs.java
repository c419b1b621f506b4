package workbook.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Puts an exercise's stub back: {@code ./workbook reset N.M}. The learner's version is first copied to
 * {@code .workbook/backups/N.M-TIME/}, so that reset never loses a file it did not write.
 *
 * <p>The stub is the file as the workbook's own history has it: the branch this clone follows
 * ({@code @{upstream}}, the workbook as it was cloned or last pulled), else {@code HEAD}.
 *
 * <pre>{@code
 * Optional<Path> backup = new Stubs(root).reset(chapter, exercise);   // empty if the file was the stub already
 * }</pre>
 */
final class Stubs {

    static final String BACKUPS = ".workbook/backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path root;

    Stubs(Path root) {
        this.root = root;
    }

    /** Restores the stub; returns where the learner's version went, or nothing if there was nothing to keep. */
    Optional<Path> reset(Chapter chapter, Chapter.Exercise exercise) throws IOException, InterruptedException {
        Path file = chapter.dir().resolve(exercise.stub());
        String inGit = root.relativize(file).toString().replace('\\', '/');
        byte[] stub = git("show", revision() + ":" + inGit);
        if (stub == null) {
            throw new IOException("git does not know " + inGit + ", so there is no stub to put back");
        }
        Optional<Path> backup = Optional.empty();
        if (Files.exists(file)) {
            if (Arrays.equals(Files.readAllBytes(file), stub)) {
                return Optional.empty();
            }
            Path folder = root.resolve(BACKUPS).resolve(exercise.id() + "-" + LocalDateTime.now().format(STAMP));
            for (int n = 2; Files.exists(folder); n++) {
                folder = folder.resolveSibling(exercise.id() + "-" + LocalDateTime.now().format(STAMP) + "-" + n);
            }
            Path copy = Files.createDirectories(folder).resolve(file.getFileName());
            Files.copy(file, copy);
            backup = Optional.of(copy);
        }
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Files.write(part, stub);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return backup;
    }

    /** The branch this clone follows, if git knows one, else {@code HEAD}. */
    private String revision() throws IOException, InterruptedException {
        return git("rev-parse", "--verify", "--quiet", "@{upstream}") != null ? "@{upstream}" : "HEAD";
    }

    /** What {@code git ARGS} prints in the workbook's root, or null if it fails. */
    private byte[] git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
        command.addAll(List.of(args));
        Process git;
        try {
            git = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException noGit) {
            throw new IOException("reset needs git on the PATH, to find the stub in the workbook's history", noGit);
        }
        byte[] out;
        try (InputStream in = git.getInputStream()) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            in.transferTo(buffer);
            out = buffer.toByteArray();
        }
        return Children.await(git) == 0 ? out : null;
    }
}
