// Chapter 09, by hand: stages, the futures they return, timeouts, and what cancel reaches.
// ./workbook jshell 9 opens a jshell with this loaded; try your own lines after it.
// The build runs it too: each `checks++` counts a check that held (src/support/jshell/verdict.jsh).
import java.time.Duration;
import java.util.concurrent.*;
import workbook.flags.*;
import workbook.ch09.*;
int checks = 0;
int expected = 6;

// Each stage is a new future: thenApply does not change the one it is called on.
var name = CompletableFuture.completedFuture("Brazil");
var upper = name.thenApply(String::toUpperCase);
System.out.println(name.join() + " -> " + upper.join() + "; same future: " + (name == upper));
if (name != upper && upper.join().equals("BRAZIL")) checks++;

// orTimeout and completeOnTimeout are the exception: they complete the future they are called on, and return it.
var pending = new CompletableFuture<String>();
var timed = pending.completeOnTimeout("BR", 50, TimeUnit.MILLISECONDS);
System.out.println("completeOnTimeout returned the same future: " + (timed == pending) + ", which now holds " + timed.join());
if (timed == pending && pending.join().equals("BR")) checks++;

// A failure reaches a dependent stage wrapped in a CompletionException; the source itself holds it bare.
var failed = CompletableFuture.<String>failedFuture(new java.io.IOException("HTTP 500"));
var seen = new java.util.ArrayList<Throwable>();
failed.exceptionally(e -> { seen.add(e); return "BR"; }).join();
failed.thenApply(s -> s).exceptionally(e -> { seen.add(e); return "BR"; }).join();
System.out.println("seen by exceptionally: " + seen);
if (seen.get(0) instanceof java.io.IOException && seen.get(1) instanceof CompletionException) checks++;

// cancel(true) on supplyAsync's future leaves the work running; Interruptible's reaches it.
var pool = Executors.newFixedThreadPool(2);
var interrupts = new CountDownLatch(2);
var started = new CountDownLatch(2);
Callable<String> blocked = () -> {
    started.countDown();
    try { new CountDownLatch(1).await(5, TimeUnit.SECONDS); return "ran to the end"; }
    catch (InterruptedException e) { interrupts.countDown(); throw e; }
};
CompletableFuture<String> plain = CompletableFuture.supplyAsync(() -> { try { return blocked.call(); } catch (Exception e) { throw new CompletionException(e); } }, pool);
CompletableFuture<String> linked = Interruptible.supplyAsync(blocked, pool);
started.await(5, TimeUnit.SECONDS);
plain.cancel(true);
linked.cancel(true);
boolean bothInterrupted = interrupts.await(1, TimeUnit.SECONDS);
System.out.println("both cancelled: " + (plain.isCancelled() && linked.isCancelled()) + "; interrupts seen: " + (2 - interrupts.getCount()));
if (!bothInterrupted && interrupts.getCount() == 1) checks++;
pool.shutdownNow();
if (pool.awaitTermination(10, TimeUnit.SECONDS)) checks++;

// The server of this chapter: a name beside every flag.
var server = FlagsServer.start(Mode.LOCAL);
var client = Http.newClient(server.baseUrl());
var country = Http.getCountry(client, server.baseUrl(), "BR");
System.out.println("metadata of BR: " + country);
if (country.equals("Brazil")) checks++;
client.close();
server.close();
