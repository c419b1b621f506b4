// Chapter 05, by hand: completion order with an ExecutorCompletionService, per-country delays, and a
// progress report that knows whether it writes to a terminal.
// ./workbook jshell 5 opens a jshell with this loaded; try your own lines after it.
// The build runs it too: each `checks++` counts a check that held (src/support/jshell/verdict.jsh).
import java.io.*;
import java.time.Duration;
import java.util.concurrent.*;
import workbook.flags.*;
import workbook.ch05.*;
int checks = 0;
int expected = 4;

// Three tasks, released by hand in the order C, A, B: take() hands them over in that order.
var pool = Executors.newFixedThreadPool(3);
var completion = new ExecutorCompletionService<String>(pool);
var gates = new java.util.LinkedHashMap<String, CountDownLatch>();
for (String name : java.util.List.of("A", "B", "C")) {
    var gate = new CountDownLatch(1);
    gates.put(name, gate);
    completion.submit(() -> gate.await(30, TimeUnit.SECONDS) ? name : "?");
}
var taken = new java.util.ArrayList<String>();
for (String name : java.util.List.of("C", "A", "B")) {
    gates.get(name).countDown();
    taken.add(completion.poll(30, TimeUnit.SECONDS).get());
}
System.out.println("submitted A B C, taken " + taken);
if (taken.equals(java.util.List.of("C", "A", "B"))) checks++;
System.out.println("nothing left: poll() gives " + completion.poll());
if (completion.poll() == null) checks++;
pool.close();

// The server's delays decide the order: IN (0 ms), US (300), BR (600), CN (900).
var builder = FlagsServer.builder();
AsCompletedOrder.DELAYS.forEach(builder::delay);
var server = builder.start();
var client = Http.newClient();
var finished = AsCompletedOrder.completionOrder(client, server.baseUrl(), java.util.List.copyOf(AsCompletedOrder.DELAYS.keySet()));
finished.forEach(f -> System.out.println(f.after().toMillis() + " ms " + f.cc()));
if (finished.stream().map(f -> f.cc()).toList().equals(java.util.List.of("IN", "US", "BR", "CN"))) checks++;
client.close();
server.close();

// Off a terminal, a progress report is plain lines; on one, a line redrawn with \r.
var bytes = new ByteArrayOutputStream();
try (var progress = Progress.open(5, new PrintStream(bytes, true), false)) {
    for (int i = 0; i < 5; i++) progress.step();
}
System.out.print(bytes);
System.out.println("this jshell's output is " + (Progress.onTerminal() ? "" : "not ") + "a terminal");
if (!bytes.toString().contains("\r") && bytes.toString().lines().count() == 5) checks++;
