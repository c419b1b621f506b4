package workbook.ch08;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Shows what a virtual thread runs on: its {@code toString()} names the carrier, the platform thread it
 * is mounted on, and after a blocking call the carrier may be another one.
 *
 * <pre>./workbook run 8 --example MountedOnCarrier</pre>
 */
public final class MountedOnCarrier {

    private MountedOnCarrier() {
    }

    // tag::carriers[]
    /** Starts {@code count} virtual threads that each note their carrier before and after a sleep. */
    static List<String> carriers(int count, Duration sleep) throws InterruptedException {
        List<String> lines = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            threads.add(Thread.ofVirtual().name("v" + i).start(() -> {
                String before = Thread.currentThread().toString(); // VirtualThread[#31,v0]/runnable@ForkJoinPool-1-worker-1
                try {
                    Thread.sleep(sleep); // unmounts: the carrier is free for another virtual thread
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                String after = Thread.currentThread().toString();
                synchronized (lines) {
                    lines.add(before + "  then  " + after.substring(after.indexOf('@') + 1));
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        return lines;
    }
    // end::carriers[]

    public static void main(String[] args) throws InterruptedException {
        carriers(6, Duration.ofMillis(100)).forEach(System.out::println);
        System.out.println(Runtime.getRuntime().availableProcessors() + " cores; the carriers are a ForkJoinPool of that many threads");
    }
}
