package workbook.support;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A chapter's known-wrong versions of its exercise solutions: each a copy of a reference solution with
 * one mistake that learners make, which the exercise's tests must catch.
 *
 * <p>A mistake lives in a source folder of its own, {@code src/known-wrong-mistakes/NAME/java}, holding the one
 * class it gets wrong, whose first lines say what the mistake is, which test catches it, and what that
 * test's failure message says:
 *
 * <pre>
 * // Mistake: a timeout for each wait instead of one deadline for the whole call
 * // Caught by: ExecutorMapTest#one_deadline_for_the_whole_call
 * // Says: one deadline
 * package workbook.ch03;
 * ...
 * </pre>
 *
 * <p>{@code ExerciseProofTest} compiles each against the reference solutions and runs the tests of the
 * exercise whose class it is; the mistake must fail the test it names, with a message that contains
 * what its header says. A {@code Caught by} with no {@code #method} names a test class that fails as a
 * whole, as {@code NoLeaks} fails a class that leaves a thread behind.
 */
final class Mistakes {

    /** One known-wrong version: its folder's name, its header, and the classes it holds. */
    record Mistake(String name, Path sources, String description, String caughtByClass, String caughtByMethod,
                   String says, List<String> classNames) {

        /** Whether the outcome of a test is the one this mistake's header names. */
        boolean namedBy(ExerciseRun.Outcome outcome) {
            String simple = outcome.testClass().substring(outcome.testClass().lastIndexOf('.') + 1);
            return simple.equals(caughtByClass)
                    && (caughtByMethod.isEmpty() ? outcome.isClassLevel() : outcome.method().equals(caughtByMethod));
        }

        /** Whether a failure message says what the header promises (case and spacing aside). */
        boolean isSaidBy(String message) {
            return normalize(message).contains(normalize(says));
        }

        private static String normalize(String text) {
            return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        }
    }

    private static final Pattern HEADER = Pattern.compile(
            "\\A\\s*// Mistake: (.+)\\R// Caught by: (\\w+)(?:#(\\w+))?\\s*\\R// Says: (.+)\\R");
    private static final Pattern CLASS_NAME = Pattern.compile("(?m)^package ([\\w.]+);");

    private Mistakes() {
    }

    /** The mistakes under {@code root} ({@code src/known-wrong-mistakes}), by name; a folder with a bad header is an error. */
    static List<Mistake> find(Path root) {
        List<Mistake> found = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                found.add(read(folder.getFileName().toString(), folder.resolve("java")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static Mistake read(String name, Path sources) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.isDirectory(sources) ? Files.walk(sources) : Stream.empty()) {
            files = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("mistake " + name + ": no .java file under " + sources
                    + " (the layout is src/known-wrong-mistakes/NAME/java/PACKAGE/Class.java)");
        }
        Matcher header = null;
        List<String> classNames = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher m = HEADER.matcher(text);
            if (m.find()) {
                header = m;
            }
            Matcher pkg = CLASS_NAME.matcher(text);
            String simple = file.getFileName().toString().replace(".java", "");
            classNames.add(pkg.find() ? pkg.group(1) + "." + simple : simple);
        }
        if (header == null) {
            throw new IllegalStateException("mistake " + name + ": " + files.get(0) + " must start with three lines:"
                    + " '// Mistake: what is wrong', '// Caught by: TestClass#method', '// Says: words of its message'");
        }
        return new Mistake(name, sources, header.group(1).strip(), header.group(2),
                Optional.ofNullable(header.group(3)).orElse(""), header.group(4).strip(), List.copyOf(classNames));
    }

    /**
     * Compiles a mistake into {@code out}, against {@code classpath} (the reference solutions first), and
     * returns {@code out}; a mistake that does not compile is an error that quotes javac.
     */
    static Path compile(Mistake mistake, Path out, List<Path> classpath) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("the proof needs a JDK, not a JRE, to compile the known mistakes");
        }
        Files.createDirectories(out);
        List<String> arguments = new ArrayList<>(List.of("-d", out.toString(), "--release", "21", "-proc:none",
                "-nowarn", "-encoding", "UTF-8", "-cp",
                String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList())));
        List<Path> sources;
        try (Stream<Path> files = Files.walk(mistake.sources())) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        StringWriter errors = new StringWriter();
        boolean ok;
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            ok = javac.getTask(errors, files, null, arguments, null, files.getJavaFileObjectsFromPaths(sources)).call();
        }
        if (!ok) {
            throw new IllegalStateException("mistake " + mistake.name() + " does not compile against the solutions"
                    + " (a known mistake must be a copy of its solution with one mistake):\n" + errors);
        }
        return out;
    }

    /** The class path the chapter's tests run on: Surefire's, since its own JVM sees only a booter jar. */
    static List<Path> testClasspath() {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Stream.of(path.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).toList();
    }
}
