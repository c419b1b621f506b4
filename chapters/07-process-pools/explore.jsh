// Chapter 07, by hand: a pool of worker JVMs, what crosses to them and what does not.
// ./workbook jshell 7 opens a jshell with this loaded; try your own lines after it.
// The build runs it too: each `checks++` counts a check that held (src/support/jshell/verdict.jsh).
import java.util.concurrent.*;
import workbook.ch07.*;
int checks = 0;
int expected = 5;

System.out.println("1000000007 is prime: " + Primes.isPrime(1_000_000_007L) + ", 1000000007 * 3 is: " + Primes.isPrime(3_000_000_021L));
if (Primes.isPrime(1_000_000_007L) && !Primes.isPrime(3_000_000_021L)) checks++;

// The workers need only this chapter's classes: a short class path.
String classes = WorkerProcess.classpathOf(WorkerMain.class);
var pool = ProcessPool.builder().workers(2).classpath(classes).build();

var result = pool.submit(new Primes.Check(1_000_000_007L)).get(60, TimeUnit.SECONDS);
System.out.println(result + " came back from worker " + pool.workers() + "; this JVM is " + ProcessHandle.current().pid());
if (result.prime() && !pool.workers().isEmpty() && pool.workers().getFirst().pid() != ProcessHandle.current().pid()) checks++;

// A lambda typed here belongs to a class that exists only in jshell: the worker cannot load it.
Task<Integer> here = () -> 6 * 7;
try {
    pool.submit(here).get(60, TimeUnit.SECONDS);
} catch (ExecutionException e) {
    System.out.println("the worker said: " + e.getCause());
    if (e.getCause() instanceof ClassNotFoundException) checks++;
}

// The pool's allow-list, as a filter, at work on this side: a class no pool needs, and gadget chains love.
var allowList = ObjectInputFilter.Config.createFilter(String.join(";", WorkerProcess.Spec.defaults().allowed()) + ";!*");
var bytes = new java.io.ByteArrayOutputStream();
try (var out = new java.io.ObjectOutputStream(bytes)) {
    out.writeObject(new javax.management.BadAttributeValueExpException("payload"));
}
try (var in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
    in.setObjectInputFilter(allowList);
    in.readObject();
} catch (java.io.InvalidClassException e) {
    System.out.println("refused: " + e.getMessage());
    checks++;
}

var workers = pool.workers();
pool.close();
System.out.println("after close(): " + pool + ", workers alive: " + workers.stream().filter(ProcessHandle::isAlive).count());
if (pool.isTerminated() && workers.stream().noneMatch(ProcessHandle::isAlive)) checks++;
