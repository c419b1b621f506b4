package workbook.ch02;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import workbook.ch01.Flags;
import workbook.ch01.Flags.Site;

/**
 * Downloads the flags of the 20 most populous countries with a thread per flag: chapter 01's
 * {@code Flags} (Fluent Python's {@code flags.py}) with only {@code downloadMany} replaced.
 *
 * <pre>./workbook run 2 --example FlagsThreads [DIR]</pre>
 *
 * <p>The codes are printed as the downloads finish, which is no longer alphabetical order.
 */
public final class FlagsThreads {

    /** The arguments it takes (the folder to save the flags in), as {@code ./workbook list} shows them. */
    static final String ARGUMENTS = "[DIR]";

    private FlagsThreads() {
    }

    static void downloadOne(Site site, String cc) throws IOException, InterruptedException {
        byte[] image = site.getFlag(cc);
        site.saveFlag(image, cc.toLowerCase() + ".svg");
        System.out.print(cc + " ");
        System.out.flush();
    }

    // tag::download-many[]
    static int downloadMany(Site site, List<String> ccList) throws InterruptedException {
        AtomicInteger downloaded = new AtomicInteger(); // counted by many threads at once
        List<Thread> threads = new ArrayList<>();
        for (String cc : ccList.stream().sorted().toList()) {
            threads.add(Thread.ofPlatform().name("flag-" + cc).start(() -> {
                try {
                    downloadOne(site, cc);
                    downloaded.incrementAndGet();
                } catch (IOException e) {
                    throw new UncheckedIOException(e); // ends this thread only: see UncaughtExceptions
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // asked to stop: end quietly
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return downloaded.get();
    }
    // end::download-many[]

    public static void main(String[] args) throws Exception {
        Flags.main(args, FlagsThreads::downloadMany);
    }
}
