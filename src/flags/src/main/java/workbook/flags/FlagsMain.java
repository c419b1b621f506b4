package workbook.flags;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The command line every flags downloader shares, after Fluent Python's {@code flags2_common.py}: it
 * reads the arguments, starts the embedded server unless told to use another, times the download and
 * prints the final report. Each chapter supplies only its {@link Downloader}.
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *     FlagsMain.main(args, Flags2Sequential::downloadMany, 1, 1);
 * }
 * }</pre>
 *
 * <p>Usage errors (a bad code, {@code -l 0}, an unknown server) print a message and the usage and exit
 * with status 2; a flag that cannot be downloaded is counted as an error, never a crash.
 */
public final class FlagsMain {

    /** Downloads the flags of a {@link Job} and counts the outcomes, like {@code download_many}. */
    @FunctionalInterface
    public interface Downloader {
        Map<DownloadStatus, Long> downloadMany(Job job) throws InterruptedException;
    }

    /**
     * What to download and how.
     *
     * @param codes       upper-case country codes, sorted
     * @param baseUrl     where the flags are, such as {@code http://127.0.0.1:PORT/flags}
     * @param outputDir   where to save them (it exists)
     * @param verbose     whether to print a line per flag
     * @param concurrency the most requests to have in flight at once
     * @param client      an HTTP client, open for the duration of the download
     * @param out         where the downloader prints: its line per flag, its progress
     */
    public record Job(List<String> codes, URI baseUrl, Path outputDir, boolean verbose, int concurrency,
                      HttpClient client, PrintStream out) {

        /** Counts a flag that could not be downloaded: prints why on {@code out} if verbose, returns {@code ERROR}. */
        public DownloadStatus error(String cc, Throwable cause) {
            if (verbose) {
                out.println(cc + " error: " + Reports.describe(cause));
            }
            return DownloadStatus.ERROR;
        }
    }

    private FlagsMain() {
    }

    /** Runs {@code downloader} with the command-line {@code args}, then exits with the status of {@link #run}. */
    public static void main(String[] args, Downloader downloader, int defaultConcurrency, int maxConcurrency) {
        System.exit(run(args, System.out, System.err, downloader, defaultConcurrency, maxConcurrency));
    }

    /** Runs {@code downloader} with the command-line {@code args}; returns 0, or 2 after a usage error. */
    public static int run(String[] args, PrintStream out, PrintStream err, Downloader downloader,
                          int defaultConcurrency, int maxConcurrency) {
        CommandLine cli = new CommandLine(new Cli(out, downloader, defaultConcurrency, maxConcurrency));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli.execute(args);
    }

    // tag::options[]
    @Command(name = "flags", mixinStandardHelpOptions = true, sortOptions = false,
            version = "flags, a Java concurrency workbook, on Java ${java.version}",
            description = "Download flags for country codes. Default: the 20 most populous countries.")
    private static final class Cli implements Callable<Integer> {
        @Parameters(paramLabel = "CC", arity = "0..*",
                description = "country code, or one letter for the 26 codes starting with it")
        List<String> args = new ArrayList<>();
        @Option(names = {"-a", "--all"}, description = "every country the server has")
        boolean all;
        @Option(names = {"-e", "--every"}, description = "every code from AA to ZZ")
        boolean every;
        @Option(names = {"-l", "--limit"}, paramLabel = "N", description = "download at most N flags")
        Integer limit;
        @Option(names = {"-m", "--max-req"}, paramLabel = "N", description = "most requests in flight at once")
        Integer maxReq;
        @Option(names = {"-s", "--server"}, paramLabel = "SERVER", defaultValue = "LOCAL",
                description = "LOCAL, DELAY or ERROR (embedded), or the base URL of another server "
                        + "(default: ${DEFAULT-VALUE})")
        String server;
        @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "downloaded",
                description = "where to save the flags (default: ${DEFAULT-VALUE})")
        Path output;
        @Option(names = {"-v", "--verbose"}, description = "print a line per flag")
        boolean verbose;
        // end::options[]

