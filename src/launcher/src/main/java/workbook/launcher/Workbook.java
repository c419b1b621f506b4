package workbook.launcher;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The workbook's launcher: a thin layer over {@code ./mvnw} that lists, runs and checks chapters.
 *
 * <p>{@code ./workbook} and {@code workbook.cmd} find a JDK 21 or newer and run this one source file
 * with the JDK's source launcher, so it works on a fresh clone with nothing built. It keeps to the
 * Java 17 language so that an older JDK can still run it far enough to say what is missing.
 *
 * <pre>
 * ./workbook list                 chapters, their examples and exercises
 * ./workbook run 1 [ARGS]         the chapter's flagship example
 * ./workbook run 1 --example Flags [ARGS]
 * ./workbook check [1]            the self-check: each exercise's state and the next hint
 * ./workbook book                 build the HTML book and print where it is
 * ./workbook jshell 1             jshell on the chapter's class path, its explore.jsh loaded
 * ./workbook serve [MODE] [PORT] [DELAY_MS]
 * </pre>
 */
public final class Workbook {

    static final int MIN_JDK = 21;
    private static final Pattern EXERCISE = Pattern.compile(
            "@Exercise\\(id\\s*=\\s*\"([^\"]+)\",\\s*title\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern MAIN_METHOD = Pattern.compile(
            "^\\s*public\\s+static\\s+void\\s+main\\s*\\(\\s*String", Pattern.MULTILINE); // not in a comment

    private final Path root;

    Workbook(Path root) {
        this.root = root;
    }

