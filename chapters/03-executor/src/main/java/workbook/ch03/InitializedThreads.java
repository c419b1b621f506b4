package workbook.ch03;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * Python's {@code ThreadPoolExecutor(initializer=...)} in Java: a {@link ThreadFactory} whose threads run
 * an initializer once each, before their first task; here it gives each thread a {@link MessageDigest}
 * of its own, since one digest cannot serve two threads at once.
 *
 * <pre>./workbook run 3 --example InitializedThreads</pre>
 */
public final class InitializedThreads {

    private static final ThreadLocal<MessageDigest> SHA_256 = new ThreadLocal<>();

    private InitializedThreads() {
    }

    // tag::initializer[]
    /** Threads from {@code threads} that run {@code initializer} once, before they take the pool's work. */
    static ThreadFactory initializing(ThreadFactory threads, Runnable initializer) {
        return work -> threads.newThread(() -> {
            initializer.run(); // if it throws, the thread dies here: see the chapter
            work.run();        // the pool's own loop: this thread's tasks, until the pool ends
        });
    }
    // end::initializer[]

    /** The threads whose initializer ran, as a pool of 3 hashes {@code codes}; the hashes go to {@code hashes}. */
    static Set<String> hashAll(List<String> codes, List<String> hashes) throws InterruptedException, ExecutionException {
        // tag::use[]
        Set<String> initialized = ConcurrentHashMap.newKeySet();
        ThreadFactory threads = initializing(Thread.ofPlatform().name("hasher-", 1).factory(), () -> {
            SHA_256.set(sha256());
            initialized.add(Thread.currentThread().getName());
        });
        try (ExecutorService pool = Executors.newFixedThreadPool(3, threads)) {
            List<Future<String>> futures = codes.stream().map(code -> pool.submit(() ->
                    code + " " + HexFormat.of().formatHex(SHA_256.get().digest(code.getBytes(StandardCharsets.UTF_8)), 0, 6)))
                    .toList();
            for (Future<String> future : futures) {
                hashes.add(future.get());
            }
        }
        // end::use[]
        return new TreeSet<>(initialized);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        List<String> hashes = new ArrayList<>();
        Set<String> initialized = hashAll(List.of("BR", "CN", "DE", "EG", "FR", "IN"), hashes);
        System.out.println("initialized: " + initialized);
        hashes.forEach(System.out::println);
    }
}
