// Chapter 04, by hand: submit, a Future's state, resultNow/exceptionNow, cancel and a done-callback.
// ./workbook jshell 4 opens a jshell with this loaded; try your own lines after it.
// The build runs it too: each `checks++` counts a check that held (src/support/jshell/verdict.jsh).
import java.util.concurrent.*;
import workbook.flags.*;
import workbook.ch04.*;
int checks = 0;
int expected = 6;

var server = FlagsServer.start(Mode.LOCAL);
var client = Http.newClient();
var pool = Executors.newFixedThreadPool(1);
var gate = new CountDownLatch(1);

// One worker: BR executes (it waits at the gate first), CN waits in the queue. Both say RUNNING.
Future<byte[]> br = pool.submit(() -> {
    gate.await(30, TimeUnit.SECONDS);
    return Http.getFlag(client, server.baseUrl(), "BR");
});
Future<byte[]> cn = pool.submit(() -> Http.getFlag(client, server.baseUrl(), "CN"));
System.out.println("BR is " + br.state() + ", CN is " + cn.state() + " (though CN has not started)");
if (br.state() == Future.State.RUNNING && cn.state() == Future.State.RUNNING) checks++;

try {
    br.resultNow();
} catch (IllegalStateException e) {
    System.out.println("resultNow() before the end: " + e);
    checks++;
}

// cancel(false) of a task that has not started: it never runs.
System.out.println("cancel CN while it waits: " + cn.cancel(false) + ", now " + cn.state());
if (cn.isCancelled() && cn.isDone()) checks++;

gate.countDown();
byte[] svg = br.get(30, TimeUnit.SECONDS);
System.out.println("BR: " + svg.length + " bytes, " + br.state());
if (br.state() == Future.State.SUCCESS && br.resultNow() == svg) checks++;

Future<byte[]> qq = pool.submit(() -> Http.getFlag(client, server.baseUrl(), "QQ"));
try {
    qq.get(30, TimeUnit.SECONDS);
} catch (ExecutionException e) {
    System.out.println("QQ: get() threw " + e.getClass().getSimpleName() + " caused by " + e.getCause());
    if (e.getCause() instanceof Http.HttpStatusException http && http.status() == 404) checks++;
}

// A done-callback added after completion runs at once, in this thread.
var us = CompletableFuture.supplyAsync(() -> "US", pool);
us.join();
var ranIn = new String[1];
us.whenComplete((cc, error) -> ranIn[0] = Thread.currentThread().getName());
System.out.println("whenComplete on a completed future ran in " + ranIn[0]);
if (Thread.currentThread().getName().equals(ranIn[0])) checks++;

pool.close();   // waits for every task, like Python's `with`
client.close();
server.close();
