package workbook.ch03;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * Shows the names a pool gives its threads, and how to choose them, as Python's
 * {@code ThreadPoolExecutor(thread_name_prefix=...)} does: a name is what a thread dump, a log line and
 * a profiler show.
 *
 * <pre>./workbook run 3 --example NamedThreads</pre>
 */
public final class NamedThreads {

    private NamedThreads() {
    }

    /** The names (and daemon flags) of the threads a pool of 3 made with {@code factory} uses for 6 tasks. */
    static Set<String> threadsOf(ThreadFactory factory) {
        Set<String> names = ConcurrentHashMap.newKeySet();
        try (ExecutorService pool = Executors.newFixedThreadPool(3, factory)) {
            for (int i = 0; i < 6; i++) {
                pool.execute(() -> {
                    Thread me = Thread.currentThread();
                    names.add(me.getName() + (me.isDaemon() ? " (daemon)" : ""));
                });
            }
        }
        return new TreeSet<>(names);
    }

    public static void main(String[] args) {
        // tag::names[]
        System.out.println("default:  " + threadsOf(Executors.defaultThreadFactory()));
        System.out.println("default:  " + threadsOf(Executors.defaultThreadFactory()));
        ThreadFactory flags = Thread.ofPlatform().name("flags-", 1).factory();
        System.out.println("named:    " + threadsOf(flags));
        ThreadFactory background = Thread.ofPlatform().name("background-", 1).daemon().factory();
        System.out.println("daemons:  " + threadsOf(background));
        // end::names[]
    }
}
