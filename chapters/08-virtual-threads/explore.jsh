// Chapter 08, by hand: virtual threads by the thousand, their carriers, a semaphore as the limit, and
// what a ThreadLocal costs when every task has a thread of its own.
// ./workbook jshell 8 opens a jshell with this loaded; try your own lines after it.
// The build runs it too: each `checks++` counts a check that held (src/support/jshell/verdict.jsh).
import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import workbook.ch08.*;
int checks = 0;
int expected = 4;

// 10,000 virtual threads that each sleep 1 s: together about one second, on a handful of carriers.
long t0 = System.nanoTime();
Set<String> carriers = ConcurrentHashMap.newKeySet();
{
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int i = 0; i < 10_000; i++) {
            executor.submit(() -> {
                Thread.sleep(Duration.ofSeconds(1));
                String me = Thread.currentThread().toString();
                carriers.add(me.substring(me.indexOf('@') + 1));
                return null;
            });
        }
    }
}
double seconds = (System.nanoTime() - t0) / 1e9;
System.out.printf("10,000 sleeps of 1 s took %.1f s on %d carriers%n", seconds, carriers.size());
if (seconds < 10 && carriers.size() <= Runtime.getRuntime().availableProcessors()) checks++;

// A Semaphore(3) holds 30 virtual threads to 3 at once.
var inFlight = new AtomicInteger();
var most = new AtomicInteger();
var permits = new Semaphore(3);
{
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int i = 0; i < 30; i++) {
            executor.submit(() -> {
                permits.acquire();
                try {
                    most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    Thread.sleep(20);
                    inFlight.decrementAndGet();
                } finally {
                    permits.release();
                }
                return null;
            });
        }
    }
}
System.out.println("most at once: " + most.get() + "; permits afterwards: " + permits.availablePermits());
if (most.get() <= 3 && permits.availablePermits() == 3) checks++;

// A ThreadLocal is per thread: on virtual threads, per task.
var made = new LongAdder();
var local = ThreadLocal.withInitial(() -> { made.increment(); return new StringBuilder(); });
{
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int i = 0; i < 500; i++) {
            executor.submit(() -> local.get().append('x'));
        }
    }
}
System.out.println("500 tasks on virtual threads made " + made.sum() + " StringBuilders");
if (made.sum() == 500) checks++;

// Thread.ofVirtual() makes a virtual thread without an executor; it is a daemon, and has no name unless given one.
Thread v = Thread.ofVirtual().unstarted(() -> {});
System.out.println("virtual: " + v.isVirtual() + ", daemon: " + v.isDaemon() + ", name: '" + v.getName() + "'");
if (v.isVirtual() && v.isDaemon() && v.getName().isEmpty()) checks++;
