package workbook.support;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * One run of a chapter's exercise tests against one set of classes: the stubs or the solutions.
 *
 * <p>The chapter's test classes and the chosen classes are loaded child-first by a fresh class loader,
 * so they shadow whatever the test JVM's class path holds under the same names; JUnit, the workbook's
 * support and the chapter's dependencies come from the parent.
 */
final class ExerciseRun {

    /**
     * What became of one test: its outcome and, when it did not succeed, why ({@code why} is the first
     * line of the failure, {@code message} all of it). {@code method} is the test method's name, or the
     * empty string for a test class that failed as a whole (in its set-up, or by leaving threads behind).
     */
    record Outcome(String name, String testClass, String method, TestExecutionResult.Status status, String why,
                   String message) {

        /** Whether this is the verdict of a whole test class rather than of one test. */
        boolean isClassLevel() {
            return method.isEmpty();
        }
    }

    private ExerciseRun() {
    }

    /** The exercise test classes ({@code @Exercise}, directly or through {@code @Tag("exercise")}) in {@code testClasses}. */
    static List<String> exerciseClassNames(Path testClasses, Path mainClasses) {
        try (URLClassLoader loader = new ChildFirstLoader(testClasses, mainClasses);
             Stream<Path> files = Files.walk(testClasses)) {
            List<String> names = new ArrayList<>();
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = testClasses.relativize(file).toString();
                if (!name.endsWith(".class") || name.contains("$")) {
                    continue;
                }
                String className = name.substring(0, name.length() - 6).replace(file.getFileSystem().getSeparator(), ".");
                Class<?> type = Class.forName(className, false, loader);
                boolean tagged = AnnotationSupport.findRepeatableAnnotations(type, org.junit.jupiter.api.Tag.class)
                        .stream().anyMatch(t -> t.value().equals("exercise"));
                if (tagged) {
                    names.add(className);
                }
            }
            names.sort(null);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs the exercise tests in {@code classNames} with {@code chosenClasses} in place of the stubs:
     * the outcome of every test, and of every test class that failed as a whole, by unique id.
     */
    static Map<String, Outcome> run(Path testClasses, Path chosenClasses, List<String> classNames) {
        return run(classNames, testClasses, chosenClasses);
    }

    /** Runs the exercise tests in {@code classNames}, their classes looked up in {@code folders} first, in order. */
    static Map<String, Outcome> run(List<String> classNames, Path... folders) {
        return run(classNames, "", folders);
    }

    /**
     * Runs the test methods named {@code method} of the exercise test classes in {@code classNames}, or
     * all their tests if {@code method} is empty, their classes looked up in {@code folders} first.
     */
    static Map<String, Outcome> run(List<String> classNames, String method, Path... folders) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new ChildFirstLoader(folders)) {
            Thread.currentThread().setContextClassLoader(loader);
            List<Class<?>> classes = new ArrayList<>();
            for (String name : classNames) {
                classes.add(Class.forName(name, false, loader));
            }
            List<DiscoverySelector> selectors = new ArrayList<>();
            for (Class<?> c : classes) {
                if (method.isEmpty()) {
                    selectors.add(selectClass(c));
                } else {
                    Arrays.stream(c.getDeclaredMethods()).filter(m -> m.getName().equals(method))
                            .forEach(m -> selectors.add(selectMethod(c, m)));
                }
            }
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectors)
                    .filters(TagFilter.includeTags("exercise"))
                    .build();
            Recorder recorder = new Recorder();
            LauncherFactory.create(LauncherConfig.builder()
                            .enableTestExecutionListenerAutoRegistration(false)
                            .build())
                    .execute(request, recorder);
            return recorder.outcomes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /**
     * Records each test's outcome, and the outcome of a test class that failed as a whole as a verdict
     * of its own: a class whose tests passed but which left a thread behind must not hide them.
     */
    private static final class Recorder implements TestExecutionListener {
        final Map<String, Outcome> outcomes = new LinkedHashMap<>();
        private final Map<String, TestExecutionResult> containers = new LinkedHashMap<>();
        private TestPlan plan;

