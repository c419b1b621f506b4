package workbook.support;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.platform.engine.TestExecutionResult;

/**
 * Runs exercise tests against a set of classes in a JVM of its own, for tests that instrument the
 * classes they check.
 *
 * <p>Lincheck rewrites the bytecode of the classes it model-checks, and keeps what it rewrote by class
 * name for the life of the JVM: in the proof's own JVM, a known mistake checked after its reference
 * solution would be checked as the solution. A new JVM per run loads each version under its name once.
 *
 * <p><b>Implementation notes.</b> The child runs {@link ExerciseRun#run(List, String, Path...)} with the
 * chosen folders first on its class path, and writes each outcome as one line of tab-separated fields
 * to a file, which the parent reads when the child has exited.
 */
final class ForkedRun {

    /** How long a child may take before it is killed and its run counted as a failure of the proof. */
    private static final long LIMIT_MINUTES = 5;

    private ForkedRun() {
    }

    /**
     * Whether the test method {@code method} (empty for all of a class's tests) may model-check, by its
     * name: a mistake caught by a plain test of a class that also model-checks needs no JVM of its own.
     */
    static boolean modelChecks(String method) {
        return method.isEmpty() || method.endsWith(ModelChecks.NAME_SUFFIX);
    }

    /**
     * Whether the test class {@code testClass} under {@code tests} uses Lincheck, itself or through a
     * class of the tests it names (a shared checker), so that a mistake it checks needs a JVM of its own.
     */
    static boolean needed(Path tests, String testClass) {
        byte[] lincheck = ascii("org/jetbrains/lincheck");
        try (Stream<Path> files = Files.walk(tests)) {
            List<Path> classes = files.filter(f -> f.toString().endsWith(".class")).toList();
            byte[] test = read(tests.resolve(testClass.replace('.', '/') + ".class"));
            if (contains(test, lincheck)) {
                return true;
            }
            for (Path c : classes) {
                String name = tests.relativize(c).toString().replace(File.separatorChar, '/').replace(".class", "");
                if (contains(read(c), lincheck) && contains(test, ascii(name))) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * This JVM's {@code -XX} options (the build's choice of compiler and collector), for a child that
     * should run as this JVM does; not its agents, such as an IDE's debugger, whose port a child cannot share.
     */
    private static List<String> vmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:") && !a.equals("-XX:+EnableDynamicAgentLoading")).toList();
    }

    /** As {@link ExerciseRun#run(List, String, Path...)}, in a new JVM on {@code folders} then {@code classpath}. */
    static Map<String, ExerciseRun.Outcome> run(List<String> classNames, String method, List<Path> classpath,
                                                Path... folders) throws IOException, InterruptedException {
        Path results = Files.createTempFile("exercise-run", ".tsv");
        try {
            List<String> path = new ArrayList<>(Arrays.stream(folders).map(Path::toString).toList());
            classpath.forEach(p -> path.add(p.toString()));
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:+EnableDynamicAgentLoading", "-Xshare:auto"));
            command.addAll(vmOptions());
            command.addAll(List.of("-cp", String.join(File.pathSeparator, path),
                    ForkedRun.class.getName(), results.toString(), method.isEmpty() ? "-" : method));
            command.addAll(classNames);
            Process child = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                if (!child.waitFor(LIMIT_MINUTES, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("the tests of " + classNames + " did not end within "
                            + LIMIT_MINUTES + " minutes in their own JVM");
                }
            } finally {
                child.descendants().forEach(ProcessHandle::destroyForcibly);
                child.destroyForcibly();
            }
            Map<String, ExerciseRun.Outcome> outcomes = new LinkedHashMap<>();
            for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                outcomes.put(f[0], new ExerciseRun.Outcome(f[1], f[2], f[3],
                        f[4].isEmpty() ? null : TestExecutionResult.Status.valueOf(f[4]), unescape(f[5]), unescape(f[6])));
            }
            return outcomes;
        } finally {
            Files.deleteIfExists(results);
        }
    }

    /** The child: {@code RESULTS METHOD|- CLASS...}. */
    public static void main(String[] args) throws IOException {
        String method = args[1].equals("-") ? "" : args[1];
        Map<String, ExerciseRun.Outcome> outcomes = ExerciseRun.run(List.of(args).subList(2, args.length), method);
        StringBuilder out = new StringBuilder();
        outcomes.forEach((id, o) -> out.append(String.join("\t", escape(id), escape(o.name()), o.testClass(), o.method(),
                o.status() == null ? "" : o.status().name(), escape(o.why()), escape(o.message()))).append('\n'));
        Files.writeString(Path.of(args[0]), out, StandardCharsets.UTF_8);
        System.exit(0); // threads a known mistake left running must not keep this JVM alive
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
