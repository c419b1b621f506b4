package workbook.ch05;

import java.io.Console;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress report for work done in a known number of steps, like Python's {@code tqdm}: on a terminal
 * a bar redrawn in place; anywhere else (a pipe, a file, a CI log) a plain line every tenth of the way,
 * with no control characters at all.
 *
 * <pre>{@code
 * try (Progress progress = Progress.open(codes.size())) {   // decides from System.console()
 *     for (...) {
 *         ...
 *         progress.step();
 *     }
 * }
 * }</pre>
 *
 * <p>Steps may come from any thread. No thread of its own: it redraws when a step is made.
 */
public final class Progress implements AutoCloseable {

    private static final int WIDTH = 30;

    private final int total;
    private final PrintStream out;
    private final boolean live;
    private final long start = System.nanoTime();
    private int done;
    private int tenthsShown;

    private Progress(int total, PrintStream out, boolean live) {
        this.total = total;
        this.out = out;
        this.live = live;
    }

    /** A report on {@code System.out}: a live bar if it is a terminal, plain lines otherwise. */
    public static Progress open(int total) {
        return open(total, System.out);
    }

    /** A report on {@code out}: a live bar if it is {@code System.out} on a terminal, plain lines otherwise. */
    public static Progress open(int total, PrintStream out) {
        return open(total, out, out == System.out && onTerminal());
    }

    /** A report on {@code out}: a live bar redrawn with {@code \r} if {@code live}, plain lines otherwise. */
    public static Progress open(int total, PrintStream out, boolean live) {
        if (total < 1) {
            throw new IllegalArgumentException("a progress report needs at least one step, not " + total);
        }
        return new Progress(total, out, live);
    }

    /** A report that shows nothing, for when each step prints its own line ({@code -v}). */
    public static Progress none() {
        return new Progress(1, new PrintStream(OutputStream.nullOutputStream()), false);
    }

    // tag::terminal[]
    /**
     * Whether standard input and output are a terminal. Up to JDK 21 {@code System.console()} is
     * {@code null} when they are not; JDK 22 to 24 return a console all the same, and
     * {@code Console.isTerminal()} (JDK 22+, which {@code --release 21} cannot name) tells.
     */
    public static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a console exists only on a terminal
        }
    }
    // end::terminal[]

    /** Counts one step done and shows it. */
    public synchronized void step() {
        done++;
        double seconds = (System.nanoTime() - start) / 1e9;
        if (live) {
            int filled = done * WIDTH / total;
            out.printf(Locale.ROOT, "\r%3d%%|%-" + WIDTH + "s| %d/%d [%.2fs]",
                    percent(), "#".repeat(filled), done, total, seconds);
            out.flush();
        } else if (done * 10L / total > tenthsShown || done == total) {
            tenthsShown = (int) (done * 10L / total);
            out.printf(Locale.ROOT, "%3d%% %d/%d [%.2fs]%n", percent(), done, total, seconds);
        }
    }

    private int percent() {
        return (int) (done * 100L / total);
    }

    /** Ends the live bar's line, so that what is printed next starts on a line of its own. */
    @Override
    public synchronized void close() {
        if (live && done > 0) {
            out.println();
        }
    }
}
