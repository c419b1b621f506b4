package workbook.ch02;

/**
 * Starts a thread, goes on with other work, then joins the thread and reads what it computed: Python's
 * {@code Thread(target=...).start()} and {@code join()}, in Java.
 *
 * <pre>./workbook run 2 --example StartAndJoin</pre>
 *
 * <p>Nothing here is synchronized, yet {@code main} is sure to see the worker's result: everything a
 * thread does <em>happens-before</em> another thread's {@code join()} on it returns.
 */
public final class StartAndJoin {

    private StartAndJoin() {
    }

    // tag::main[]
    public static void main(String[] args) throws InterruptedException {
        long[] primes = new long[1]; // the worker writes it, main reads it after join()
        Thread worker = Thread.ofPlatform().name("worker").start(() -> {
            primes[0] = countPrimesBelow(5_000_000);
            System.out.println(Thread.currentThread().getName() + ": done");
        });
        System.out.println("main: started " + worker.getName() + ", now " + worker.getState());
        long below1000 = countPrimesBelow(1000); // main goes on working meanwhile
        System.out.println("main: " + below1000 + " primes below 1000; waiting for " + worker.getName());
        worker.join(); // waits for run() to end; the worker's writes are visible from here on
        System.out.println("main: " + worker.getName() + " is " + worker.getState()
                + ", it found " + primes[0] + " primes below 5,000,000");
    }
    // end::main[]

    /** Counts the primes below {@code n} by trial division: a job that keeps one core busy for a while. */
    static long countPrimesBelow(int n) {
        long count = 0;
        for (int i = 2; i < n; i++) {
            boolean prime = true;
            for (int d = 2; (long) d * d <= i; d++) {
                if (i % d == 0) {
                    prime = false;
                    break;
                }
            }
            count += prime ? 1 : 0;
        }
        return count;
    }
}
