package workbook.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * What bare {@code ./workbook} prints: the exercises solved per chapter as the last check found them,
 * the next exercise, and the commands. It builds nothing and runs no test, so it answers at once.
 */
final class Status {

    private final Workbook workbook;

    Status(Workbook workbook) {
        this.workbook = workbook;
    }

    void print() throws IOException {
        PrintStream out = workbook.out();
        out.println("The Java Concurrency Workbook: where you stand (as your last ./workbook check found it)");
        out.println();
        String next = null;
        for (Chapter c : workbook.catalogue().chapters()) {
            List<SelfCheck.Verdict> verdicts = SelfCheck.verdicts(c);
            long solved = verdicts.stream().filter(SelfCheck.Verdict::solved).count();
            int count = Math.max(verdicts.size(), c.exercises().size());
            String state = verdicts.isEmpty()
                    ? (count == 0 ? "not checked yet" : count + " exercises, not checked yet")
                    : solved + "/" + count + " solved" + (solved == count ? "  done" : "");
            out.printf("  %02d  %-28s %s%n", c.number(), c.title(), state);
            if (next == null && (verdicts.isEmpty() || solved < count)) {
                next = next(c, verdicts);
            }
        }
        out.println();
        out.println(next == null ? "Every exercise is solved. Well done." : next);
        out.println();
        out.println("Commands: list, run NN, check [NN], test N.M, hint N.M, reset N.M, watch [NN], jshell NN, book,");
        out.println("serve, bench; ./workbook help COMMAND says more about each.");
    }

    /** What to do next in chapter {@code c}: the first exercise the last check did not find solved. */
    private String next(Chapter c, List<SelfCheck.Verdict> verdicts) {
        Optional<Chapter.Exercise> exercise = c.exercises().stream()
                .filter(e -> verdicts.stream().noneMatch(v -> v.id().equals(e.id()) && v.solved()))
                .findFirst();
        if (exercise.isEmpty()) {
            return "Next: chapter " + c.number() + "; ./workbook check " + c.number() + " says which exercise to start with.";
        }
        Chapter.Exercise e = exercise.get();
        return "Next: exercise " + e.id() + ", " + e.title() + "\n"
                + "  edit   " + workbook.root().relativize(c.dir().resolve(e.stub())) + "\n"
                + "  check  ./workbook check " + c.number() + " (or ./workbook watch " + c.number() + " to check at every save)\n"
                + "  stuck  ./workbook hint " + e.id();
    }
}
