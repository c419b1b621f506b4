package workbook.ch08;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingStream;

/**
 * Shows which blocking calls pin a virtual thread to its carrier on the JDK it runs on, as the JFR event
 * {@code jdk.VirtualThreadPinned} reports them: a sleep holding a {@code synchronized} monitor (pins up to
 * JDK 23, not since JDK 24's JEP 491), holding a {@code ReentrantLock} (never pins), and in a class's
 * static initializer (pins on every JDK so far).
 *
 * <pre>./workbook run 8 --example PinnedOrNot</pre>
 */
public final class PinnedOrNot {

    private static final Duration NAP = Duration.ofMillis(50);
    private static final Object MONITOR = new Object();
    private static final ReentrantLock LOCK = new ReentrantLock();

    private PinnedOrNot() {
    }

    /** Sleeps while its class is being initialized: the first thread to touch it runs this. */
    private static final class SlowInit {
        static {
            nap();
        }

        static void touch() {
        }
    }

    // tag::cases[]
    /** What each case does on a virtual thread: it blocks for a moment in a different place. */
    static final Map<String, Runnable> CASES = Map.of(
            "synchronized", () -> {
                synchronized (MONITOR) {
                    nap();
                }
            },
            "ReentrantLock", () -> {
                LOCK.lock();
                try {
                    nap();
                } finally {
                    LOCK.unlock();
                }
            },
            "class initializer", SlowInit::touch);
    // end::cases[]

    // tag::pinned[]
    /** Runs each case on a virtual thread while JFR records pinning; returns the cases that pinned. */
    static List<String> pinned() throws InterruptedException {
        List<String> pinned = new ArrayList<>();
        try (RecordingStream recording = new RecordingStream()) {
            recording.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ofMillis(10));
            recording.onEvent("jdk.VirtualThreadPinned", event -> {
                synchronized (pinned) {
                    pinned.add(caseOf(event));
                }
            });
            recording.startAsync();
            for (Map.Entry<String, Runnable> c : CASES.entrySet()) {
                Thread.ofVirtual().name(c.getKey()).start(c.getValue()).join();
            }
            recording.stop(); // waits until every event recorded so far has been handed to onEvent
        }
        return pinned;
    }
    // end::pinned[]

    /** The case whose thread pinned: the virtual thread's name. */
    private static String caseOf(RecordedEvent event) {
        if (event.getThread() != null && event.getThread().getJavaName() != null) {
            return event.getThread().getJavaName();
        }
        List<RecordedFrame> frames = event.getStackTrace() == null ? List.of() : event.getStackTrace().getFrames();
        return frames.isEmpty() ? "?" : frames.get(frames.size() - 1).getMethod().getName();
    }

    private static void nap() {
        try {
            Thread.sleep(NAP);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> pinned = pinned();
        System.out.println("Java " + Runtime.version().feature() + ", a virtual thread blocking for " + NAP.toMillis() + " ms:");
        for (String c : List.of("synchronized", "ReentrantLock", "class initializer")) {
            System.out.printf("  in %-18s %s%n", c + ":", pinned.contains(c) ? "pinned its carrier" : "unmounted");
        }
    }
}