        @Spec
        CommandSpec spec;

        private final PrintStream out;
        private final Downloader downloader;
        private final int defaultConcurrency;
        private final int maxConcurrency;

        Cli(PrintStream out, Downloader downloader, int defaultConcurrency, int maxConcurrency) {
            this.out = out;
            this.downloader = downloader;
            this.defaultConcurrency = defaultConcurrency;
            this.maxConcurrency = maxConcurrency;
        }

        @Override
        public Integer call() throws Exception {
            List<String> codes = codes();
            int concurrency = Math.min(Math.min(maxReq == null ? defaultConcurrency : maxReq, maxConcurrency),
                    Math.max(1, codes.size()));
            URI foreign = foreignServer();
            Mode mode = foreign == null ? mode() : null;
            prepareOutput();
            try (FlagsServer embedded = foreign == null ? FlagsServer.start(mode) : null) {
                URI baseUrl = foreign != null ? foreign : embedded.baseUrl();
                String label = foreign != null ? "Foreign" : mode.name();
                Reports.initial(out, codes, concurrency, label, baseUrl);
                long start = System.nanoTime();
                Map<DownloadStatus, Long> counts;
                try (HttpClient client = Http.newClient(baseUrl)) {
                    counts = downloader.downloadMany(new Job(codes, baseUrl, output, verbose, concurrency, client, out));
                }
                Reports.last(out, counts, System.nanoTime() - start);
            }
            return 0;
        }

        private List<String> codes() {
            int options = (all ? 1 : 0) + (every ? 1 : 0) + (args.isEmpty() ? 0 : 1);
            if (options > 1) {
                throw usage("give country codes, -a/--all or -e/--every: only one of them");
            }
            if (limit != null && limit < 1) {
                throw usage("-l/--limit must be at least 1, not " + limit);
            }
            if (maxReq != null && maxReq < 1) {
                throw usage("-m/--max-req must be at least 1, not " + maxReq);
            }
            TreeSet<String> codes = new TreeSet<>();
            if (all) {
                codes.addAll(Countries.codes());
            } else if (every) {
                for (char a = 'A'; a <= 'Z'; a++) {
                    for (char b = 'A'; b <= 'Z'; b++) {
                        codes.add("" + a + b);
                    }
                }
            } else if (args.isEmpty()) {
                codes.addAll(Countries.POP20);
            }
            for (String arg : args) {
                String cc = arg.toUpperCase(Locale.ROOT);
                if (cc.matches("[A-Z]")) {
                    for (char b = 'A'; b <= 'Z'; b++) {
                        codes.add(cc + b);
                    }
                } else if (cc.matches("[A-Z]{2}")) {
                    codes.add(cc);
                } else {
                    throw usage("invalid country code '" + arg + "': each CC argument must be A to Z or AA to ZZ");
                }
            }
            List<String> sorted = List.copyOf(codes);
            return limit == null ? sorted : sorted.subList(0, Math.min(limit, sorted.size()));
        }

        private URI foreignServer() {
            if (!server.startsWith("http://") && !server.startsWith("https://")) {
                return null;
            }
            try {
                URI uri = URI.create(server);
                if (uri.getHost() == null) {
                    throw usage("the server URL '" + server + "' has no host");
                }
                return uri;
            } catch (IllegalArgumentException e) {
                throw usage("the server URL '" + server + "' is not valid: " + e.getMessage());
            }
        }

        private Mode mode() {
            try {
                return Mode.valueOf(server.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw usage("unknown server '" + server + "': use LOCAL, DELAY, ERROR or a URL starting with http://");
            }
        }

        private void prepareOutput() {
            try {
                Files.createDirectories(output);
            } catch (Exception e) {
                throw usage("cannot use '" + output + "' as the output directory: " + e.getMessage());
            }
            if (!Files.isWritable(output)) {
                throw usage("the output directory '" + output + "' is not writable");
            }
        }

        private ParameterException usage(String message) {
            return new ParameterException(spec.commandLine(), message);
        }
    }
}
