package workbook.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The learner's self-check: runs a chapter's exercise tests against what the learner wrote, prints the
 * report {@code workbook.support.CheckReport} wrote, and counts from the verdicts it wrote as JSON.
 *
 * <pre>{@code
 * int status = new SelfCheck(build, System.out).check(List.of(chapter));
 * }</pre>
 */
final class SelfCheck {

    /** One exercise's last verdict, as {@code target/workbook-check/ID.json} says. */
    record Verdict(String id, String title, long passed, long total, boolean solved) {
    }

    private final Build build;
    private final PrintStream out;

    SelfCheck(Build build, PrintStream out) {
        this.build = build;
        this.out = out;
    }

    /** Checks the exercises of {@code chosen} in one build; 1 if the learner's code does not compile. */
    int check(List<Chapter> chosen) throws IOException, InterruptedException {
        List<Chapter> withExercises = new ArrayList<>();
        for (Chapter c : chosen) {
            forget(c);
            if (Files.isDirectory(c.dir().resolve("src/exercise/java"))) {
                withExercises.add(c);
            }
        }
        if (withExercises.isEmpty()) {
            out.println("No exercises here yet.");
            return 0;
        }
        List<String> modules = withExercises.stream().map(c -> "chapters/" + c.name()).toList();
        List<String> tests = withExercises.stream().map(c -> String.format("workbook/ch%02d/**", c.number())).toList();
        out.println("Checking your exercises in " + String.join(", ", modules) + " ...");
        Path log = build.root().resolve("target/workbook-check.log");
        if (runTests(modules, String.join(",", tests), log) != 0) {
            return notCompiled(log);
        }
        long solved = 0;
        long total = 0;
        for (Chapter c : withExercises) {
            out.printf("%nChapter %02d  %s%n", c.number(), c.title());
            List<Verdict> verdicts = verdicts(c);
            Path report = c.dir().resolve("target/workbook-check.txt");
            if (verdicts.isEmpty() || !Files.exists(report)) {
                out.println("  (no exercise test ran: see " + build.root().relativize(log) + ")");
                continue;
            }
            out.print(Files.readString(report));
            long chapterSolved = verdicts.stream().filter(Verdict::solved).count();
            out.printf("%n%d/%d exercises solved%n", chapterSolved, verdicts.size());
            solved += chapterSolved;
            total += verdicts.size();
        }
        if (withExercises.size() > 1) {
            out.printf("%n%d/%d exercises solved in all%n", solved, total);
        }
        return 0;
    }

    /**
     * Runs one exercise's test class with Surefire's full messages on this terminal; 0 if it is solved,
     * 1 if not or if the code does not compile.
     */
    int test(Chapter chapter, Chapter.Exercise exercise) throws IOException, InterruptedException {
        Files.deleteIfExists(verdictFile(chapter, exercise.id()));
        out.println("Testing exercise " + exercise.id() + ", " + exercise.title() + " (" + exercise.test() + ") ...");
        build.maven(List.of("-q", "-pl", "chapters/" + chapter.name(), "-am", "test",
                "-Dworkbook.check=true", "-Dworkbook.groups=exercise", "-Dworkbook.excludedGroups=none",
                "-Dtest=" + exercise.test(), "-Dsurefire.failIfNoSpecifiedTests=false",
                "-Dmaven.test.failure.ignore=true"), null); // a failing test is the answer here, not a failed build
        Path file = verdictFile(chapter, exercise.id());
        if (!Files.exists(file)) {
            out.println("No test ran: the code does not compile (see above).");
            return 1;
        }
        Verdict v = verdict(file);
        out.printf("%nExercise %s: %d/%d tests pass%s%n", v.id(), v.passed(), v.total(),
                v.solved() ? ", solved." : "; the messages above say why.");
        return v.solved() ? 0 : 1;
    }

    private int runTests(List<String> modules, String tests, Path log) throws IOException, InterruptedException {
        return build.maven(List.of("-q", "-pl", String.join(",", modules), "-am", "test",
                "-Dworkbook.check=true", "-Dworkbook.groups=exercise", "-Dworkbook.excludedGroups=none",
                "-Dtest=" + tests, "-Dsurefire.failIfNoSpecifiedTests=false", "-Dmaven.test.failure.ignore=true"), log);
    }

    private int notCompiled(Path log) throws IOException {
        out.println("Your code does not compile yet, so no test could run:");
        // the compiler's own lines, as Maven prints them: each names a file and a line
        Files.readAllLines(log).stream().filter(l -> l.startsWith("[ERROR]") && l.contains(".java"))
                .distinct().limit(20).forEach(out::println);
        out.println("(the whole build log: " + build.root().relativize(log) + ")");
        return 1;
    }

    /** Deletes what the chapter's last check left, so that a check that runs no test cannot show old verdicts. */
    private static void forget(Chapter chapter) throws IOException {
        Files.deleteIfExists(chapter.dir().resolve("target/workbook-check.txt"));
        Path dir = chapter.dir().resolve("target/workbook-check");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.delete(f);
                }
            }
        }
    }

    private static Path verdictFile(Chapter chapter, String id) {
        return chapter.dir().resolve("target/workbook-check/" + id + ".json");
    }

    /** The chapter's last verdicts, in the order of their ids; none if it was never checked. */
    static List<Verdict> verdicts(Chapter chapter) throws IOException {
        Path dir = chapter.dir().resolve("target/workbook-check");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Verdict> all = new ArrayList<>();
            for (Path f : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".json"))::iterator) {
                all.add(verdict(f));
            }
            all.sort(Comparator.comparing(Verdict::id, SelfCheck::compareIds));
            return all;
        }
    }

    private static Verdict verdict(Path file) throws IOException {
        Map<String, Object> json = Json.object(Files.readString(file));
        return new Verdict((String) json.get("id"), (String) json.get("title"), (Long) json.get("passed"),
                (Long) json.get("total"), (Boolean) json.get("solved"));
    }

    /** Orders exercise ids as numbers: {@code 3.10} after {@code 3.9}. */
    static int compareIds(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
