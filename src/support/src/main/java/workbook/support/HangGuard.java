package workbook.support;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Ends an exercise test that does not finish within its limit, with a message that says where the code
 * under test waits.
 *
 * <p>Every {@link Exercise} test class has it. A wrong answer that deadlocks, or blocks on a read that
 * never returns, would otherwise hang the self-check; here the test fails after {@link #LIMIT} (the
 * system property {@code workbook.test.limit.seconds} changes it) and, once one test of a class has
 * hung, every later test of that class gets at most {@link #AFTER_A_HANG}, so that a whole class ends within
 * about half a minute. The message lists the test's thread and every thread it started that still runs,
 * each with the frames of the workbook's code (what the learner wrote) and the JDK frame it waits in.
 *
 * <p><b>Implementation notes.</b> The test method runs on a thread of its own, so that this guard can
 * stop waiting for it even when it ignores interrupts (a blocked pipe read does); the guard interrupts
 * it and moves on, and {@code NoLeaks}, after the class, reports and kills whatever is still running.
 */
public final class HangGuard implements InvocationInterceptor {

    /** How long one exercise test may run, unless {@code workbook.test.limit.seconds} says otherwise. */
    public static final Duration LIMIT = Duration.ofSeconds(30);

    /** How long each later test of a class may run, once one of its tests has hung. */
    public static final Duration AFTER_A_HANG = Duration.ofSeconds(5);

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                    ExtensionContext context) throws Throwable {
        ExtensionContext.Store classStore = context.getParent().orElse(context)
                .getStore(ExtensionContext.Namespace.create(HangGuard.class));
        Duration limit = Duration.ofSeconds(Long.getLong("workbook.test.limit.seconds", LIMIT.toSeconds()));
        if (classStore.get("hung") != null && limit.compareTo(AFTER_A_HANG) > 0) {
            limit = AFTER_A_HANG;
        }
        Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Thread test = new Thread(() -> {
            try {
                invocation.proceed();
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                done.countDown();
            }
        }, "exercise test " + call.getExecutable().getName());
        test.setDaemon(true); // a test that never ends must not keep the JVM alive after the run
        test.start();
        boolean finished;
        try {
            finished = done.await(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            test.interrupt();
            throw e;
        }
        if (!finished) {
            classStore.put("hung", Boolean.TRUE);
            String where = describe(test, before);
            test.interrupt();
            done.await(1, TimeUnit.SECONDS);
            throw new AssertionError(context.getDisplayName() + " did not finish within " + limit.toSeconds()
                    + " s: the code under test seems to wait for something that never happens (a deadlock, a"
                    + " missing countDown or complete, a read nobody writes to, a sleep in a loop). Where it waited:\n"
                    + where);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** The test's thread and the threads it started, each trimmed to the frames that say where it waits. */
    static String describe(Thread test, Set<Thread> before) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            Thread t = e.getKey();
            if (t == test || !before.contains(t) && t.isAlive() && mentionsWorkbook(e.getValue())) {
                parts.add("  thread \"" + t.getName() + "\" (" + t.getState() + ")\n" + trim(e.getValue()));
            }
        }
        return String.join("\n", parts);
    }

    private static boolean mentionsWorkbook(StackTraceElement[] stack) {
        return Arrays.stream(stack).anyMatch(HangGuard::isCode);
    }

    /** Whether a frame is code under test or a test, not the JDK's, JUnit's or this guard's. */
    private static boolean isCode(StackTraceElement frame) {
        String c = frame.getClassName();
        return !(c.startsWith("java.") || c.startsWith("javax.") || c.startsWith("jdk.") || c.startsWith("sun.")
                || c.startsWith("org.junit.") || c.startsWith("org.opentest4j.") || c.startsWith("org.assertj.")
                || c.startsWith(HangGuard.class.getName()));
    }

    /** The frame it waits in, the JDK call that led there, then the code's own frames down to the test. */
    private static String trim(StackTraceElement[] stack) {
        List<StackTraceElement> kept = new ArrayList<>();
        for (int i = 0; i < stack.length; i++) {
            boolean code = isCode(stack[i]);
            boolean calledByCode = i + 1 < stack.length && isCode(stack[i + 1]);
            if (i == 0 || code || calledByCode) {
                kept.add(stack[i]);
            }
            if (code && stack[i].getClassName().endsWith("Test")) {
                break; // below the test method, only JUnit's frames
            }
        }
        return kept.stream().map(f -> "      at " + f).collect(Collectors.joining("\n"));
    }
}
