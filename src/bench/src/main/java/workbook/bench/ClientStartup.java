package workbook.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import workbook.flags.FlagsServer;
import workbook.flags.Mode;

/**
 * Takes a cold HTTP client apart, step by step: runs {@link ColdClient} in fresh JVMs, without and with
 * {@link HttpWarmUp}, and writes the best time and the classes loaded of each step as a table for the
 * book.
 *
 * <p>The server (no delay) runs in this JVM, the clients each in a JVM of its own, so that no class the
 * server loads is counted for the client.
 *
 * <pre>./workbook bench client-startup</pre>
 */
public final class ClientStartup {

    static final int RUNS = 3;

    private static final Pattern STEP = Pattern.compile("^(.+?)\\s+(-?[0-9.]+) ms\\s+(-?\\d+) classes$", Pattern.MULTILINE);

    /** One step of a cold start: its best time and the classes it loaded in that run. */
    record Step(double millis, int classes) {
        String cell() {
            return String.format(Locale.ROOT, millis < 10 ? "%.1f ms, %d classes" : "%.0f ms, %d classes", millis, classes);
        }
    }

    private ClientStartup() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            System.err.println("usage: ./workbook bench client-startup (no arguments), not " + String.join(" ", args));
            System.exit(2);
        }
        Map<String, Step> cold;
        Map<String, Step> warm;
        try (FlagsServer server = FlagsServer.start(Mode.LOCAL)) {
            cold = best(server, false);
            warm = best(server, true);
        }
        StringBuilder rows = new StringBuilder();
        for (Map.Entry<String, Step> step : warm.entrySet()) {
            Step before = cold.get(step.getKey());
            rows.append("|").append(step.getKey()).append(" |").append(before == null ? "none" : before.cell())
                    .append(" |").append(step.getValue().cell()).append('\n');
        }
        Results results = Results.named("client-startup");
        attribute(results, "sslcontext", cold.get("the default SSLContext"));
        attribute(results, "client", cold.get("create the client (the rest)"));
        attribute(results, "first", cold.get("first request (BR)"));
        attribute(results, "third", cold.get("third request (IN)"));
        attribute(results, "warm-up", warm.get("warm-up (no request)"));
        attribute(results, "warm-first", warm.get("first request (BR)"));
        results.write("""
                [cols="3,2,2",options="header"]
                .A cold HTTP client, step by step: best of %d fresh JVMs per step, the server in another JVM; %s
                |===
                |step |cold |after `HttpWarmUp`
                %s|===
                """.formatted(RUNS, results.caption("./workbook bench client-startup"), rows));
    }

    private static void attribute(Results results, String name, Step step) {
        results.attribute("client-startup-" + name + "-ms", String.format(Locale.ROOT, "%.0f", step.millis()));
        results.attribute("client-startup-" + name + "-classes", String.valueOf(step.classes()));
    }

    /** The best of {@link #RUNS} fresh JVMs for each step, in the order the steps ran. */
    private static Map<String, Step> best(FlagsServer server, boolean warmUp) throws IOException, InterruptedException {
        Map<String, Step> best = new LinkedHashMap<>();
        for (int run = 0; run < RUNS; run++) {
            List<String> command = new ArrayList<>(List.of(Jvm.java(), "-cp", Jvm.classpath(),
                    ColdClient.class.getName(), server.baseUrl().toString()));
            if (warmUp) {
                command.add("--warm-up");
            }
            String output = Jvm.run(command, Duration.ofMinutes(1));
            System.out.print(output);
            parse(output).forEach((name, step) -> best.merge(name, step, (a, b) -> a.millis() <= b.millis() ? a : b));
        }
        return best;
    }

    /** The steps that {@link ColdClient} printed, by name, in order. */
    static Map<String, Step> parse(String output) {
        Map<String, Step> steps = new LinkedHashMap<>();
        Matcher m = STEP.matcher(output);
        while (m.find()) {
            steps.put(m.group(1).strip(), new Step(Double.parseDouble(m.group(2)), Integer.parseInt(m.group(3))));
        }
        if (steps.isEmpty()) {
            throw new IllegalStateException("ColdClient printed no step:\n" + output);
        }
        return steps;
    }
}
