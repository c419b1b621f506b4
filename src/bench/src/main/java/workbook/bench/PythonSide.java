package workbook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the Python side-by-side scripts of {@code src/bench/python} with the {@code python3} on the
 * path, if there is one: a benchmark that has a Python side writes it into its results file too, and
 * leaves it out, saying so, on a machine without Python.
 *
 * <pre>{@code
 * Optional<List<String>> lines = PythonSide.run("primes_three_ways.py", Duration.ofMinutes(5), "2");
 * }</pre>
 */
final class PythonSide {

    /** Where the scripts are, under the workbook's root. */
    static final Path FOLDER = Path.of("src/bench/python");

    private PythonSide() {
    }

    /**
     * The lines {@code script} printed, or empty if there is no {@code python3} to run it.
     *
     * @throws IOException if the script failed or outlived {@code minutes}; it is killed then
     */
    static Optional<List<String>> run(String script, int minutes, String... args) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("workbook.root", ".")).toAbsolutePath();
        Path file = root.resolve(FOLDER).resolve(script);
        if (!Files.isRegularFile(file)) {
            throw new IOException("no Python script " + file);
        }
        List<String> command = new ArrayList<>(List.of("python3", file.toString()));
        command.addAll(List.of(args));
        Process python;
        try {
            python = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException noPython) {
            System.out.println("No python3 on the path: the Python side of this benchmark is left out.");
            return Optional.empty();
        }
        try {
            python.getOutputStream().close();
            // what it prints is a few lines, read once it has ended; it never fills the pipe
            if (!python.waitFor(minutes, TimeUnit.MINUTES)) {
                throw new IOException(script + " did not end within " + minutes + " minutes");
            }
            List<String> lines = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            if (python.exitValue() != 0) {
                throw new IOException(script + " failed with exit status " + python.exitValue() + ": " + lines);
            }
            lines.forEach(System.out::println);
            return Optional.of(lines);
        } finally {
            python.destroyForcibly(); // a no-op once it has ended
            python.waitFor();
        }
    }
}
