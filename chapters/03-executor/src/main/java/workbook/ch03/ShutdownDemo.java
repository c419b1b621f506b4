package workbook.ch03;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Shows what {@code shutdown()}, {@code shutdownNow()} and {@code close()} do to a pool's tasks: three
 * tasks of 200 ms on one thread, stopped while the first one runs.
 *
 * <pre>./workbook run 3 --example ShutdownDemo</pre>
 */
public final class ShutdownDemo {

    /** How the pool is stopped. */
    enum Stop { SHUTDOWN, SHUTDOWN_NOW, CLOSE }

    /** What became of the tasks: what each did, what the stop call said, how many futures are done. */
    record Fate(List<String> tasks, String said, long futuresDone, double seconds) {
    }

    static final Duration WORK = Duration.ofMillis(200);

    private ShutdownDemo() {
    }

    // tag::stop[]
    static Fate stop(Stop how) throws InterruptedException {
        List<String> tasks = new CopyOnWriteArrayList<>();
        CountDownLatch firstStarted = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        String said = "";
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            for (int n = 1; n <= 3; n++) {
                String name = "task " + n;
                futures.add(pool.submit(() -> {
                    firstStarted.countDown();
                    try {
                        Thread.sleep(WORK);
                        tasks.add(name + " ran");
                    } catch (InterruptedException e) {
                        tasks.add(name + " interrupted");
                    }
                }));
            }
            if (!firstStarted.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the first task did not start within 5 s");
            }
            switch (how) {
                case SHUTDOWN -> {
                    pool.shutdown();
                    try {
                        pool.execute(() -> { });
                    } catch (RejectedExecutionException e) {
                        said = "a new task is rejected";
                    }
                }
                case SHUTDOWN_NOW -> said = pool.shutdownNow().size() + " queued tasks handed back, never run";
                case CLOSE -> said = "nothing: close() below waits for every task";
            }
        } // close(): shutdown(), then wait until all tasks are over
        long done = futures.stream().filter(Future::isDone).count();
        return new Fate(List.copyOf(tasks), said, done, (System.nanoTime() - start) / 1e9);
    }
    // end::stop[]

    public static void main(String[] args) throws InterruptedException {
        for (Stop how : Stop.values()) {
            Fate fate = stop(how);
            System.out.printf("%-12s %s; %s; %d of 3 futures done after %.2f s%n",
                    how, fate.tasks(), fate.said(), fate.futuresDone(), fate.seconds());
        }
    }
}
