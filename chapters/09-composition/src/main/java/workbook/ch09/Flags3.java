package workbook.ch09;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import workbook.flags.DownloadStatus;
import workbook.flags.FlagFiles;
import workbook.flags.FlagsMain;
import workbook.flags.FlagsMain.Job;
import workbook.flags.Http;
import workbook.flags.Http.HttpStatusException;

/**
 * Downloads, per country, its name and then its flag, and saves both: Fluent Python's
 * {@code flags3_asyncio.py}, retold as a {@link CompletableFuture} pipeline. A name that fails falls
 * back to the country's code; one that takes longer than {@link #METADATA_TIMEOUT} does too, and its
 * request is stopped.
 *
 * <pre>
 * ./workbook run 9                            # the 20 most populous countries, embedded LOCAL server
 * ./workbook run 9 -s ERROR -a                # every country; some names fail, some are slow
 * ./workbook run 9 -s DELAY -e -m 100 -v      # AA to ZZ, 100 requests in flight, a line per country
 * ./workbook run 9 -s http://127.0.0.1:8001/flags
 * </pre>
 */
public final class Flags3 {

    public static final int DEFAULT_CONCUR_REQ = 30;
    public static final int MAX_CONCUR_REQ = 1000;
    /** How long a country's name may take before the code stands in for it. */
    public static final Duration METADATA_TIMEOUT = Duration.ofSeconds(2);

    /** Where the name saved beside a flag came from. */
    public enum Name { FROM_METADATA, CODE_AFTER_ERROR, CODE_AFTER_TIMEOUT }

    record Named(String name, Name source) {}

    /** How one country ended; {@code name} is {@code null} when its metadata said it does not exist. */
    record Outcome(DownloadStatus status, Name name) {}

    private Flags3() {
    }

    // tag::download-one[]
    static CompletableFuture<Outcome> downloadOne(Job job, String cc, Executor pool) {
        return Interruptible.supplyAsync(() -> new Named(Http.getCountry(job.client(), job.baseUrl(), cc), Name.FROM_METADATA), pool)
                .completeOnTimeout(new Named(cc, Name.CODE_AFTER_TIMEOUT), METADATA_TIMEOUT.toMillis(), MILLISECONDS) // <1>
                .exceptionally(failure -> codeAfter(failure, cc))                                                    // <2>
                .thenCompose(named -> Interruptible.supplyAsync(() -> saveFlag(job, cc, named), pool)                // <3>
                        .handle((status, failure) -> new Outcome(failure == null ? status : failed(job, cc, failure), named.source())))
                .exceptionally(failure -> new Outcome(failed(job, cc, failure), null));                              // <4>
    }

    static Named codeAfter(Throwable failure, String cc) {
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        if (cause instanceof HttpStatusException e && e.status() == 404 || !(cause instanceof IOException)) {
            throw failure instanceof CompletionException c ? c : new CompletionException(cause); // not ours to hide
        }
        return new Named(cc, Name.CODE_AFTER_ERROR);
    }
    // end::download-one[]

    static DownloadStatus saveFlag(Job job, String cc, Named named) throws IOException, InterruptedException {
        byte[] flag = Http.getFlag(job.client(), job.baseUrl(), cc);
        FlagFiles.save(job.outputDir(), cc.toLowerCase() + ".txt", (named.name() + "\n").getBytes(StandardCharsets.UTF_8));
        FlagFiles.save(job.outputDir(), cc.toLowerCase() + ".svg", flag);
        if (job.verbose()) {
            job.out().println(cc + " " + named.name() + (named.source() == Name.FROM_METADATA ? "" : " (" + named.source() + ")"));
        }
        return DownloadStatus.OK;
    }

    static DownloadStatus failed(Job job, String cc, Throwable failure) {
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        if (cause instanceof HttpStatusException e && e.status() == 404) {
            if (job.verbose()) {
                job.out().println(cc + " not found: " + e.uri());
            }
            return DownloadStatus.NOT_FOUND;
        }
        return job.error(cc, cause);
    }

    static Map<DownloadStatus, Long> downloadMany(Job job) throws InterruptedException {
        List<Outcome> outcomes = downloadAll(job);
        report(outcomes, job.out());
        return DownloadStatus.tally(outcomes.stream().map(Outcome::status).toList());
    }

    // tag::download-many[]
    static List<Outcome> downloadAll(Job job) throws InterruptedException {
        Queue<String> toDo = new ConcurrentLinkedQueue<>(job.codes());
        List<Outcome> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(job.concurrency())) {
            List<CompletableFuture<Void>> lanes = new ArrayList<>();
            for (int i = 0; i < job.concurrency(); i++) {
                lanes.add(lane(job, toDo, pool, outcomes));                          // fan-out
            }
            try {
                CompletableFuture.allOf(lanes.toArray(CompletableFuture[]::new)).get(); // fan-in
            } catch (ExecutionException e) {
                throw new IllegalStateException("every failure is an outcome, yet a lane failed", e.getCause());
            } catch (InterruptedException e) {
                pool.shutdownNow();                                                  // stops the requests
                throw e;
            }
        }
        synchronized (outcomes) {
            return List.copyOf(outcomes);
        }
    }

    /** One country after another, each started once the one before it has ended. */
    static CompletableFuture<Void> lane(Job job, Queue<String> toDo, Executor pool, List<Outcome> outcomes) {
        String cc = toDo.poll();
        if (cc == null) {
            return CompletableFuture.completedFuture(null);
        }
        return downloadOne(job, cc, pool).thenCompose(outcome -> {
            synchronized (outcomes) {
                outcomes.add(outcome);
            }
            return lane(job, toDo, pool, outcomes);
        });
    }
    // end::download-many[]

    static void report(List<Outcome> outcomes, PrintStream out) {
        Map<Name, Long> names = new EnumMap<>(Name.class);
        outcomes.stream().filter(o -> o.name() != null).forEach(o -> names.merge(o.name(), 1L, Long::sum));
        out.println("Names: " + names.getOrDefault(Name.FROM_METADATA, 0L) + " from the metadata, "
                + names.getOrDefault(Name.CODE_AFTER_ERROR, 0L) + " codes after an error, "
                + names.getOrDefault(Name.CODE_AFTER_TIMEOUT, 0L) + " after a timeout.");
    }

    public static void main(String[] args) {
        FlagsMain.main(args, Flags3::downloadMany, DEFAULT_CONCUR_REQ, MAX_CONCUR_REQ);
    }
}
