package workbook.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.launcher.listeners.TestExecutionSummary.Failure;

/**
 * The leak guard, proven: test classes that leave a virtual thread behind, run through the JUnit
 * Platform here, must fail with a report that names the thread; one that leaves nothing must pass.
 */
class NoLeaksTest {

    /** Holds the leaked threads until the test lets them go, so that they do not outlive it. */
    static volatile CountDownLatch release = new CountDownLatch(1);

    /** Whether the fixtures below are being run by this test, not found by Surefire on its own. */
    static volatile boolean armed;

    static final class LeaksAStartedVirtualThread {
        @Test
        void leaves_a_virtual_thread_waiting() {
            if (armed) {
                Thread.ofVirtual().name("leaked-on-purpose").start(() -> await(release));
            }
        }
    }

    static final class LeaksAnExecutorsVirtualThread {
        @Test
        void leaves_an_executor_open() {
            if (armed) {
                @SuppressWarnings("resource") // the leak is the point
                ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
                executor.submit(() -> await(release));
            }
        }
    }

    static final class EndsItsVirtualThreads {
        @Test
        void closes_its_executor() {
            try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < 100; i++) {
                    executor.submit(() -> {
                        Thread.sleep(10);
                        return null;
                    });
                }
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Failure> run(Class<?> fixture) {
        Launcher launcher = LauncherFactory.create();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(fixture))
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true").build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        armed = true;
        try {
            launcher.execute(request, listener);
        } finally {
            armed = false;
        }
        TestExecutionSummary summary = listener.getSummary();
        return summary.getFailures();
    }

    @Test
    void a_virtual_thread_left_running_fails_its_class_and_is_named_with_its_stack() {
        release = new CountDownLatch(1);
        try {
            List<Failure> failures = run(LeaksAStartedVirtualThread.class);
            assertThat(failures).as("failures of a class that leaves a virtual thread running").hasSize(1);
            assertThat(failures.get(0).getException().getMessage())
                    .contains("left behind what it started", "virtual thread #", "\"leaked-on-purpose\"",
                            "started by <root>", "CountDownLatch.await");
        } finally {
            release.countDown();
        }
    }

    @Test
    void a_virtual_thread_of_an_open_executor_is_named_with_its_executor() {
        release = new CountDownLatch(1);
        try {
            List<Failure> failures = run(LeaksAnExecutorsVirtualThread.class);
            assertThat(failures).as("failures of a class that leaves an executor's virtual thread running").hasSize(1);
            assertThat(failures.get(0).getException().getMessage())
                    .contains("virtual thread #", "ThreadPerTaskExecutor");
        } finally {
            release.countDown();
        }
    }

    @Test
    void virtual_threads_that_end_are_not_leaks() {
        assertThat(run(EndsItsVirtualThreads.class)).as("failures of a class whose virtual threads all end").isEmpty();
    }
}
