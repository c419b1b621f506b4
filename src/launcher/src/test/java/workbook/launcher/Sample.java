package workbook.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A workbook of one sample chapter in a temporary folder, built as far as the launcher needs: its
 * catalogue and class path written, dated after its sources, so that no command builds it; its
 * {@code mvnw} a script that each test writes, and that the launcher runs in Maven's place.
 */
final class Sample {

    final Path root;
    final Path chapter;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    Sample(Path root) throws IOException {
        this.root = root;
        this.chapter = Files.createDirectories(root.resolve("chapters/01-sample"));
        Files.writeString(root.resolve("pom.xml"), "<project/>\n");
        Files.writeString(chapter.resolve("pom.xml"), "<project/>\n");
        Path stubs = Files.createDirectories(chapter.resolve("src/exercise/java/workbook/ch01"));
        Files.writeString(stubs.resolve("First.java"), "package workbook.ch01;\nclass First {\n    // TODO\n}\n");
        Files.writeString(stubs.resolve("Second.java"), "package workbook.ch01;\nclass Second {\n}\n");
        Path target = Files.createDirectories(chapter.resolve("target"));
        Files.writeString(target.resolve("workbook-catalogue.json"), """
                {
                  "folder": "01-sample", "number": 1, "title": "A sample chapter", "main": "workbook.launcher.SampleExample",
                  "jvmArgs": ["-XX:+UseSerialGC"], "aot": false, "warmUp": false,
                  "examples": [
                    {"name": "SampleExample", "class": "workbook.launcher.SampleExample", "flagship": true, "arguments": null},
                    {"name": "Quiet", "class": "workbook.launcher.Quiet", "flagship": false, "arguments": null},
                    {"name": "Loud", "class": "workbook.launcher.SampleExample", "flagship": false, "arguments": "[WORDS...]"}
                  ],
                  "exercises": [
                    {"id": "1.1", "title": "The first exercise", "test": "workbook.ch01.FirstTest",
                     "stub": "src/exercise/java/workbook/ch01/First.java", "solution": "src/solution/java/workbook/ch01/First.java",
                     "hint": ["A nudge.", "The approach."]},
                    {"id": "1.2", "title": "The second exercise", "test": "workbook.ch01.SecondTest",
                     "stub": "src/exercise/java/workbook/ch01/Second.java", "solution": "src/solution/java/workbook/ch01/Second.java",
                     "hint": ["Only a nudge."]}
                  ]
                }
                """);
        Files.writeString(target.resolve("workbook.classpath"), System.getProperty("java.class.path"));
        Files.createDirectories(target.resolve("classes"));
        // an archive the JVM cannot use, and goes on without: the runs of the tests record none
        Files.writeString(Jvm.archive(chapter), "");
        mvnw("exit 0");
        builtNow();
    }

    /** Dates what the build wrote after every source, as a build that has just run would. */
    void builtNow() throws IOException {
        FileTime later = FileTime.from(Instant.now().plus(1, ChronoUnit.HOURS));
        Files.setLastModifiedTime(chapter.resolve("target/workbook-catalogue.json"), later);
        Files.setLastModifiedTime(chapter.resolve("target/workbook.classpath"), later);
    }

    /** Makes {@code mvnw} a shell script with this body; it runs in the root, its arguments in "$@". */
    void mvnw(String body) throws IOException {
        Path mvnw = root.resolve("mvnw");
        Files.writeString(mvnw, "#!/bin/sh\necho \"$@\" >> mvnw.log\n" + body + "\n");
        Files.setPosixFilePermissions(mvnw, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Writes the verdict the self-check leaves for exercise {@code id}. */
    void verdict(String id, boolean solved) throws IOException {
        Path dir = Files.createDirectories(chapter.resolve("target/workbook-check"));
        Files.writeString(dir.resolve(id + ".json"), "{\"id\": \"" + id + "\", \"title\": \"t\", \"test\": \"T\", \"passed\": "
                + (solved ? 2 : 0) + ", \"total\": 2, \"solved\": " + solved + "}\n");
    }

    /** Runs the launcher on this workbook with {@code args}, in this JVM; returns its exit status. */
    int run(String... args) {
        out.reset();
        err.reset();
        return Main.execute(Workbook.at(root, new PrintStream(out, true, StandardCharsets.UTF_8),
                        ProcessBuilder.Redirect.appendTo(root.resolve("examples.log").toFile())),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
