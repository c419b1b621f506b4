package workbook.ch02;

import java.time.Duration;

/**
 * A spinner turns on its own thread while the main thread does something slow, then main stops it by
 * interrupting it: Fluent Python's {@code spinner_thread.py}, where a {@code threading.Event} plays the
 * part that Java builds into every thread.
 *
 * <pre>./workbook run 2 --example InterruptToStop</pre>
 *
 * <p>Interruption is a request, not a kill: {@code interrupt()} sets a flag, and the thread stops only
 * because its code looks at the flag. Blocking calls such as {@code sleep}, {@code join} or an HTTP
 * {@code send} look for it themselves and throw {@link InterruptedException}.
 */
public final class InterruptToStop {

    private InterruptToStop() {
    }

    // tag::spin[]
    /** Shows a turning bar and {@code message} until the thread is interrupted, then wipes the line. */
    static void spin(String message) {
        String status = "";
        try {
            for (int i = 0; !Thread.currentThread().isInterrupted(); i++) { // the flag, for a busy loop
                status = "\r" + "\\|/-".charAt(i % 4) + " " + message;
                System.out.print(status);
                System.out.flush();
                Thread.sleep(100); // throws InterruptedException if interrupted before or during the sleep
            }
        } catch (InterruptedException e) {
            // the request to stop: leave the loop (the thread ends next, so the flag need not be restored)
        }
        System.out.print("\r" + " ".repeat(status.length()) + "\r");
    }
    // end::spin[]

    static int slow(Duration duration) throws InterruptedException {
        Thread.sleep(duration); // pretend to wait for I/O
        return 42;
    }

    // tag::supervisor[]
    static int supervisor(Duration work) throws InterruptedException {
        Thread spinner = Thread.ofPlatform().name("spinner").unstarted(() -> spin("thinking!"));
        System.out.println("spinner object: " + spinner);
        spinner.start();
        try {
            return slow(work);
        } finally {
            spinner.interrupt(); // ask it to stop...
            spinner.join();      // ...and wait until it has
        }
    }
    // end::supervisor[]

    public static void main(String[] args) throws InterruptedException {
        int result = supervisor(Duration.ofSeconds(3));
        System.out.println("Answer: " + result);
    }
}