        @Override
        public void testPlanExecutionStarted(TestPlan testPlan) {
            plan = testPlan;
        }

        @Override
        public void executionSkipped(TestIdentifier id, String reason) {
            if (id.isTest()) {
                outcomes.put(id.getUniqueId(), outcome(id, null, "skipped: " + reason, ""));
            } else {
                plan.getDescendants(id).stream().filter(TestIdentifier::isTest).forEach(
                        t -> outcomes.put(t.getUniqueId(), outcome(t, null, "skipped: " + reason, "")));
            }
        }

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (id.isTest()) {
                outcomes.put(id.getUniqueId(), outcome(id, result.getStatus(), why(result), message(result)));
                return;
            }
            boolean testClass = id.getSource().orElse(null) instanceof ClassSource;
            if (testClass && result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                // @BeforeAll, @AfterAll or NoLeaks failed: a verdict of its own, beside its tests' verdicts
                List<TestIdentifier> tests = plan.getDescendants(id).stream().filter(TestIdentifier::isTest).toList();
                for (TestIdentifier t : tests) {
                    // a test that never ran because its class could not start fails with the class
                    outcomes.putIfAbsent(t.getUniqueId(), outcome(t, result.getStatus(),
                            "its class failed: " + why(result), message(result)));
                }
                outcomes.put(id.getUniqueId(), outcome(id, result.getStatus(), why(result), message(result)));
            }
            containers.put(id.getUniqueId(), result);
        }

        private Outcome outcome(TestIdentifier id, TestExecutionResult.Status status, String why, String message) {
            String testClass = "";
            String method = "";
            if (id.getSource().orElse(null) instanceof MethodSource m) {
                testClass = m.getClassName();
                method = m.getMethodName();
            } else if (id.getSource().orElse(null) instanceof ClassSource c) {
                testClass = c.getClassName();
            }
            if (id.isTest() && method.isEmpty()) {
                method = id.getDisplayName(); // a dynamic test: its name stands for its method
            }
            return new Outcome(name(id), testClass, method, status, why, message);
        }

        private String name(TestIdentifier id) {
            List<String> parts = new ArrayList<>();
            for (Optional<TestIdentifier> t = Optional.of(id); t.isPresent() && t.get().getParentId().isPresent();
                 t = plan.getParent(t.get())) {
                parts.addFirst(t.get().getDisplayName());
            }
            return String.join(" > ", parts);
        }

        private static String why(TestExecutionResult result) {
            return result.getThrowable().map(t -> t.getClass().getSimpleName() + ": " + firstLine(t.getMessage()))
                    .orElse("");
        }

        private static String message(TestExecutionResult result) {
            return result.getThrowable().map(t -> t.getClass().getSimpleName() + ": " + t.getMessage()).orElse("");
        }

        private static String firstLine(String message) {
            return message == null ? "" : message.lines().findFirst().orElse("");
        }
    }

    /** A class loader that looks in its own folders first and asks its parent only for what they lack. */
    private static final class ChildFirstLoader extends URLClassLoader {
        ChildFirstLoader(Path... folders) {
            super("exercise-run", urls(folders), ExerciseRun.class.getClassLoader());
        }

        private static URL[] urls(Path... folders) {
            return Stream.of(folders).map(f -> {
                try {
                    return f.toUri().toURL();
                } catch (MalformedURLException e) {
                    throw new IllegalArgumentException(e);
                }
            }).toArray(URL[]::new);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    try {
                        c = findClass(name);
                    } catch (ClassNotFoundException notMine) {
                        return super.loadClass(name, resolve);
                    }
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            URL mine = findResource(name);
            return mine != null ? mine : super.getResource(name);
        }
    }
}
