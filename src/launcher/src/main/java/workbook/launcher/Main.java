package workbook.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The workbook's launcher, {@code ./workbook} and {@code workbook.cmd}: where the learner stands, and the
 * commands that list, run and check the chapters.
 *
 * <pre>
 * ./workbook                      where you stand: solved so far, the next exercise, the commands
 * ./workbook list                 chapters, their examples and exercises
 * ./workbook run 1 [ARGS]         the chapter's flagship example
 * ./workbook check [1]            the self-check
 * ./workbook hint 1.2             one more level of the exercise's hint
 * ./workbook help COMMAND         what a command does
 * </pre>
 *
 * <p>The scripts compile this module once into {@code src/launcher/target/launcher.jar} (again when its
 * sources change) and run it with {@code -Dworkbook.root=ROOT}. A mistake in the arguments ends with
 * a one-line message and exit status 2; a build or file that fails, with its message and status 1.
 */
@Command(name = "workbook", mixinStandardHelpOptions = true, version = "The Java Concurrency Workbook",
        header = "The Java Concurrency Workbook", synopsisSubcommandLabel = "[COMMAND]",
        description = "With no command: where you stand (exercises solved per chapter, the next one) and the commands.",
        footer = {"", "NN is a chapter number (1 or 01) or its folder name (01-flags); N.M an exercise (1.2).",
                "./workbook help COMMAND (or COMMAND --help) says more about each."})
public final class Main implements Callable<Integer> {

    private final Workbook workbook;

    Main(Workbook workbook) {
        this.workbook = workbook;
    }

    /** The exit status that asks {@code workbook.cmd} to build the launcher again: its sources are newer than its jar. */
    static final int STALE = 242;

    /** The oldest JDK the workbook builds and runs on. */
    static final int MIN_JDK = 21;

    public static void main(String[] args) throws IOException {
        if (Runtime.version().feature() < MIN_JDK) {
            System.err.println("The workbook needs a JDK " + MIN_JDK + " or newer; this is Java " + Runtime.version()
                    + " (" + System.getProperty("java.home") + "). Set JAVA_HOME to a newer JDK.");
            System.exit(1);
        }
        Path root = Path.of(System.getProperty("workbook.root", ".")).toAbsolutePath().normalize();
        if (Boolean.getBoolean("workbook.launcher.checkSources") && stale(root)) {
            System.exit(STALE); // workbook.cmd cannot compare dates itself
        }
        System.exit(execute(Workbook.at(root, System.out), System.err, args));
    }

    /** Whether a source of the launcher, or its POM, is newer than the jar it runs from. */
    static boolean stale(Path root) throws IOException {
        Path jar = root.resolve("src/launcher/target/launcher.jar");
        Path launcher = root.resolve("src/launcher");
        return !Files.exists(jar) || new Build(root).newer(Files.getLastModifiedTime(jar), List.of(launcher.resolve("src/main")))
                || Files.getLastModifiedTime(launcher.resolve("pom.xml")).compareTo(Files.getLastModifiedTime(jar)) > 0;
    }

    /** Runs the command {@code args} names on the workbook and returns its exit status. */
    static int execute(Workbook workbook, PrintStream err, String... args) {
        return commandLine(workbook, err).execute(args);
    }

    /** The command line with every subcommand, its output to the workbook's {@code out}, its errors to {@code err}. */
    static CommandLine commandLine(Workbook workbook, PrintStream err) {
        CommandLine cli = new CommandLine(new Main(workbook));
        cli.addSubcommand(new CommandLine.HelpCommand());
        cli.addSubcommand(new ChapterCommands.ListChapters(workbook));
        cli.addSubcommand(passingArguments(new ChapterCommands.Run(workbook)));
        cli.addSubcommand(new ChapterCommands.Check(workbook));
        cli.addSubcommand(new LearnerCommands.Test(workbook));
        cli.addSubcommand(new LearnerCommands.Hint(workbook));
        cli.addSubcommand(new LearnerCommands.Reset(workbook));
        cli.addSubcommand(new LearnerCommands.Watch(workbook));
        cli.addSubcommand(new ChapterCommands.JShell(workbook));
        cli.addSubcommand(new ChapterCommands.Book(workbook));
        cli.addSubcommand(passingArguments(new ChapterCommands.Serve(workbook)));
        cli.addSubcommand(passingArguments(new ChapterCommands.Bench(workbook)));
        cli.setOut(new PrintWriter(workbook.out(), true));
        cli.setErr(new PrintWriter(err, true));
        cli.setParameterExceptionHandler((e, given) -> usageError(err, e.getMessage(), e.getCommandLine()));
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof UsageException) {
                return usageError(err, e.getMessage(), command);
            } else if (e instanceof IOException || e instanceof UncheckedIOException) {
                err.println("workbook: " + e.getMessage());
                return 1;
            } else if (e instanceof InterruptedException) {
                return 130;
            }
            throw e; // a bug in the launcher: its stack trace says where
        });
        return cli;
    }

    /** A command whose arguments after the first are the program's, options included. */
    private static CommandLine passingArguments(Object command) {
        CommandLine cli = new CommandLine(command);
        cli.setStopAtPositional(true);
        cli.setUnmatchedOptionsArePositionalParams(true);
        return cli;
    }

    private static int usageError(PrintStream err, String message, CommandLine command) {
        err.println("workbook: " + message);
        err.println("Try ./workbook " + (command.getParent() == null ? "help" : command.getCommandName() + " --help"));
        return 2;
    }

    @Override
    public Integer call() throws IOException {
        new Status(workbook).print();
        return 0;
    }
}
