package workbook.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import jdk.jfr.consumer.RecordingStream;

import workbook.flags.DownloadStatus;
import workbook.flags.FlagsMain;
import workbook.flags.FlagsMain.Job;

/**
 * Runs one flags downloader in this JVM and then prints what it cost: the platform threads and the virtual
 * threads started, the peak heap in use, and the peak resident memory of the process. {@link ScaleRace}
 * starts it in a new JVM for each downloader.
 *
 * <pre>java -cp ... workbook.bench.Footprint workbook.ch08.Flags2Virtual -e -m 1000 -s URL -o DIR</pre>
 *
 * <p>Implementation notes: the downloader's own {@code downloadMany(Job)} is called through
 * {@link FlagsMain#run}, not its {@code main}, which would exit the JVM before the numbers are printed.
 * Virtual threads are counted by the JFR event {@code jdk.VirtualThreadStart}, which is off by default;
 * {@code ThreadMXBean} counts platform threads only.
 */
public final class Footprint {

    private Footprint() {
    }

    public static void main(String[] args) throws Exception {
        Class<?> type = Class.forName(args[0]);
        Method downloadMany = type.getDeclaredMethod("downloadMany", Job.class);
        downloadMany.setAccessible(true); // package-private in the chapters: the lesson's code, unchanged
        int defaultConcurrency = 5; // ScaleRace always gives -m
        LongAdder virtual = new LongAdder();
        long platformBefore = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount();
        int status;
        try (RecordingStream recording = new RecordingStream()) {
            recording.enable("jdk.VirtualThreadStart");
            recording.onEvent("jdk.VirtualThreadStart", e -> virtual.increment());
            recording.startAsync();
            status = FlagsMain.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err, job -> {
                try {
                    @SuppressWarnings("unchecked")
                    Map<DownloadStatus, Long> counts = (Map<DownloadStatus, Long>) downloadMany.invoke(null, job);
                    return counts;
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }, defaultConcurrency, 1000);
            recording.stop();
        }
        long platform = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount() - platformBefore;
        long heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage).mapToLong(u -> u.getUsed()).sum();
        System.out.printf(Locale.ROOT, "Footprint: %d platform threads, %d virtual threads, peak heap %.1f MB, peak RSS %s%n",
                platform, virtual.sum(), heap / 1e6, peakRss());
        System.exit(status);
    }

    /** The process's peak resident set, from Linux's {@code /proc/self/status}; "?" elsewhere. */
    private static String peakRss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> String.format(Locale.ROOT, "%.1f MB", Long.parseLong(l.replaceAll("\\D", "")) / 1e3))
                    .findFirst().orElse("?");
        } catch (Exception e) {
            return "?";
        }
    }
}
