package workbook.ch08;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;

/**
 * Shows that a {@link ThreadLocal} belongs to each thread, virtual ones too: a buffer "cached" in one is
 * made once per pool thread, but once per task on virtual threads, since every task has a new thread.
 *
 * <pre>./workbook run 8 --example ThreadLocalPerThread</pre>
 */
public final class ThreadLocalPerThread {

    private ThreadLocalPerThread() {
    }

    // tag::buffers[]
    static final LongAdder BUFFERS_MADE = new LongAdder();

    /** A 64 KiB scratch buffer per thread: a cache on a pool, a new allocation per task on virtual threads. */
    static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> {
        BUFFERS_MADE.increment();
        return new byte[64 * 1024];
    });

    /** Runs {@code tasks} tasks that each use the buffer; returns how many buffers were made. */
    static long buffersFor(ExecutorService executor, int tasks) {
        BUFFERS_MADE.reset();
        try (executor) {
            for (int i = 0; i < tasks; i++) {
                executor.submit(() -> BUFFER.get()[0]++);
            }
        }
        return BUFFERS_MADE.sum();
    }
    // end::buffers[]

    public static void main(String[] args) {
        System.out.println("10,000 tasks on a pool of 4 threads: "
                + buffersFor(Executors.newFixedThreadPool(4), 10_000) + " buffers");
        System.out.println("10,000 tasks on virtual threads:     "
                + buffersFor(Executors.newVirtualThreadPerTaskExecutor(), 10_000) + " buffers");
    }
}
