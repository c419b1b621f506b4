package workbook.ch01;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import workbook.flags.Countries;
import workbook.flags.FlagFiles;
import workbook.flags.FlagsServer;
import workbook.flags.Http;
import workbook.flags.Mode;

/**
 * Downloads the flags of the 20 most populous countries one after the other: Fluent Python's
 * {@code flags.py}, retold. Later chapters pass their own {@link Downloader} to {@link #main(String[], Downloader)}.
 *
 * <pre>./workbook run 1 --example Flags [DIR]</pre>
 */
public final class Flags {

    /** The arguments it takes (the folder to save the flags in), as {@code ./workbook list} shows them. */
    static final String ARGUMENTS = "[DIR]";

    /** Each answer waits this long, so the embedded server plays the part of a server far away. */
    public static final Duration NETWORK_DELAY = Duration.ofMillis(100);

    // tag::site[]
    /** Where flags come from and where they go: {@code flags.py}'s globals, as one immutable value. */
    public record Site(HttpClient client, URI baseUrl, Path destDir) {

        public byte[] getFlag(String cc) throws IOException, InterruptedException {
            return Http.getFlag(client, baseUrl, cc);
        }

        public void saveFlag(byte[] image, String filename) throws IOException {
            FlagFiles.save(destDir, filename, image);
        }
    }
    // end::site[]

    /** A way to download many flags; returns how many it downloaded. */
    @FunctionalInterface
    public interface Downloader {
        int downloadMany(Site site, List<String> ccList) throws Exception;
    }

    private Flags() {
    }

    // tag::download-many[]
    static int downloadMany(Site site, List<String> ccList) throws IOException, InterruptedException {
        for (String cc : ccList.stream().sorted().toList()) {
            byte[] image = site.getFlag(cc);
            site.saveFlag(image, cc.toLowerCase() + ".svg");
            System.out.print(cc + " ");
            System.out.flush();
        }
        return ccList.size();
    }
    // end::download-many[]

    /**
     * The folder that the only argument names, or {@code downloaded}, made if need be; a message and exit
     * status 2 for more arguments, an option, or a folder that cannot be made.
     */
    static Path destination(String[] args) {
        if (args.length > 1 || args.length == 1 && args[0].startsWith("-")) {
            System.err.println("usage: [DIR] (where the flags go, default: downloaded), not: " + String.join(" ", args));
            System.exit(2);
        }
        Path dir = Path.of(args.length > 0 ? args[0] : "downloaded");
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            System.err.println("cannot use '" + dir + "' as the output directory: " + e);
            System.exit(2);
            return dir; // not reached
        }
    }

    // tag::main[]
    public static void main(String[] args, Downloader downloader) throws Exception {
        Path destDir = destination(args); // [DIR], default downloaded/
        try (FlagsServer server = FlagsServer.builder().mode(Mode.DELAY).delay(NETWORK_DELAY).start();
             HttpClient client = Http.newClient()) {
            long t0 = System.nanoTime();
            int count = downloader.downloadMany(new Site(client, server.baseUrl(), destDir), Countries.POP20);
            double elapsed = (System.nanoTime() - t0) / 1e9;
            System.out.printf("%n%d downloads in %.2fs%n", count, elapsed);
        }
    }
    // end::main[]

    public static void main(String[] args) throws Exception {
        main(args, Flags::downloadMany);
    }
}
