package workbook.bench;

import java.util.List;
import java.util.Locale;

import workbook.ch10.LocalCluster;

/**
 * Forms chapter 10's cluster in a JVM of its own and prints {@code Formed in X.XXs}, the time from
 * {@link LocalCluster#start(int, String, List)} to its return: the members started and joined, and this
 * JVM joined as the caller. {@link ClusterBench} runs it in fresh JVMs, with and without a cache.
 *
 * <pre>java -cp ... workbook.bench.FormCluster MEMBERS MEMBER-CLASSPATH [MEMBER-JVM-OPTION...]</pre>
 */
public final class FormCluster {

    private FormCluster() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: FormCluster MEMBERS MEMBER-CLASSPATH [MEMBER-JVM-OPTION...]");
            System.exit(2);
        }
        List<String> memberOptions = List.of(args).subList(2, args.length);
        long t0 = System.nanoTime();
        try (LocalCluster cluster = LocalCluster.start(Integer.parseInt(args[0]), args[1], memberOptions)) {
            double formed = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "Formed in %.2fs: %d members%n", formed, cluster.dataMembers().size());
        }
    }
}
