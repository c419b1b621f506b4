package workbook.flags;

import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The lines a downloader prints before and after its work, as in Fluent Python's {@code flags2_common.py}. */
public final class Reports {

    private Reports() {
    }

    /** What is about to happen: the server, the codes, the concurrency. */
    public static void initial(PrintStream out, List<String> codes, int concurrency, String label, URI baseUrl) {
        String which = codes.size() <= 10 ? String.join(" ", codes)
                : "from " + codes.getFirst() + " to " + codes.getLast();
        out.println(label + " site: " + baseUrl);
        out.println("Searching for " + plural(codes.size(), "flag") + ": " + which);
        out.println(concurrency == 1 ? "1 connection will be used."
                : concurrency + " concurrent connections will be used.");
    }

    // tag::final-report[]
    /** The outcome: {@code N flags downloaded.}, then the not-found and error counts when not zero, then the time. */
    public static void last(PrintStream out, Map<DownloadStatus, Long> counts, long elapsedNanos) {
        out.println(plural(counts.getOrDefault(DownloadStatus.OK, 0L), "flag") + " downloaded.");
        long notFound = counts.getOrDefault(DownloadStatus.NOT_FOUND, 0L);
        if (notFound > 0) {
            out.println(notFound + " not found.");
        }
        long errors = counts.getOrDefault(DownloadStatus.ERROR, 0L);
        if (errors > 0) {
            out.println(plural(errors, "error") + ".");
        }
        out.println(String.format(Locale.ROOT, "Elapsed time: %.2fs", elapsedNanos / 1e9));
    }
    // end::final-report[]

    /** A one-line account of why a download failed, like Fluent Python's {@code error_msg}. */
    public static String describe(Throwable e) {
        if (e instanceof Http.HttpStatusException status) {
            return "HTTP error " + status.status();
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