    public static void main(String[] args) {
        if (Runtime.version().feature() < MIN_JDK) {
            System.err.println("The workbook needs a JDK " + MIN_JDK + " or newer; this is Java "
                    + Runtime.version() + " (" + System.getProperty("java.home") + "). Set JAVA_HOME to a newer JDK.");
            System.exit(1);
        }
        Path root = Path.of(System.getProperty("workbook.root", ".")).toAbsolutePath().normalize();
        try {
            System.exit(new Workbook(root).execute(List.of(args)));
        } catch (UsageException e) {
            System.err.println("workbook: " + e.getMessage());
            System.err.println("Try ./workbook help");
            System.exit(2);
        } catch (IOException e) {
            System.err.println("workbook: " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            System.exit(130);
        }
    }

    int execute(List<String> args) throws IOException, InterruptedException {
        String command = args.isEmpty() ? "help" : args.get(0);
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        if (List.of("help", "-h", "--help", "list", "book").contains(command) && !rest.isEmpty()) {
            throw new UsageException(command + " takes no arguments, not " + String.join(" ", rest));
        }
        switch (command) {
            case "help", "-h", "--help" -> {
                System.out.println(usage());
                return 0;
            }
            case "list" -> {
                System.out.print(list());
                return 0;
            }
            case "run" -> {
                if (rest.isEmpty()) {
                    throw new UsageException("run needs a chapter number, such as ./workbook run 1");
                }
                return run(chapter(rest.get(0)), rest.subList(1, rest.size()));
            }
            case "check" -> {
                if (rest.size() > 1) {
                    throw new UsageException("check takes at most one chapter");
                }
                return check(rest.isEmpty() ? chapters() : List.of(chapter(rest.get(0))));
            }
            case "book" -> {
                return book();
            }
            case "jshell" -> {
                if (rest.size() != 1) {
                    throw new UsageException("jshell needs one chapter number, such as ./workbook jshell 1");
                }
                return jshell(chapter(rest.get(0)));
            }
            case "serve" -> {
                return java(root.resolve("src/flags"), "workbook.flags.ServeFlags", rest);
            }
            case "bench" -> {
                return java(root.resolve("src/bench"), "workbook.bench.Benchmarks", rest);
            }
            default -> throw new UsageException("unknown command '" + command + "'");
        }
    }

    static String usage() {
        return """
                The Java Concurrency Workbook

                usage: ./workbook COMMAND [ARGS]

                  list                    the chapters, their examples and exercises
                  run NN [ARGS]           run chapter NN's main example with ARGS (try: run 1 --help)
                  run NN --example NAME [ARGS]
                                          run another example of chapter NN
                  check [NN]              self-check: which exercises are solved, and a hint for the next
                  book                    build the HTML book and print where it is
                  jshell NN               jshell on chapter NN's class path, with its explore.jsh loaded
                  serve [MODE] [PORT] [DELAY_MS]
                                          run the flags server alone (MODE: LOCAL, DELAY or ERROR)
                  bench [NAME [ARGS] | all]
                                          the benchmarks (none: list them); each writes its results file
                  help                    this text

                NN is a chapter number (1 or 01) or its folder name (01-flags).""";
    }

    // ---------------------------------------------------------------------------------------- chapters

    /** A chapter: its folder, number and title. */
    record Chapter(Path dir, int number, String title) {
        String name() {
            return dir.getFileName().toString();
        }
    }

    List<Chapter> chapters() throws IOException {
        Path dir = root.resolve("chapters");
        if (!Files.isDirectory(dir)) {
            throw new IOException("no chapters/ folder under " + root + ": run the workbook from its root");
        }
        try (Stream<Path> folders = Files.list(dir)) {
            return folders.filter(f -> f.getFileName().toString().matches("\\d\\d-.+") && Files.exists(f.resolve("pom.xml")))
                    .sorted()
                    .map(f -> new Chapter(f, Integer.parseInt(f.getFileName().toString().substring(0, 2)),
                            title(f).replaceFirst("^\\d+\\.?\\s+", "")))
                    .toList();
        }
    }

    Chapter chapter(String arg) throws IOException {
        List<Chapter> all = chapters();
        for (Chapter c : all) {
            if (arg.equals(c.name()) || arg.matches("\\d{1,2}") && Integer.parseInt(arg) == c.number()) {
                return c;
            }
        }
        throw new UsageException("no chapter '" + arg + "'; the chapters are "
                + all.stream().map(c -> String.valueOf(c.number())).toList());
    }

    private static String title(Path dir) {
        Path readme = dir.resolve("README.adoc");
        try {
            if (Files.exists(readme)) {
                for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
                    if (line.startsWith("= ")) {
                        return line.substring(2).strip();
                    }
                }
            }
            Matcher m = Pattern.compile("<name>([^<]+)</name>").matcher(Files.readString(dir.resolve("pom.xml")));
            return m.find() ? m.group(1) : dir.getFileName().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The flagship example: the chapter pom's {@code workbook.main} property. */
    static Optional<String> flagship(Chapter chapter) throws IOException {
        Matcher m = Pattern.compile("<workbook\\.main>([^<]+)</workbook\\.main>")
                .matcher(Files.readString(chapter.dir().resolve("pom.xml")));
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** The chapter's runnable examples: classes in src/main/java with a main method. */
    static List<String> examples(Chapter chapter) throws IOException {
        Path src = chapter.dir().resolve("src/main/java");
        if (!Files.isDirectory(src)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(src)) {
            List<String> names = new ArrayList<>();
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java")).sorted()::iterator) {
                if (MAIN_METHOD.matcher(Files.readString(f)).find()) {
                    String relative = src.relativize(f).toString().replace('\\', '/');
                    names.add(relative.substring(0, relative.length() - 5).replace('/', '.'));
                }
            }
            return names;
        }
    }

    /** The chapter's exercises as "id title", read from the @Exercise annotations of its tests. */
    static List<String> exercises(Chapter chapter) throws IOException {
        Path tests = chapter.dir().resolve("src/test/java");
        if (!Files.isDirectory(tests)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(tests)) {
            List<String[]> found = new ArrayList<>();
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = EXERCISE.matcher(Files.readString(f));
                if (m.find()) {
                    found.add(new String[] {m.group(1), m.group(2)});
                }
            }
            found.sort((a, b) -> compareIds(a[0], b[0]));
            return found.stream().map(e -> e[0] + " " + e[1]).toList();
        }
    }

    static int compareIds(String a, String b) {
        int[] x = Arrays.stream(a.split("\\.")).mapToInt(Integer::parseInt).toArray();
        int[] y = Arrays.stream(b.split("\\.")).mapToInt(Integer::parseInt).toArray();
        return Arrays.compare(x, y);
    }

    String list() throws IOException {
        StringBuilder out = new StringBuilder();
        for (Chapter c : chapters()) {
            out.append(String.format("%02d  %s   (chapters/%s)%n", c.number(), c.title(), c.name()));
            Optional<String> main = flagship(c);
            for (String example : examples(c)) {
                String simple = example.substring(example.lastIndexOf('.') + 1);
                boolean isMain = main.isPresent() && main.get().equals(example);
                out.append(String.format("      example   %-28s%s%n", simple, isMain ? "./workbook run " + c.number() : ""));
            }
            for (String exercise : exercises(c)) {
                out.append(String.format("      exercise  %s%n", exercise));
            }
        }
        return out.toString();
    }

    // ---------------------------------------------------------------------------------- run and jshell

    int run(Chapter chapter, List<String> args) throws IOException, InterruptedException {
        String mainClass;
        List<String> programArgs = args;
        if (!args.isEmpty() && args.get(0).equals("--example")) {
            if (args.size() < 2) {
                throw new UsageException("--example needs a class name; ./workbook list shows them");
            }
            mainClass = example(chapter, args.get(1));
            programArgs = args.subList(2, args.size());
            if (!programArgs.isEmpty() && takesNoArguments(chapter, mainClass)) {
                String simple = mainClass.substring(mainClass.lastIndexOf('.') + 1);
                throw new UsageException(simple + " takes no arguments, not " + String.join(" ", programArgs)
                        + "; run it as ./workbook run " + chapter.number() + " --example " + simple);
            }
        } else {
            mainClass = flagship(chapter).orElseThrow(
                    () -> new UsageException("chapter " + chapter.number() + " has no main example yet"));
        }
        return java(chapter.dir(), mainClass, programArgs);
    }

    /**
     * Whether the example says it takes no arguments: every line of its source that shows how to run it,
     * {@code ./workbook run NN --example NAME}, in its javadoc, shows no arguments after the name (a
     * {@code #} comment aside). An example that shows none of those lines is given what it is given.
     */
    static boolean takesNoArguments(Chapter chapter, String mainClass) throws IOException {
        String simple = mainClass.substring(mainClass.lastIndexOf('.') + 1);
        Path source = chapter.dir().resolve("src/main/java/" + mainClass.replace('.', '/') + ".java");
        Matcher usage = Pattern.compile("\\./workbook run \\d+ --example " + Pattern.quote(simple) + "\\b([^\\n<]*)")
                .matcher(Files.readString(source));
        boolean shown = false;
        while (usage.find()) {
            shown = true;
            if (!usage.group(1).replaceFirst("#.*", "").isBlank()) {
                return false;
            }
        }
        return shown;
    }

    private static String example(Chapter chapter, String name) throws IOException {
        List<String> all = examples(chapter);
        for (String e : all) {
            if (e.equals(name) || e.endsWith("." + name)) {
                return e;
            }
        }
        throw new UsageException("chapter " + chapter.number() + " has no example '" + name + "'; it has "
                + all.stream().map(e -> e.substring(e.lastIndexOf('.') + 1)).toList());
    }

    /** Runs {@code mainClass} of {@code module} in a new JVM on its class path, with this terminal. */
    int java(Path module, String mainClass, List<String> args) throws IOException, InterruptedException {
        boolean aot = aheadOfTime(module);
        String classpath = aot ? jarClasspath(module) : classpath(module);
        List<String> options = new ArrayList<>(List.of("--enable-native-access=ALL-UNNAMED"));
        options.addAll(jvmOptions(module));
        List<String> command = new ArrayList<>(List.of(javaTool("java"), "-Dworkbook.root=" + root));
        command.addAll(options);
        // an archive or a cache is valid for one JDK only: each JDK gets its own
        String jdk = Runtime.version().toString().replaceAll("[^0-9A-Za-z.]", "_");
        Path classList = module.resolve("target/workbook-jdk-classes.lst");
        Path archive = module.resolve("target/workbook-jdk-" + jdk + ".jsa");
        Path configuration = module.resolve("target/workbook.aotconf");
        Path cache = module.resolve("target/workbook-" + jdk + ".aot");
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
        if (pomProperty(module, "workbook.warmUp").strip().equals("true")) {
            command.add("workbook.flags.WarmStart"); // loads the HTTP client, sends nothing, then runs mainClass
        }
        command.add(mainClass);
        command.addAll(args);
        int status = awaitChild(new ProcessBuilder(command).inheritIO().start());
        if (training && aot && Files.exists(configuration)) {
            if (status == 0) { // a run that failed may have loaded little: the next one records again
                createAotCache(configuration, cache, classpath, options);
            }
            Files.deleteIfExists(configuration);
        } else if (training && !aot && Files.exists(classList)) {
            archiveJdkClasses(classList, archive);
        }
        return status;
    }

    /** Whether these arguments ask a program for its usage or version only, as picocli's {@code -h} and {@code -V}. */
    static boolean onlyUsage(List<String> args) {
        return args.stream().anyMatch(a -> List.of("-h", "--help", "-V", "--version").contains(a));
    }

    /**
     * The module's own JVM options: the {@code workbook.jvmArgs} property of its POM, if any. An option
     * this JDK does not know is left out: {@code --sun-misc-unsafe-memory-access} before JDK 23, which
     * would stop the JVM there and is needed only from JDK 24 on, to quiet a library's use of
     * {@code sun.misc.Unsafe}.
     */
    static List<String> jvmOptions(Path module) throws IOException {
        String options = pomProperty(module, "workbook.jvmArgs");
        return options.isBlank() ? List.of() : Arrays.stream(options.strip().split("\\s+"))
                .filter(o -> Runtime.version().feature() >= 23 || !o.startsWith("--sun-misc-unsafe-memory-access"))
                .toList();
    }

    /**
     * Whether the module runs with an ahead-of-time cache (its POM's {@code workbook.aot} is {@code true})
     * and this JDK can make one: JDK 24 and newer (JEP 483). Such a module runs on its jars, since the
     * cache takes no class folders.
     */
    static boolean aheadOfTime(Path module) throws IOException {
        return Runtime.version().feature() >= 24 && pomProperty(module, "workbook.aot").strip().equals("true");
    }

    /** The text of the property {@code name} in the module's POM, or "" if it has none. */
    static String pomProperty(Path module, String name) throws IOException {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</" + Pattern.quote(name) + ">")
                .matcher(Files.readString(module.resolve("pom.xml")));
        return m.find() ? m.group(1) : "";
    }

    /**
     * Keeps the JDK classes this run loaded in a class-data-sharing archive, which later runs map in
     * instead of loading them again: the JVM's own start-up cache (CDS). Only the JDK's classes go in,
     * since CDS refuses class folders on the class path; the run itself was not changed by this.
     */
    private void archiveJdkClasses(Path classList, Path archive) throws IOException, InterruptedException {
        writeWhole(archive, classList.resolveSibling("workbook-jdk-archive.log"), part -> List.of(javaTool("java"),
                "-Xshare:dump", "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + part));
    }

    /**
     * Makes the ahead-of-time cache from what the run just recorded: the classes it loaded and linked,
     * and the profiles of its methods. Later runs map them in, as Python reuses its {@code __pycache__}.
     * The recording run was not changed by this, and nothing it fetched or computed is kept.
     */
    private void createAotCache(Path configuration, Path cache, String classpath, List<String> options)
            throws IOException, InterruptedException {
        writeWhole(cache, cache.resolveSibling("workbook-aot.log"), part -> {
            List<String> command = new ArrayList<>(List.of(javaTool("java")));
            command.addAll(options);
            command.addAll(List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + configuration,
                    "-XX:AOTCache=" + part, "-cp", classpath));
            return command;
        });
    }

    /**
     * Runs the JVM command that {@code command} makes for a file to write, with its output in {@code log},
     * so that {@code file} is there whole or not at all: the JVM writes a part file, which takes the name
     * once the JVM has succeeded. A run that fails leaves no file, and later runs go on without one (the
     * next recording run tries again); so does a launcher stopped while the JVM writes.
     */
    static void writeWhole(Path file, Path log, Function<Path, List<String>> command)
            throws IOException, InterruptedException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        part.toFile().deleteOnExit(); // after the shutdown hook has stopped the JVM that writes it
        try {
            Process writer = new ProcessBuilder(command.apply(part)).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (awaitChild(writer) == 0 && Files.exists(part)) {
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }

    int jshell(Chapter chapter) throws IOException, InterruptedException {
        String classpath = classpath(chapter.dir());
        List<String> command = new ArrayList<>(List.of(javaTool("jshell"), "--class-path", classpath,
                "--startup", "DEFAULT"));
        Path script = chapter.dir().resolve("explore.jsh");
        if (Files.exists(script)) {
            command.add(script.toString());
            System.out.println("Loading " + root.relativize(script) + "; its variables are yours to play with. /exit leaves.");
        }
        return awaitChild(new ProcessBuilder(command).inheritIO().start());
    }

    /**
     * The module's run-time class path: its classes and its dependencies, reactor modules as their
     * class folders. Built with Maven when any source or POM is newer than the last one.
     */
    String classpath(Path module) throws IOException, InterruptedException {
        Path file = module.resolve("target/workbook.classpath");
        build(module, "compile", file);
        return module.resolve("target/classes") + File.pathSeparator + Files.readString(file).strip();
    }

    /**
     * The module's run-time class path as jars, its own first, for a JVM with an ahead-of-time cache.
     * Built with Maven when any source or POM is newer than the last one; the cache, made from the
     * jars before, goes with them.
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
        Path jar;
        try (Stream<Path> files = Files.list(module.resolve("target"))) {
            jar = files.filter(f -> f.getFileName().toString().matches(".+-\\d[^-]*(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow(() -> new IOException("the build made no jar in " + module.resolve("target")));
        }
        return jar + File.pathSeparator + Files.readString(file).strip();
    }

    /**
     * Runs Maven up to {@code phase} for the module and the modules it needs, and writes its run-time
     * dependencies to {@code file}, if any source or POM is newer than that file; returns whether it did.
     */
    private boolean build(Path module, String phase, Path file) throws IOException, InterruptedException {
        if (Files.exists(file) && !newerSources(Files.getLastModifiedTime(file))) {
            return false;
        }
        System.err.println("Building " + root.relativize(module) + " ...");
        int status = maven(List.of("-q", "-pl", root.relativize(module).toString().replace('\\', '/'), "-am",
                phase, "-DskipTests", "dependency:build-classpath",
                "-Dmdep.outputFile=" + module.relativize(file), "-Dmdep.includeScope=runtime"), null);
        if (status != 0) {
            throw new IOException("the build failed (see above); fix it and try again");
        }
        // the plugin leaves an unchanged class path file as it was: its date must say "built now"
        Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        return true;
    }

    private boolean newerSources(FileTime than) throws IOException {
        try (Stream<Path> files = Stream.concat(Stream.of(root.resolve("pom.xml")),
                Stream.of(root.resolve("src"), root.resolve("chapters")).flatMap(Workbook::walk))) {
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

    // ---------------------------------------------------------------------------------- check and book

    int check(List<Chapter> chosen) throws IOException, InterruptedException {
        List<Chapter> withExercises = new ArrayList<>();
        for (Chapter c : chosen) {
            Files.deleteIfExists(c.dir().resolve("target/workbook-check.txt"));
            if (Files.isDirectory(c.dir().resolve("src/exercise/java"))) {
                withExercises.add(c);
            }
        }
        if (withExercises.isEmpty()) {
            System.out.println("No exercises here yet.");
            return 0;
        }
        String modules = String.join(",", withExercises.stream().map(c -> "chapters/" + c.name()).toList());
        String tests = String.join(",", withExercises.stream()
                .map(c -> String.format("workbook/ch%02d/**", c.number())).toList());
        Path log = root.resolve("target/workbook-check.log");
        Files.createDirectories(log.getParent());
        System.out.println("Checking your exercises in " + modules.replace(",", ", ") + " ...");
        int status = maven(List.of("-q", "-pl", modules, "-am", "test",
                "-Dworkbook.check=true", "-Dworkbook.groups=exercise", "-Dworkbook.excludedGroups=none",
                "-Dtest=" + tests, "-Dsurefire.failIfNoSpecifiedTests=false", "-Dmaven.test.failure.ignore=true"), log);
        if (status != 0) {
            System.out.println("Your code does not compile yet, so no test could run:");
            Files.readAllLines(log).stream().filter(l -> l.startsWith("[ERROR]") && l.contains(".java"))
                    .distinct().limit(20).forEach(System.out::println);
            System.out.println("(the whole build log: " + root.relativize(log) + ")");
            return 1;
        }
        int solved = 0;
        int total = 0;
        for (Chapter c : withExercises) {
            Path report = c.dir().resolve("target/workbook-check.txt");
            System.out.printf("%nChapter %02d  %s%n", c.number(), c.title());
            if (!Files.exists(report)) {
                System.out.println("  (no exercise test ran: see " + root.relativize(log) + ")");
                continue;
            }
            String text = Files.readString(report);
            Matcher m = Pattern.compile("(\\d+)/(\\d+) exercises solved").matcher(text);
            if (m.find()) {
                solved += Integer.parseInt(m.group(1));
                total += Integer.parseInt(m.group(2));
            }
            System.out.print(withExercises.size() == 1 ? text : text.replaceAll("\\n\\d+/\\d+ exercises solved\\n", ""));
        }
        if (withExercises.size() > 1) {
            System.out.printf("%n%d/%d exercises solved%n", solved, total);
        }
        return 0;
    }

    int book() throws IOException, InterruptedException {
        // -am: the book module depends on the chapters (for its measurements); their tests are the
        // test command's job, not this one's
        int status = maven(List.of("-q", "-pl", "docs", "-am", "package", "-DskipTests"), null);
        if (status == 0) {
            System.out.println("The book: " + root.resolve("docs/target/book/index.html").toUri());
        }
        return status;
    }

    // ---------------------------------------------------------------------------------------- plumbing

    private int maven(List<String> args, Path log) throws IOException, InterruptedException {
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
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
        }
        return awaitChild(builder.start());
    }

    /**
     * Waits for {@code child} to end. If this launcher is stopped first by a signal that reaches it alone
     * ({@code kill PID}; Ctrl-C reaches the child too), the child and its own children are stopped with
     * it, so that no server or JVM it started outlives it.
     */
    static int awaitChild(Process child) throws InterruptedException {
        Thread stopChild = stopWithThisJvm(child);
        try {
            return child.waitFor();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopChild);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running, or has: it stops the child
            }
        }
    }

    /**
     * Registers, and returns, a shutdown hook that stops {@code child} and its children (SIGTERM), and
     * waits a few seconds for it to exit, so that files it was writing can be cleaned up after it.
     */
    static Thread stopWithThisJvm(Process child) {
        Thread stopChild = new Thread(() -> {
            child.descendants().forEach(ProcessHandle::destroy);
            child.destroy();
            try {
                child.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the JVM is going away: nothing more to wait for
            }
        });
        Runtime.getRuntime().addShutdownHook(stopChild);
        return stopChild;
    }

    private static String javaTool(String name) {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        Path exe = bin.resolve(name + ".exe");
        return (Files.exists(exe) ? exe : bin.resolve(name)).toString();
    }

    /** A mistake in the launcher's own arguments: reported in one line, exit status 2. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
