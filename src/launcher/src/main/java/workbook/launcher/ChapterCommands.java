package workbook.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The commands about chapters: {@code list}, {@code run}, {@code check}, {@code jshell}, {@code book}, {@code serve}, {@code bench}. */
final class ChapterCommands {

    private ChapterCommands() {
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The chapters, their examples (with how to run each) and exercises.")
    static final class ListChapters implements Callable<Integer> {
        private final Workbook workbook;

        ListChapters(Workbook workbook) {
            this.workbook = workbook;
        }

        @Override
        public Integer call() throws IOException, InterruptedException {
            for (Chapter c : workbook.catalogue().loadAll(workbook.catalogue().chapters())) {
                workbook.out().printf("%02d  %s   (chapters/%s)%n", c.number(), c.title(), c.name());
                for (Chapter.Example e : c.examples()) {
                    workbook.out().printf("      example   %-28s%s%n", e.name(), usage(c, e));
                }
                for (Chapter.Exercise e : c.exercises()) {
                    workbook.out().printf("      exercise  %s %s%n", e.id(), e.title());
                }
            }
            return 0;
        }

        /** How the example is run: {@code ./workbook run NN}, with {@code --example NAME} unless it is the flagship. */
        static String usage(Chapter chapter, Chapter.Example example) {
            return "./workbook run " + chapter.number() + (example.flagship() ? "" : " --example " + example.name())
                    + (example.arguments() == null ? "" : " " + example.arguments());
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true, description = {"Runs chapter NN's flagship example, or another with --example NAME.",
            "ARGS go to the example: run 1 --help shows the flagship's; ./workbook list shows every example's."})
    static final class Run implements Callable<Integer> {
        private final Workbook workbook;
        @Parameters(index = "0", paramLabel = "NN", description = "the chapter")
        String chapter;
        @Parameters(index = "1..*", paramLabel = "ARGS", description = "the example's arguments, after --example NAME for another example")
        List<String> args = new ArrayList<>();

        Run(Workbook workbook) {
            this.workbook = workbook;
        }

        @Override
        public Integer call() throws IOException, InterruptedException {
            Chapter found = workbook.catalogue().chapter(chapter);
            workbook.build().classpath(found.dir()); // builds the chapter, and with it its catalogue, if it must
            Chapter c = workbook.catalogue().load(found);
            if (!args.isEmpty() && args.get(0).equals("--example")) {
                if (args.size() < 2) {
                    throw new UsageException("--example needs a class name; ./workbook list shows them");
                }
                Chapter.Example example = example(c, args.get(1));
                List<String> given = args.subList(2, args.size());
                if (!given.isEmpty() && example.arguments() == null && !example.flagship()) {
                    throw new UsageException(example.name() + " takes no arguments, not " + String.join(" ", given)
                            + "; run it as " + ListChapters.usage(c, example));
                }
                return workbook.jvm().run(c.dir(), c, example.className(), given);
            }
            if (c.main().isEmpty()) {
                throw new UsageException("chapter " + c.number() + " has no main example yet");
            }
            return workbook.jvm().run(c.dir(), c, c.main(), args);
        }

        private static Chapter.Example example(Chapter c, String name) {
            return c.examples().stream().filter(e -> e.name().equals(name) || e.className().equals(name)).findFirst()
                    .orElseThrow(() -> new UsageException("chapter " + c.number() + " has no example '" + name
                            + "'; it has " + c.examples().stream().map(Chapter.Example::name).toList()));
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = "The self-check: which exercises of chapter NN (or of all) are solved, and the first hint for the next.")
    static final class Check implements Callable<Integer> {
        private final Workbook workbook;
        @Parameters(arity = "0..1", paramLabel = "NN", description = "the chapter; all of them if none")
        String chapter;

        Check(Workbook workbook) {
            this.workbook = workbook;
        }

        @Override
        public Integer call() throws IOException, InterruptedException {
            return workbook.selfCheck().check(chapter == null ? workbook.catalogue().chapters()
                    : List.of(workbook.catalogue().chapter(chapter)));
        }
    }

    @Command(name = "jshell", mixinStandardHelpOptions = true, description = "jshell on chapter NN's class path, with its explore.jsh loaded.")
    static final class JShell implements Callable<Integer> {
        private final Workbook workbook;
        @Parameters(index = "0", paramLabel = "NN", description = "the chapter")
        String chapter;

        JShell(Workbook workbook) {
            this.workbook = workbook;
        }

        @Override
        public Integer call() throws IOException, InterruptedException {
            Chapter c = workbook.catalogue().chapter(chapter);
            List<String> command = new ArrayList<>(List.of(Jvm.tool("jshell"), "--class-path",
                    workbook.build().classpath(c.dir()), "--startup", "DEFAULT"));
            Path script = c.dir().resolve("explore.jsh");
            if (Files.exists(script)) {
                command.add(script.toString());
                workbook.out().println("Loading " + workbook.root().relativize(script) + "; its variables are yours to play with. /exit leaves.");
            }
            return Children.await(new ProcessBuilder(command).inheritIO().start());
        }
    }

    @Command(name = "book", mixinStandardHelpOptions = true, description = "Builds the HTML book and prints where it is.")
    static final class Book implements Callable<Integer> {
        private final Workbook workbook;

        Book(Workbook workbook) {
            this.workbook = workbook;
        }

        @Override
        public Integer call() throws IOException, InterruptedException {
            // -am: the book module depends on the chapters (for its measurements); their tests are the
            // test command's job, not this one's
            int status = workbook.build().maven(List.of("-q", "-pl", "docs", "-am", "package", "-DskipTests"), null);
            if (status == 0) {
                workbook.out().println("The book: " + workbook.root().resolve("docs/target/book/index.html").toUri());
            }
            return status;
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true, description = "The flags server alone (MODE: LOCAL, DELAY or ERROR).")
    static final class Serve implements Callable<Integer> {
        private final Workbook workbook;
        @Parameters(paramLabel = "MODE PORT DELAY_MS", description = "the server's arguments, all optional")
        List<String> args = new ArrayList<>();

        Serve(Workbook workbook) {
            this.workbook = workbook;
        }

        @Override
        public Integer call() throws IOException, InterruptedException {
            return workbook.jvm().run(workbook.root().resolve("src/flags"), null, "workbook.flags.ServeFlags", args);
        }
    }

    @Command(name = "bench", mixinStandardHelpOptions = true, description = "The benchmarks: none named lists them; NAME [ARGS] runs one and writes its results file; all runs every one.")
    static final class Bench implements Callable<Integer> {
        private final Workbook workbook;
        @Parameters(paramLabel = "NAME [ARGS] | all", description = "the benchmark and its arguments")
        List<String> args = new ArrayList<>();

        Bench(Workbook workbook) {
            this.workbook = workbook;
        }

        @Override
        public Integer call() throws IOException, InterruptedException {
            return workbook.jvm().run(workbook.root().resolve("src/bench"), null, "workbook.bench.Benchmarks", args);
        }
    }
}
