// Chapter 10, by hand: one member JVM, a lite member in jshell, and what travels between them.
// ./workbook jshell 10 opens a jshell with this loaded; try your own lines after it.
// The build runs it too: each `checks++` counts a check that held (src/support/jshell/verdict.jsh).
import java.io.Serializable;
import java.util.concurrent.*;
import workbook.ch07.Primes;
import workbook.ch10.*;
int checks = 0;
int expected = 4;

// One member in a JVM of its own, and this jshell as a lite member of its cluster.
var cluster = LocalCluster.start(1);
System.out.println("members: " + cluster.caller().getCluster().getMembers());
if (cluster.dataMembers().size() == 1 && cluster.caller().getLocalEndpoint() != null) checks++;

// A task class the member has: it runs there, in another process.
var checked = cluster.executor().submit(new CheckOn(1_000_000_007L)).get(30, TimeUnit.SECONDS);
System.out.println(checked + " ran in member process " + cluster.members().processes());
if (checked.result().prime() && checked.member().startsWith("127.0.0.1:")) checks++;

// A lambda typed here belongs to a class that exists only in jshell: the member cannot load it,
// even made Serializable. What comes back says so.
Callable<Integer> here = (Callable<Integer> & Serializable) () -> 6 * 7;
try {
    cluster.executor().submit(here).get(30, TimeUnit.SECONDS);
} catch (ExecutionException e) {
    System.out.println("the member said: " + e.getCause());
    if (String.valueOf(e.getCause()).contains("ClassNotFoundException")) checks++;
}

var members = cluster.members().processes();
cluster.close();
System.out.println("after close(): members alive: " + members.stream().filter(ProcessHandle::isAlive).count());
if (members.stream().noneMatch(ProcessHandle::isAlive)) checks++;
