package workbook.ch09;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Subtask;

/**
 * Three subtasks in a {@link StructuredTaskScope}, JDK 25's preview API (JEP 505): one fails after
 * 100 ms, and the scope's join ends at once, with the other two interrupted. Sleeps stand in for
 * downloads, so that it runs with the JDK alone:
 *
 * <pre>java --enable-preview --source 25 chapters/09-composition/src/preview/java/workbook/ch09/ScopeDemo.java</pre>
 */
public final class ScopeDemo {

    private static final long START = System.nanoTime();

    private ScopeDemo() {
    }

    public static void main(String[] args) throws InterruptedException {
        // tag::scope[]
        try (var scope = StructuredTaskScope.open()) {        // all must succeed: the first failure ends it
            Subtask<String> name = scope.fork(() -> step("name of BR", Duration.ofSeconds(1), false));
            Subtask<String> flag = scope.fork(() -> step("flag of BR", Duration.ofSeconds(2), false));
            Subtask<String> other = scope.fork(() -> step("name of CN", Duration.ofMillis(100), true));
            scope.join();                                     // throws FailedException at CN's failure
            System.out.println(name.get() + ", " + flag.get() + ", " + other.get());
        } catch (StructuredTaskScope.FailedException e) {
            log("join failed: " + e.getCause().getMessage());
        }                                                     // close(): every subtask has ended
        // end::scope[]
        log("scope closed");
    }

    static String step(String what, Duration takes, boolean fails) throws Exception {
        try {
            Thread.sleep(takes);
        } catch (InterruptedException e) {
            log(what + " interrupted");
            throw e;
        }
        if (fails) {
            log(what + " failed");
            throw new IllegalStateException(what + ": HTTP 500");
        }
        return what;
    }

    static void log(String what) {
        System.out.printf(Locale.ROOT, "%.2f s %s%n", (System.nanoTime() - START) / 1e9, what);
    }
}
