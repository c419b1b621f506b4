package workbook.launcher;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The workbook's Maven build, as the launcher uses it: a module's class path, the chapters' catalogues,
 * each built only when a source or POM is newer than what the last build left.
 *
 * <pre>{@code
 * String classpath = new Build(root).classpath(root.resolve("chapters/01-flags"));
 * }</pre>
 */
final class Build {

    private final Path root;

    Build(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** Runs {@code ./mvnw ARGS} in the workbook's root with this JDK, its output to this terminal or to {@code log}. */
    int maven(List<String> args, Path log) throws IOException, InterruptedException {
        boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
        List<String> command = new ArrayList<>(windows
                ? List.of("cmd.exe", "/c", root.resolve("mvnw.cmd").toString())
                : List.of(root.resolve("mvnw").toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        if (log == null) {
            builder.inheritIO();
        } else {
            Files.createDirectories(log.getParent());
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
        }
        return Children.await(builder.start());
    }

    /** Builds the chapters in {@code dirs} far enough that each has written its catalogue. */
    void catalogues(List<Path> dirs) throws IOException, InterruptedException {
        String modules = dirs.stream().map(this::module).collect(Collectors.joining(","));
        System.err.println("Building " + modules.replace(",", ", ") + " ...");
        if (maven(List.of("-q", "-pl", modules, "-am", "process-test-classes", "-DskipTests"), null) != 0) {
            throw new IOException("the build failed (see above); fix it and try again");
        }
    }

    /**
     * The module's run-time class path: its classes and its dependencies, reactor modules as their
     * class folders. Built with Maven (and with it the chapter's catalogue) when any source or POM is
     * newer than the last one.
     */
    String classpath(Path module) throws IOException, InterruptedException {
        Path file = module.resolve("target/workbook.classpath");
        // a chapter's catalogue is written once its tests are compiled; other modules need their classes only
        build(module, module.startsWith(root.resolve("chapters")) ? "process-test-classes" : "compile", file);
        return module.resolve("target/classes") + File.pathSeparator + Files.readString(file).strip();
    }

    /**
     * The module's run-time class path as jars, its own first, for a JVM with an ahead-of-time cache;
     * when it builds them, it deletes the caches made from the jars before.
     */
    String jarClasspath(Path module) throws IOException, InterruptedException {
        Path file = module.resolve("target/workbook-jars.classpath");
        if (build(module, "package", file)) {
            try (Stream<Path> caches = Files.list(module.resolve("target"))) {
                for (Path stale : (Iterable<Path>) caches.filter(f -> f.toString().endsWith(".aot"))::iterator) {
                    Files.delete(stale);
                }
            }
        }
        try (Stream<Path> files = Files.list(module.resolve("target"))) {
            Path jar = files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().findFirst()
                    .orElseThrow(() -> new IOException("the build made no jar in " + module.resolve("target")));
            return jar + File.pathSeparator + Files.readString(file).strip();
        }
    }

    /**
     * Runs Maven up to {@code phase} for the module and the modules it needs, and writes its run-time
     * dependencies to {@code file}, if any source or POM is newer than that file; returns whether it did.
     */
    private boolean build(Path module, String phase, Path file) throws IOException, InterruptedException {
        List<Path> sources = new ArrayList<>(List.of(root.resolve("chapters")));
        if (Files.isDirectory(root.resolve("src"))) {
            try (Stream<Path> modules = Files.list(root.resolve("src"))) {
                // every module but the launcher, which no module needs
                modules.filter(m -> !m.getFileName().toString().equals("launcher")).forEach(sources::add);
            }
        }
        if (Files.exists(file) && !newer(Files.getLastModifiedTime(file), sources)
                && Files.getLastModifiedTime(root.resolve("pom.xml")).compareTo(Files.getLastModifiedTime(file)) <= 0) {
            return false;
        }
        System.err.println("Building " + module(module) + " ...");
        int status = maven(List.of("-q", "-pl", module(module), "-am", phase, "-DskipTests", "dependency:build-classpath",
                "-Dmdep.outputFile=" + module.relativize(file), "-Dmdep.includeScope=runtime"), null);
        if (status != 0) {
            throw new IOException("the build failed (see above); fix it and try again");
        }
        // the plugin leaves an unchanged class path file as it was: its date must say "built now"
        Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        return true;
    }

    private String module(Path dir) {
        return root.relativize(dir).toString().replace('\\', '/');
    }

    /** Whether a source, resource or POM under {@code dirs} (their {@code target} folders aside) is newer than {@code than}. */
    boolean newer(FileTime than, List<Path> dirs) throws IOException {
        try (Stream<Path> files = dirs.stream().filter(Files::isDirectory).flatMap(Build::walk)) {
            return files.filter(f -> !f.toString().contains(File.separator + "target" + File.separator))
                    .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith("pom.xml")
                            || f.toString().contains("resources"))
                    .anyMatch(f -> {
                        try {
                            return Files.getLastModifiedTime(f).compareTo(than) > 0;
                        } catch (IOException e) {
                            return true;
                        }
                    });
        }
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir).filter(Files::isRegularFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
