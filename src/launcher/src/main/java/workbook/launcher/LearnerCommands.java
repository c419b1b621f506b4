package workbook.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The learner's tools for one exercise or chapter: {@code test}, {@code hint}, {@code reset}, {@code watch}. */
final class LearnerCommands {

    private LearnerCommands() {
    }

    @Command(name = "test", mixinStandardHelpOptions = true, description = "Runs exercise N.M's test class against your code, with its full messages.")
    static final class Test implements Callable<Integer> {
        private final Workbook workbook;
        @Parameters(index = "0", paramLabel = "N.M", description = "the exercise, such as 1.2")
        String id;

        Test(Workbook workbook) {
            this.workbook = workbook;
        }

        @Override
        public Integer call() throws IOException, InterruptedException {
            Map.Entry<Chapter, Chapter.Exercise> found = workbook.catalogue().exercise(id);
            return workbook.selfCheck().test(found.getKey(), found.getValue());
        }
    }

    @Command(name = "hint", mixinStandardHelpOptions = true, description = {"Exercise N.M's hint, one level more each time you ask.",
            "First a nudge, then the approach, then where the reference solution is.",
            "The levels shown are kept in " + Hints.FILE + "; delete it to start again."})
    static final class Hint implements Callable<Integer> {
        private final Workbook workbook;
        @Parameters(index = "0", paramLabel = "N.M", description = "the exercise, such as 1.2")
        String id;

        Hint(Workbook workbook) {
            this.workbook = workbook;
        }

        @Override
        public Integer call() throws IOException, InterruptedException {
            Map.Entry<Chapter, Chapter.Exercise> found = workbook.catalogue().exercise(id);
            Chapter.Exercise exercise = found.getValue();
            List<String> shown = new Hints(workbook.root()).next(found.getKey(), exercise);
            int levels = Hints.levels(found.getKey(), exercise).size();
            workbook.out().printf("Exercise %s, %s%n", exercise.id(), exercise.title());
            for (int i = 0; i < shown.size(); i++) {
                workbook.out().printf("%nHint %d of %d: %s%n", i + 1, levels, shown.get(i));
            }
            workbook.out().println(shown.size() < levels
                    ? "\n./workbook hint " + exercise.id() + " again tells more."
                    : "\nThat was the last level.");
            return 0;
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true, description = {"Puts exercise N.M's stub back, keeping your version first.",
            "Your version goes to " + Stubs.BACKUPS + "/N.M-TIME/, whose path it prints."})
    static final class Reset implements Callable<Integer> {
        private final Workbook workbook;
        @Parameters(index = "0", paramLabel = "N.M", description = "the exercise, such as 1.2")
        String id;

        Reset(Workbook workbook) {
            this.workbook = workbook;
        }

        @Override
        public Integer call() throws IOException, InterruptedException {
            Map.Entry<Chapter, Chapter.Exercise> found = workbook.catalogue().exercise(id);
            String file = workbook.root().relativize(found.getKey().dir().resolve(found.getValue().stub())).toString();
            Optional<Path> backup = new Stubs(workbook.root()).reset(found.getKey(), found.getValue());
            if (backup.isPresent()) {
                workbook.out().println("Your version is kept in " + workbook.root().relativize(backup.get()));
                workbook.out().println(file + " is the stub again.");
            } else {
                workbook.out().println(file + " is the stub already: nothing to keep, nothing changed.");
            }
            return 0;
        }
    }

    @Command(name = "watch", mixinStandardHelpOptions = true, description = {"Checks chapter NN again each time one of its exercise files changes.",
            "With no NN, every chapter's. One check at a time; Ctrl-C stops."})
    static final class Watch implements Callable<Integer> {
        private final Workbook workbook;
        @Parameters(arity = "0..1", paramLabel = "NN", description = "the chapter; all of them if none")
        String chapter;

        Watch(Workbook workbook) {
            this.workbook = workbook;
        }

        @Override
        public Integer call() throws IOException, InterruptedException {
            List<Chapter> chosen = chapter == null ? workbook.catalogue().chapters() : List.of(workbook.catalogue().chapter(chapter));
            List<Chapter> withExercises = chosen.stream()
                    .filter(c -> Files.isDirectory(c.dir().resolve("src/exercise/java"))).toList();
            if (withExercises.isEmpty()) {
                throw new UsageException((chapter == null ? "no chapter has" : "chapter " + chapter + " has")
                        + " exercises to watch");
            }
            new Watcher(workbook.out()).watch(withExercises, chapter != null,
                    c -> workbook.selfCheck().check(List.of(c)));
            return 0;
        }
    }
}
