package workbook.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A picture of one run: a row per thread (or process), a bar per task from its start to its end,
 * drawn as SVG. Each bar is filled by its outcome with a colour and a pattern of its own, and carries
 * its label, so that the picture reads in black and white too; a legend names the outcomes used.
 *
 * <pre>{@code
 * Timeline timeline = new Timeline("A thread per flag");
 * timeline.bar("flag-BR", "BR", 0.012, 0.118, Timeline.OK);   // seconds from the start of the run
 * timeline.mark("main", 0.120, "BR");                         // a moment, such as a result taken
 * Files.writeString(path, timeline.toSvg());
 * }</pre>
 *
 * <p>Rows appear in the order they are first named. Times are seconds from any origin; the axis starts
 * at the earliest time given.
 */
public final class Timeline {

    /** How a bar is filled: a name for the legend, a colour, and a pattern for a reader without colour. */
    public record Outcome(String name, String colour, Pattern pattern) {
        public Outcome {
            Objects.requireNonNull(name, "name");
            if (!colour.matches("#[0-9a-fA-F]{6}")) {
                throw new IllegalArgumentException("a colour is #rrggbb, not " + colour);
            }
            Objects.requireNonNull(pattern, "pattern");
        }
    }

    /** What is drawn over a bar's colour. */
    public enum Pattern {
        SOLID, STRIPES, CROSS, DOTS
    }

    /** Downloaded. */
    public static final Outcome OK = new Outcome("downloaded", "#4c9a2a", Pattern.SOLID);
    /** The server has no such flag (404). */
    public static final Outcome NOT_FOUND = new Outcome("not found (404)", "#e0a526", Pattern.STRIPES);
    /** A server error, a dropped connection or a timeout. */
    public static final Outcome ERROR = new Outcome("error", "#c8382c", Pattern.CROSS);
    /** Cancelled or interrupted before it finished. */
    public static final Outcome CANCELLED = new Outcome("cancelled", "#9a9a9a", Pattern.DOTS);

    private record Bar(String row, String label, double start, double end, Outcome outcome) {
    }

    private record Mark(String row, double at, String label) {
    }

    private static final int WIDTH = 860;
    private static final int ROW_HEIGHT = 24;
    private static final int MARK_ROW_HEIGHT = 40;
    private static final int BAR_HEIGHT = 16;
    private static final int LABELS = 150;       // the row names' column
    private static final int RIGHT = 20;
    private static final int TOP = 34;           // the title
    private static final double CHAR_WIDTH = 7.0; // of the 11 px sans-serif labels, to tell whether one fits
    private static final String MARK_LEGEND = "a moment on that row";

    private final String title;
    private final Set<String> rows = new LinkedHashSet<>();
    private final List<Bar> bars = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();

    /** An empty timeline whose picture is titled {@code title}. */
    public Timeline(String title) {
        this.title = Objects.requireNonNull(title, "title");
    }

    /** Adds a bar on {@code row}, from {@code start} to {@code end} seconds, labelled and filled by its outcome. */
    public Timeline bar(String row, String label, double start, double end, Outcome outcome) {
        if (!(end >= start) || !Double.isFinite(start) || !Double.isFinite(end)) {
            throw new IllegalArgumentException("a bar ends at or after it starts: " + label + " " + start + ".." + end);
        }
        rows.add(Objects.requireNonNull(row, "row"));
        bars.add(new Bar(row, Objects.requireNonNull(label, "label"), start, end, Objects.requireNonNull(outcome)));
        return this;
    }

    /** Adds a moment on {@code row} at {@code at} seconds: a diamond with its label, such as a result taken. */
    public Timeline mark(String row, double at, String label) {
        if (!Double.isFinite(at)) {
            throw new IllegalArgumentException("a mark needs a time: " + at);
        }
        rows.add(Objects.requireNonNull(row, "row"));
        marks.add(new Mark(row, at, Objects.requireNonNull(label, "label")));
        return this;
    }

    /** How many rows the picture has. */
    public int rows() {
        return rows.size();
    }

