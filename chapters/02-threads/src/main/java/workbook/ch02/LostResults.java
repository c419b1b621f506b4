package workbook.ch02;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Several threads add their results to one shared collection: a plain {@link ArrayList} loses some and
 * throws now and then, while a synchronized list and a concurrent queue keep every one.
 *
 * <pre>./workbook run 2 --example LostResults</pre>
 */
public final class LostResults {

    static final int THREADS = 4;
    static final int RESULTS_PER_THREAD = 100_000;

    private LostResults() {
    }

    // tag::collect[]
    /** Has {@link #THREADS} threads add {@link #RESULTS_PER_THREAD} results each; returns how many adds threw. */
    static int collect(Collection<Integer> results) throws InterruptedException {
        AtomicInteger failedAdds = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < RESULTS_PER_THREAD; i++) {
                    try {
                        results.add(i);
                    } catch (RuntimeException e) { // ArrayList: an index out of bounds while it grows
                        failedAdds.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return failedAdds.get();
    }
    // end::collect[]

    public static void main(String[] args) throws InterruptedException {
        System.out.printf("%d threads add %,d results each: %,d expected%n",
                THREADS, RESULTS_PER_THREAD, THREADS * RESULTS_PER_THREAD);
        // tag::variants[]
        report("ArrayList", new ArrayList<>());
        report("synchronizedList", Collections.synchronizedList(new ArrayList<>()));
        report("ConcurrentLinkedQueue", new ConcurrentLinkedQueue<>());
        // end::variants[]
    }

    private static void report(String name, Collection<Integer> results) throws InterruptedException {
        int failed = collect(results);
        System.out.printf("%-22s %,9d kept, %,7d lost, %,5d adds threw%n",
                name, results.size(), THREADS * RESULTS_PER_THREAD - results.size(), failed);
    }
}
