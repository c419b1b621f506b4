package workbook.support;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes a chapter's catalogue, {@code target/workbook-catalogue.json}: its number and title, its runnable
 * examples and how each is run, and its exercises with their hints; {@code ./workbook} reads nothing else
 * about a chapter.
 *
 * <p>The build runs it after compiling the tests (the root POM's {@code chapter} profile), with the
 * chapter's test class path, so that everything in the catalogue comes from the code and the POM's own
 * model: the title is {@code ${project.name}}, an example is a class with a {@code public static void main},
 * the arguments it takes are the value of its {@code ARGUMENTS} field (one without takes none), and an
 * exercise is a test class annotated {@link Exercise}.
 *
 * <pre>
 * java workbook.support.Catalogue dir=chapters/01-flags "name=01 The flags problem" main=workbook.ch01.Flags2Sequential \
 *     jvmArgs= aot=false warmUp=false output=chapters/01-flags/target/workbook-catalogue.json
 * </pre>
 */
public final class Catalogue {

    /** The name of the field in which an example names the arguments it takes, as in {@code "[DIR]"}. */
    public static final String ARGUMENTS_FIELD = "ARGUMENTS";

    private Catalogue() {
    }

    /** Writes the catalogue; each argument is {@code key=value}, since a POM property may be empty. */
    public static void main(String[] args) throws IOException {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            given.put(eq < 0 ? arg : arg.substring(0, eq), eq < 0 ? "" : arg.substring(eq + 1).strip());
        }
        List<String> keys = List.of("dir", "name", "main", "jvmArgs", "aot", "warmUp", "output");
        if (!given.keySet().containsAll(keys)) {
            throw new IllegalArgumentException("usage: Catalogue " + String.join("=... ", keys) + "=..., not " + given);
        }
        Path output = Path.of(given.get("output"));
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, json(Path.of(given.get("dir")), given.get("name"), given.get("main"),
                given.get("jvmArgs"), Boolean.parseBoolean(given.get("aot")), Boolean.parseBoolean(given.get("warmUp")),
                Thread.currentThread().getContextClassLoader()));
    }

    /** The catalogue of the chapter in {@code dir}, its classes loaded (never initialised, but to read a field) by {@code loader}. */
    static String json(Path dir, String name, String main, String jvmArgs, boolean aot, boolean warmUp,
            ClassLoader loader) throws IOException {
        String folder = dir.toAbsolutePath().normalize().getFileName().toString();
        // the POM's name is "NN Title": the number is the folder's, the rest the title
        String title = name.startsWith(folder.substring(0, 2) + " ") ? name.substring(3).strip() : name.strip();
        List<Map<String, Object>> examples = new ArrayList<>();
        for (Class<?> type : classes(dir.resolve("target/classes"), loader)) {
            boolean stub = Files.exists(dir.resolve("src/exercise/java").resolve(sourcePath(type)));
            if (!stub && runnable(type)) {
                Map<String, Object> example = new LinkedHashMap<>();
                example.put("name", type.getSimpleName());
                example.put("class", type.getName());
                example.put("flagship", type.getName().equals(main));
                example.put("arguments", arguments(type).orElse(null));
                examples.add(example);
            }
        }
        List<Class<?>> tests = new ArrayList<>(classes(dir.resolve("target/test-classes"), loader).stream()
                .filter(t -> t.isAnnotationPresent(Exercise.class)).toList());
        tests.sort(Comparator.comparing((Class<?> t) -> t.getAnnotation(Exercise.class).id(), ExerciseIds::compare));
        List<Map<String, Object>> exercises = new ArrayList<>();
        for (Class<?> test : tests) {
            Exercise e = test.getAnnotation(Exercise.class);
            Map<String, Object> exercise = new LinkedHashMap<>();
            exercise.put("id", e.id());
            exercise.put("title", e.title());
            exercise.put("test", test.getName());
            exercise.put("stub", "src/exercise/java/" + sourcePath(e.stub()));
            exercise.put("solution", "src/solution/java/" + sourcePath(e.stub()));
            exercise.put("hint", Stream.of(e.hint()).map(String::strip).toList());
            exercises.add(exercise);
        }
        Map<String, Object> chapter = new LinkedHashMap<>();
        chapter.put("folder", folder);
        chapter.put("number", Integer.parseInt(folder.substring(0, 2)));
        chapter.put("title", title);
        chapter.put("main", main);
        chapter.put("jvmArgs", jvmArgs.isBlank() ? List.of() : List.of(jvmArgs.strip().split("\\s+")));
        chapter.put("aot", aot);
        chapter.put("warmUp", warmUp);
        chapter.put("examples", examples);
        chapter.put("exercises", exercises);
        return Json.GSON.toJson(chapter) + "\n";
    }

    private static String sourcePath(Class<?> type) {
        return type.getName().replace('.', '/') + ".java";
    }

    /** Whether {@code type} declares {@code public static void main(String[])}. */
    static boolean runnable(Class<?> type) {
        try {
            Method main = type.getDeclaredMethod("main", String[].class);
            return Modifier.isPublic(main.getModifiers()) && Modifier.isStatic(main.getModifiers())
                    && main.getReturnType() == void.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** The value of the example's {@code ARGUMENTS} field, if it declares one: reading it initialises the class. */
    static Optional<String> arguments(Class<?> type) {
        try {
            Field field = type.getDeclaredField(ARGUMENTS_FIELD);
            field.setAccessible(true);
            return Optional.of(String.valueOf(field.get(null)));
        } catch (NoSuchFieldException e) {
            return Optional.empty();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(type.getName() + "." + ARGUMENTS_FIELD + " cannot be read", e);
        }
    }

    /** The top-level classes compiled into {@code folder}, sorted by name. */
    private static List<Class<?>> classes(Path folder, ClassLoader loader) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            List<String> names = files.map(f -> folder.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.endsWith(".class") && !f.contains("$") && !f.endsWith("module-info.class")
                            && !f.endsWith("package-info.class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                    .sorted().toList();
            List<Class<?>> classes = new ArrayList<>();
            for (String n : names) {
                try {
                    classes.add(Class.forName(n, false, loader));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("cannot load " + n + " for the catalogue: " + e, e);
                }
            }
            return classes;
        }
    }
}