    /** The picture, as a standalone SVG document. */
    public String toSvg() {
        if (bars.isEmpty()) {
            throw new IllegalStateException("a timeline needs at least one bar: " + title);
        }
        double from = Math.min(bars.stream().mapToDouble(Bar::start).min().orElseThrow(),
                marks.stream().mapToDouble(Mark::at).min().orElse(Double.MAX_VALUE));
        double to = Math.max(bars.stream().mapToDouble(Bar::end).max().orElseThrow(),
                marks.stream().mapToDouble(Mark::at).max().orElse(-Double.MAX_VALUE));
        double span = Math.max(to - from, 1e-3);
        double step = tickStep(span);
        double axisEnd = Math.ceil(span / step - 1e-9) * step;
        double plot = WIDTH - LABELS - RIGHT;
        double scale = plot / axisEnd;
        // a row of marks is taller: its labels take two lanes under the diamonds
        Set<String> markRows = new LinkedHashSet<>();
        marks.forEach(m -> markRows.add(m.row()));
        Map<String, Integer> rowY = new LinkedHashMap<>();
        int y0 = TOP;
        for (String r : rows) {
            rowY.put(r, y0);
            y0 += markRows.contains(r) ? MARK_ROW_HEIGHT : ROW_HEIGHT;
        }
        Set<Outcome> used = new LinkedHashSet<>();
        bars.forEach(b -> used.add(b.outcome()));
        int axisY = y0;
        // the legend: a swatch and a name per outcome used, on as many lines as it takes, then the diamond
        List<double[]> legendAt = new ArrayList<>(); // {x, y} of each outcome's swatch
        double lx = LABELS;
        int ly = axisY + 40;
        for (Outcome o : used) {
            double w = 30 + o.name().length() * CHAR_WIDTH;
            if (lx > LABELS && lx + w > WIDTH - RIGHT) {
                lx = LABELS;
                ly += 20;
            }
            legendAt.add(new double[] {lx, ly});
            lx += w + 24;
        }
        if (!marks.isEmpty() && lx + 16 + MARK_LEGEND.length() * CHAR_WIDTH > WIDTH - RIGHT) {
            lx = LABELS - 6;
            ly += 20;
        }
        int height = ly + 20;

        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, """
                <svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" \
                font-family="DejaVu Sans, Arial, Helvetica, sans-serif" font-size="11" role="img">
                """, WIDTH, height, WIDTH, height));
        svg.append("<title>").append(escape(title)).append("</title>\n");
        svg.append("<defs>\n");
        for (Outcome o : used) {
            svg.append(patternDef(o));
        }
        svg.append("</defs>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" font-size=\"14\" font-weight=\"bold\">%s</text>%n",
                8, escape(title)));
        // grid and axis: a line per tick, labelled in seconds
        for (int i = 0; i * step <= axisEnd + 1e-9; i++) {
            double x = LABELS + i * step * scale;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#dddddd\"/>%n", x, TOP - 4, x, axisY));
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x, axisY + 14, seconds(i * step, step)));
        }
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333333\"/>%n", LABELS, axisY, WIDTH - RIGHT, axisY));
        svg.append(String.format(Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">seconds</text>%n", WIDTH - RIGHT, axisY + 28));
        for (Map.Entry<String, Integer> row : rowY.entrySet()) {
            int y = row.getValue();
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
                    LABELS - 6, y + ROW_HEIGHT / 2 + 4, escape(row.getKey())));
        }
        for (Bar b : bars) {
            double x = LABELS + (b.start() - from) * scale;
            double w = Math.max((b.end() - b.start()) * scale, 1.5);
            int y = rowY.get(b.row()) + (ROW_HEIGHT - BAR_HEIGHT) / 2;
            svg.append(String.format(Locale.ROOT,
                    "<g><title>%s: %.3f s to %.3f s, %s</title>"
                            + "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"url(#%s)\" stroke=\"#222222\" stroke-width=\"0.6\"/>",
                    escape(b.label()), b.start() - from, b.end() - from, escape(b.outcome().name()),
                    x, y, w, BAR_HEIGHT, id(b.outcome())));
            if (b.label().length() * CHAR_WIDTH + 6 <= w) {
                // on a white plate, so that the label reads over any colour and pattern
                double tw = b.label().length() * CHAR_WIDTH + 4;
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"12\" rx=\"2\" fill=\"#ffffff\" fill-opacity=\"0.85\"/>"
                                + "<text x=\"%.1f\" y=\"%d\">%s</text>",
                        x + 2, y + 2, tw, x + 4, y + 12, escape(b.label())));
            }
            svg.append("</g>\n");
        }
        // a label goes in the first lane where it does not run into the one before; in none, only its title
        Map<String, double[]> laneEnds = new LinkedHashMap<>();
        for (Mark m : marks.stream().sorted(Comparator.comparingDouble(Mark::at)).toList()) {
            double x = LABELS + (m.at() - from) * scale;
            int top = rowY.get(m.row()) + 2;
            double[] ends = laneEnds.computeIfAbsent(m.row(), r -> new double[] {-1, -1});
            svg.append(String.format(Locale.ROOT,
                    "<g><title>%s at %.3f s</title><path d=\"M %.1f %d l 5 5 l -5 5 l -5 -5 z\" fill=\"#222222\"/>",
                    escape(m.label()), m.at() - from, x, top));
            double textX = x - 3;
            for (int lane = 0; lane < ends.length; lane++) {
                if (textX > ends[lane] + 3) {
                    svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\">%s</text>",
                            textX, top + 21 + lane * 12, escape(m.label())));
                    ends[lane] = textX + m.label().length() * CHAR_WIDTH * 10 / 11;
                    break;
                }
            }
            svg.append("</g>\n");
        }
        int i = 0;
        for (Outcome o : used) {
            double[] at = legendAt.get(i++);
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%d\" width=\"24\" height=\"12\" fill=\"url(#%s)\" stroke=\"#222222\" stroke-width=\"0.6\"/>"
                            + "<text x=\"%.1f\" y=\"%d\">%s</text>%n",
                    at[0], (int) at[1] - 10, id(o), at[0] + 30, (int) at[1], escape(o.name())));
        }
        if (!marks.isEmpty()) {
            svg.append(String.format(Locale.ROOT,
                    "<path d=\"M %.1f %d l 5 5 l -5 5 l -5 -5 z\" fill=\"#222222\"/><text x=\"%.1f\" y=\"%d\">%s</text>%n",
                    lx + 6, ly - 11, lx + 16, ly, MARK_LEGEND));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** A tick every 1, 2 or 5 times a power of ten, for about 5 to 10 ticks over {@code span}. */
    static double tickStep(double span) {
        double raw = span / 8;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static String seconds(double value, double step) {
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String patternDef(Outcome o) {
        String over = switch (o.pattern()) {
            case SOLID -> "";
            case STRIPES -> "<path d=\"M -2 2 l 4 -4 M 0 8 l 8 -8 M 6 10 l 4 -4\" stroke=\"#000000\" stroke-opacity=\"0.45\" stroke-width=\"1.2\"/>";
            case CROSS -> "<path d=\"M 0 0 l 8 8 M 8 0 l -8 8\" stroke=\"#000000\" stroke-opacity=\"0.5\" stroke-width=\"1\"/>";
            case DOTS -> "<circle cx=\"4\" cy=\"4\" r=\"1.4\" fill=\"#000000\" fill-opacity=\"0.55\"/>";
        };
        return String.format(Locale.ROOT,
                "<pattern id=\"%s\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><rect width=\"8\" height=\"8\" fill=\"%s\"/>%s</pattern>%n",
                id(o), o.colour(), over);
    }

    /** An XML id for an outcome's pattern, made of its name. */
    private static String id(Outcome o) {
        return "fill-" + o.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + o.pattern().name().toLowerCase(Locale.ROOT);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
