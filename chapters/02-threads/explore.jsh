// Chapter 02, by hand: start and join, a race and its fix, interruption, an exception in a thread.
// ./workbook jshell 2 opens a jshell with this loaded; try your own lines after it.
// The build runs it too: each `checks++` counts a check that held (src/support/jshell/verdict.jsh).
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import workbook.flags.*;
import workbook.ch02.*;
int checks = 0;
int expected = 5;

// start() runs the lambda on a new thread; join() waits for it, and makes what it wrote visible
long[] box = new long[1];
Thread worker = Thread.ofPlatform().name("jshell-worker").start(() -> box[0] = 6 * 7);
worker.join();
System.out.println(worker + " is " + worker.getState() + "; it left " + box[0]);
if (box[0] == 42 && worker.getState() == Thread.State.TERMINATED) checks++;

// a race: two threads record 100,000 outcomes each on a counter whose ++ is not atomic...
OutcomeCounter racy = new BrokenOutcomeCounter();
Runnable record100k = () -> { for (int i = 0; i < 100_000; i++) racy.record(DownloadStatus.OK); };
Thread a = Thread.ofPlatform().start(record100k), b = Thread.ofPlatform().start(record100k);
a.join(); b.join();
System.out.println("BrokenOutcomeCounter counted " + racy.count(DownloadStatus.OK) + " of 200000 (it may lose some, or not, this time)");
// ...and an AtomicLong, which loses none, ever
AtomicLong safe = new AtomicLong();
Runnable add100k = () -> { for (int i = 0; i < 100_000; i++) safe.incrementAndGet(); };
Thread c = Thread.ofPlatform().start(add100k), d = Thread.ofPlatform().start(add100k);
c.join(); d.join();
System.out.println("AtomicLong counted " + safe.get());
if (safe.get() == 200_000) checks++;

// interrupt() asks a thread to stop; a sleeping thread hears it at once (InterruptedException)
Thread sleeper = Thread.ofPlatform().start(() -> {
    try { Thread.sleep(Duration.ofHours(1)); } catch (InterruptedException e) { System.out.println("sleeper: interrupted, stopping"); }
});
sleeper.interrupt();
boolean stopped = sleeper.join(Duration.ofSeconds(30));
System.out.println("the sleeper stopped within 5 s: " + stopped);
if (stopped) checks++;

// an exception ends its thread only; join() returns normally; a handler is one way to keep it
AtomicReference<Throwable> caught = new AtomicReference<>();
Thread.Builder withHandler = Thread.ofPlatform().uncaughtExceptionHandler((t, e) -> caught.set(e));
Thread failing = withHandler.start(() -> { throw new IllegalStateException("no flag for QQ"); });
failing.join();
System.out.println("joined a thread that threw; its handler kept: " + caught.get());
if (caught.get() instanceof IllegalStateException) checks++;

// the flagship: a thread per flag, outcomes counted, on the embedded LOCAL server
Path out = Files.createTempDirectory("ch02-flags");
int status = FlagsMain.run(new String[] {"-o", out.toString()}, System.out, System.err,
        Flags2Threads::downloadMany, Flags2Threads.MAX_THREADS, Flags2Threads.MAX_THREADS);
if (status == 0 && out.toFile().list().length == 20) checks++;
