package workbook.ch03;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import workbook.flags.Countries;
import workbook.flags.FlagsServer;
import workbook.flags.Http;

/**
 * Times the same work on pools of 1, N-cores, Python's default and 20 threads: CPU-bound work stops
 * getting faster at the number of cores, work that waits on the network keeps getting faster. Each
 * time is the best of three runs.
 *
 * <pre>./workbook run 3 --example PoolSizing</pre>
 */
public final class PoolSizing {

    /** Each CPU task counts the primes below this, by trial division: about a tenth of a second of work here. */
    static final int PRIME_LIMIT = 1_000_000;

    private PoolSizing() {
    }

    static int countPrimes(int limit) {
        int count = 0;
        for (int n = 2; n < limit; n++) {
            boolean prime = true;
            for (int d = 2; d * d <= n && prime; d++) {
                prime = n % d != 0;
            }
            count += prime ? 1 : 0;
        }
        return count;
    }

    // tag::time[]
    /** Seconds to run every task on a pool of {@code threads}; close() is what waits for them. */
    static double seconds(int threads, List<Callable<?>> tasks) {
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            tasks.forEach(pool::submit);
        }
        return (System.nanoTime() - start) / 1e9;
    }
    // end::time[]

    /** The best of three runs: on a shared machine, the slower ones measure the neighbours. */
    static double best(int threads, List<Callable<?>> tasks) {
        return Math.min(seconds(threads, tasks), Math.min(seconds(threads, tasks), seconds(threads, tasks)));
    }

    public static void main(String[] args) throws Exception {
        int cpus = Runtime.getRuntime().availableProcessors();
        System.out.printf("availableProcessors() = %d; Python's default max_workers = min(32, %d + 4) = %d%n",
                cpus, cpus, FlagsThreadPool.MAX_WORKERS);
        List<Callable<?>> cpuTasks = IntStream.range(0, 8)
                .<Callable<?>>mapToObj(i -> () -> countPrimes(PRIME_LIMIT)).toList();
        try (FlagsServer server = FlagsServer.builder().delay(Duration.ofMillis(100)).start();
             HttpClient client = Http.newClient()) {
            URI flags = server.baseUrl();
            List<Callable<?>> ioTasks = Countries.POP20.stream()
                    .<Callable<?>>map(cc -> () -> Http.getFlag(client, flags, cc)).toList();
            seconds(cpus, cpuTasks);  // warm up: the JIT compiles countPrimes,
            seconds(cpus, ioTasks);   // the client opens its first connections
            System.out.println("threads   CPU: 8 prime counts   I/O: 20 flags, 100 ms each   (best of 3)");
            for (int threads : new int[] {1, cpus, FlagsThreadPool.MAX_WORKERS, 20}) {
                System.out.printf("%7d %16.2f s %20.2f s%n", threads, best(threads, cpuTasks), best(threads, ioTasks));
            }
        }
    }
}
