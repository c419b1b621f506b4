// Chapter 06, by hand: what invokeAll, invokeAny, allOf and anyOf return, and what becomes of the losers.
// ./workbook jshell 6 opens a jshell with this loaded; try your own lines after it.
// The build runs it too: each `checks++` counts a check that held (src/support/jshell/verdict.jsh).
import java.time.Duration;
import java.util.concurrent.*;
import workbook.flags.*;
import workbook.ch06.*;
int checks = 0;
int expected = 6;

// A server on which CN answers after 100 ms and US after 3 s; QQ does not exist (404 at once).
// Each race below is one snippet (a block), so that jshell's compiling does not take part in it.
var server = TracedFlags.start("jshell", Map.of("CN", Duration.ofMillis(100), "US", Duration.ofSeconds(3)));
var pool = Executors.newFixedThreadPool(4);

// invokeAny: the first SUCCESS; QQ's failure is skipped, US is interrupted.
byte[] first = pool.invokeAny(List.of(server.fetch("QQ"), server.fetch("CN"), server.fetch("US")), 30, TimeUnit.SECONDS);
System.out.println("invokeAny: " + first.length + " bytes, CN's flag: " + Arrays.equals(first, Countries.flag("CN")));
if (Arrays.equals(first, Countries.flag("CN"))) checks++;

// anyOf: the first to COMPLETE, failure or not; its type is CompletableFuture<Object>.
CompletableFuture<Object> any;
{
    any = CompletableFuture.anyOf(server.fetchAsync("QQ", pool), server.fetchAsync("CN", pool));
    try {
        System.out.println("anyOf: " + any.get(30, TimeUnit.SECONDS));
    } catch (ExecutionException e) {
        System.out.println("anyOf failed: " + Reports.describe(e.getCause()));
    }
}
if (any.isCompletedExceptionally()) checks++;

// invokeAll with a timeout: every future comes back done, the late one CANCELLED.
var all = pool.invokeAll(List.of(server.fetch("CN"), server.fetch("US")), 2, TimeUnit.SECONDS);
System.out.println("invokeAll: " + all.stream().map(Future::state).toList());
if (all.get(0).state() == Future.State.SUCCESS && all.get(1).state() == Future.State.CANCELLED) checks++;

// allOf: a CompletableFuture<Void>, so no results; its get(timeout) throws, and cancels nothing.
// CompletableFuture.cancel(true) then marks US cancelled, but does not interrupt its download.
CompletableFuture<byte[]> us;
boolean runningAfterTimeout = false;
{
    us = server.fetchAsync("US", pool);
    try {
        CompletableFuture.allOf(server.fetchAsync("CN", pool), us).get(300, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
        runningAfterTimeout = !us.isDone();
        System.out.println("allOf timed out; US is " + us.state());
    }
    us.cancel(true);
}
if (runningAfterTimeout) checks++;
pool.shutdown();
pool.awaitTermination(30, TimeUnit.SECONDS);
System.out.println("US cancelled: " + us.isCancelled() + "; downloaded " + server.downloaded() + ", interrupted " + server.interrupted());
if (us.isCancelled() && server.downloaded().contains("US")) checks++;
if (server.interrupted().equals(Set.of("US"))) checks++;   // by invokeAny and invokeAll: never by cancel on a CompletableFuture

server.close();
