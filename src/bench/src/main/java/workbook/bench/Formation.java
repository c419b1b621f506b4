package workbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time chapter 10's cluster of 2 members takes to form, in fresh JVMs ({@link FormCluster}), best of
 * {@value ClusterBench#RUNS}: as the chapter starts it, and with an ahead-of-time cache for the caller and
 * for the members, which JDK 25 makes in one training run ({@code -XX:AOTCacheOutput}, JEP 514).
 *
 * @param plain  seconds, as {@code ./workbook run 10} starts the members
 * @param cached seconds with the caches, or -1 on a JDK older than 25
 */
record Formation(double plain, double cached) {

    private static final Pattern FORMED = Pattern.compile("Formed in (\\d+\\.\\d+)s: 2 members");

    /** Measures both, the members on {@code memberClasspath}. */
    static Formation measure(String memberClasspath) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("workbook-formation");
        try {
            // a cache takes jars only; both lines run on the same jars, so that the cache is all they differ by
            String members = Jvm.asJars(memberClasspath, Files.createDirectories(work.resolve("members")));
            String caller = Jvm.asJars(Jvm.classpath(), Files.createDirectories(work.resolve("caller")));
            double plain = best(command(caller, members, 2, List.of(), List.of()));
            if (Runtime.version().feature() < 25) {
                return new Formation(plain, -1);
            }
            // tag::caches[]
            Path callerCache = work.resolve("caller.aot");
            Path memberCache = work.resolve("member.aot");
            // one member in the training run: two would both write the member cache as they end
            Jvm.run(command(caller, members, 1, List.of("-XX:AOTCacheOutput=" + callerCache),
                    List.of("-XX:AOTCacheOutput=" + memberCache)), Duration.ofMinutes(2));
            double cached = best(command(caller, members, 2, List.of("-XX:AOTCache=" + callerCache),
                    List.of("-XX:AOTCache=" + memberCache)));
            // end::caches[]
            return new Formation(plain, cached);
        } finally {
            Jvm.delete(work);
        }
    }

    private static List<String> command(String callerClasspath, String memberClasspath, int count,
                                        List<String> callerOptions, List<String> memberOptions) {
        List<String> command = new ArrayList<>(List.of(Jvm.java()));
        command.addAll(callerOptions);
        command.addAll(List.of("-cp", callerClasspath, FormCluster.class.getName(), String.valueOf(count), memberClasspath));
        command.addAll(memberOptions);
        return command;
    }

    private static double best(List<String> command) throws IOException, InterruptedException {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < ClusterBench.RUNS; i++) {
            String output = Jvm.run(command, Duration.ofMinutes(2));
            Matcher formed = FORMED.matcher(output);
            if (!formed.find()) {
                throw new IOException("the cluster did not form with 2 members:\n" + output);
            }
            best = Math.min(best, Double.parseDouble(formed.group(1)));
        }
        return best;
    }
}
