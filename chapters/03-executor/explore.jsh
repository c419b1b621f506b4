// Chapter 03, by hand: an executor, its threads, and the ways to stop it.
// ./workbook jshell 3 opens a jshell with this loaded; try your own lines after it.
// The build runs it too: each `checks++` counts a check that held (src/support/jshell/verdict.jsh).
import java.time.*;
import java.util.*;
import java.util.concurrent.*;
import workbook.ch03.*;
int checks = 0;
int expected = 5;

// try-with-resources is Python's `with`: close() waits for every task submitted
List<Future<String>> futures = new ArrayList<>();
ExecutorService pool = Executors.newFixedThreadPool(3);
try (ExecutorService p = pool) { // jshell's variables are not effectively final: name the resource
    for (String cc : List.of("BR", "CN", "IN", "US")) {
        futures.add(p.submit(() -> cc + " on " + Thread.currentThread().getName()));
    }
}
System.out.println("after close(): terminated=" + pool.isTerminated() + ", " + futures.stream().map(Future::resultNow).toList());
if (pool.isTerminated() && futures.stream().allMatch(Future::isDone)) checks++;

// results in input order: ask the futures in the order they were submitted
if (futures.get(0).resultNow().startsWith("BR") && futures.get(3).resultNow().startsWith("US")) checks++;

// names: the default factory says pool-N-thread-M; a builder names them your way (thread_name_prefix)
ExecutorService named = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("flags-", 1).factory());
String name;
try (ExecutorService p = named) {
    name = p.submit(() -> Thread.currentThread().getName()).get(30, TimeUnit.SECONDS);
}
System.out.println("a named pool's first thread: " + name);
if (name.equals("flags-1")) checks++;

// shutdownNow() interrupts the running task and hands back the queued ones, never run
CountDownLatch running = new CountDownLatch(1);
ExecutorService single = Executors.newSingleThreadExecutor();
Future<?> sleeper = single.submit(() -> { running.countDown(); Thread.sleep(10_000); return null; });
Future<?> queued = single.submit(() -> System.out.println("never printed"));
running.await(30, TimeUnit.SECONDS);
List<Runnable> handedBack = single.shutdownNow();
boolean ended = single.awaitTermination(30, TimeUnit.SECONDS);
System.out.println("shutdownNow handed back " + handedBack.size() + " task(s); terminated=" + ended
        + "; the queued future is done? " + queued.isDone() + " (nobody will ever complete it)");
if (ended && handedBack.size() == 1 && !queued.isDone() && sleeper.state() == Future.State.FAILED) checks++;

// a shut-down pool refuses new work
try {
    single.submit(() -> "too late");
} catch (RejectedExecutionException e) {
    System.out.println("after shutdown: " + e.getClass().getSimpleName());
    checks++;
}
