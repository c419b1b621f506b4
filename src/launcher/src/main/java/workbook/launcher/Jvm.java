package workbook.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a module's class in a new JVM on this terminal, with the JVM options its chapter asks for and a
 * start-up cache kept under its {@code target}: a class-data-sharing archive of the JDK classes it loads,
 * or, for a chapter that asks for one on JDK 24 and newer, an ahead-of-time cache (JEP 483).
 *
 * <pre>{@code
 * int status = new Jvm(build, ProcessBuilder.Redirect.INHERIT).run(chapter.dir(), chapter, chapter.main(), List.of("--help"));
 * }</pre>
 */
final class Jvm {

    private final Build build;
    private final ProcessBuilder.Redirect output;

    /** Runs examples with this terminal ({@code output} {@code INHERIT}) or with their output appended to a file. */
    Jvm(Build build, ProcessBuilder.Redirect output) {
        this.build = build;
        this.output = output;
    }

    /**
     * Runs {@code mainClass} of {@code module} with {@code args}; {@code chapter} says the module's JVM
     * options, or is null for a module that has none (the flags server, the benchmarks).
     */
    int run(Path module, Chapter chapter, String mainClass, List<String> args) throws IOException, InterruptedException {
        boolean aot = chapter != null && chapter.aot() && Runtime.version().feature() >= 24;
        String classpath = aot ? build.jarClasspath(module) : build.classpath(module);
        List<String> options = new ArrayList<>(List.of("--enable-native-access=ALL-UNNAMED"));
        if (chapter != null) {
            options.addAll(options(chapter.jvmArgs()));
        }
        List<String> command = new ArrayList<>(List.of(tool("java"), "-Dworkbook.root=" + build.root()));
        command.addAll(options);
        Path classList = module.resolve("target/workbook-jdk-classes.lst");
        Path archive = archive(module);
        Path configuration = module.resolve("target/workbook.aotconf");
        Path cache = module.resolve("target/workbook-" + jdk() + ".aot");
        // a run that only prints its usage loads too little to be worth keeping
        boolean training = !Files.exists(aot ? cache : archive) && !onlyUsage(args);
        if (aot && training) {
            System.err.println("This first run records what the JVM loads, for a cache that later runs start with.");
            // the JVM says when it has recorded; on standard error, the program's output stays its own
            command.addAll(List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + configuration,
                    "-XX:+DisplayVMOutputToStderr", "-Xlog:aot=off", "-Xlog:cds=off"));
        } else if (aot) {
            command.addAll(List.of("-XX:AOTCache=" + cache, "-Xlog:aot=off", "-Xlog:cds=off"));
        } else if (training) {
            System.err.println("This first run records the JDK classes it loads, for an archive that later runs start with.");
            command.add("-XX:DumpLoadedClassList=" + classList);
        } else {
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        command.addAll(List.of("-cp", classpath));
        if (chapter != null && chapter.warmUp()) {
            command.add("workbook.flags.WarmStart"); // loads the HTTP client, sends nothing, then runs mainClass
        }
        command.add(mainClass);
        command.addAll(args);
        int status = Children.await(new ProcessBuilder(command).inheritIO().redirectOutput(output)
                .redirectError(output).start());
        if (training && aot && Files.exists(configuration)) {
            if (status == 0) { // a run that failed may have loaded little: the next one records again
                List<String> create = new ArrayList<>(List.of(tool("java")));
                create.addAll(options);
                writeWhole(cache, cache.resolveSibling("workbook-aot.log"), part -> concat(create, List.of(
                        "-XX:AOTMode=create", "-XX:AOTConfiguration=" + configuration, "-XX:AOTCache=" + part, "-cp", classpath)));
            }
            Files.deleteIfExists(configuration);
        } else if (training && !aot && Files.exists(classList)) {
            // only the JDK's classes go in, since CDS refuses class folders on the class path
            writeWhole(archive, classList.resolveSibling("workbook-jdk-archive.log"), part -> List.of(tool("java"),
                    "-Xshare:dump", "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + part));
        }
        return status;
    }

    /** The module's class-data-sharing archive of JDK classes, for this JDK. */
    static Path archive(Path module) {
        return module.resolve("target/workbook-jdk-" + jdk() + ".jsa");
    }

    /** This JDK's version as a file name takes it: an archive or a cache is valid for one JDK only. */
    private static String jdk() {
        return Runtime.version().toString().replaceAll("[^0-9A-Za-z.]", "_");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Whether these arguments ask a program for its usage or version only, as picocli's {@code -h} and {@code -V}. */
    static boolean onlyUsage(List<String> args) {
        return args.stream().anyMatch(a -> List.of("-h", "--help", "-V", "--version").contains(a));
    }

    /**
     * The chapter's JVM options that this JDK knows: {@code --sun-misc-unsafe-memory-access}, needed from
     * JDK 24 on to quiet a library's use of {@code sun.misc.Unsafe}, would stop a JVM older than 23.
     */
    static List<String> options(List<String> jvmArgs) {
        return jvmArgs.stream()
                .filter(o -> Runtime.version().feature() >= 23 || !o.startsWith("--sun-misc-unsafe-memory-access"))
                .toList();
    }

    /**
     * Runs the JVM command that {@code command} makes for a file to write, with its output in {@code log},
     * so that {@code file} is there whole or not at all: the JVM writes a part file, which takes the name
     * once the JVM has succeeded. A run that fails leaves no file, and later runs go on without one.
     */
    static void writeWhole(Path file, Path log, Function<Path, List<String>> command)
            throws IOException, InterruptedException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        part.toFile().deleteOnExit(); // after the shutdown hook has stopped the JVM that writes it
        try {
            Process writer = new ProcessBuilder(command.apply(part)).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (Children.await(writer) == 0 && Files.exists(part)) {
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** The JDK tool {@code name} ({@code java}, {@code jshell}) of the JDK this launcher runs on. */
    static String tool(String name) {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        Path exe = bin.resolve(name + ".exe");
        return (Files.exists(exe) ? exe : bin.resolve(name)).toString();
    }
}
