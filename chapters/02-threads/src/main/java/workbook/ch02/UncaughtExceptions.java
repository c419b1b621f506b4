package workbook.ch02;

import java.util.concurrent.atomic.AtomicReference;

/**
 * A thread whose task throws: the exception ends that thread only, the default handler prints it, and
 * {@code join()} returns as if all went well. Two ways not to lose it: a handler, or a result holder.
 *
 * <pre>./workbook run 2 --example UncaughtExceptions</pre>
 */
public final class UncaughtExceptions {

    private UncaughtExceptions() {
    }

    static byte[] fetch(String cc) {
        throw new IllegalStateException("no flag for " + cc); // stands in for a failed download
    }

    public static void main(String[] args) throws InterruptedException {
        // tag::lost[]
        Thread lost = Thread.ofPlatform().name("flag-QQ").start(() -> fetch("QQ"));
        lost.join(); // returns normally: join() does not rethrow what ended the thread
        System.out.println("main: joined " + lost.getName() + " without an exception; it is " + lost.getState());
        // end::lost[]

        // tag::handler[]
        AtomicReference<Throwable> reported = new AtomicReference<>();
        Thread handled = Thread.ofPlatform().name("flag-QR")
                .uncaughtExceptionHandler((thread, e) -> reported.set(e)) // runs on the dying thread
                .start(() -> fetch("QR"));
        handled.join(); // the handler ran before the thread ended: its write is visible now
        System.out.println("main: the handler of " + handled.getName() + " got " + reported.get());
        // end::handler[]

        // tag::holder[]
        Result result = new Result();
        Thread held = Thread.ofPlatform().name("flag-QS").start(() -> {
            try {
                result.value = fetch("QS");
            } catch (RuntimeException e) {
                result.failure = e; // the task keeps its own failure, like a Future will
            }
        });
        held.join();
        System.out.println("main: " + held.getName() + " left value " + result.value
                + " and failure " + result.failure);
        // end::holder[]
    }

    /** What a thread left behind; read it only after joining the thread. */
    static final class Result {
        byte[] value;
        RuntimeException failure;
    }
}
