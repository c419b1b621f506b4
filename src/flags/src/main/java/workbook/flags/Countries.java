package workbook.flags;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The countries whose flags the workbook serves: two-letter ISO codes with their names and SVG flags,
 * read from the {@code flag-icons} web jar.
 *
 * <pre>{@code
 * Countries.codes();              // [AD, AE, AF, ...], upper case, sorted
 * Countries.name("BR");           // "Brazil"
 * byte[] svg = Countries.flag("BR");
 * }</pre>
 */
public final class Countries {

    /** The 20 most populous countries, the default download of every downloader (as in Fluent Python). */
    public static final List<String> POP20 = List.of(
            "CN", "IN", "US", "ID", "BR", "PK", "NG", "BD", "RU", "JP",
            "MX", "PH", "VN", "ET", "EG", "DE", "IR", "TR", "CD", "FR");

    private static final String ROOT = "META-INF/resources/webjars/flag-icons/";
    private static final String VERSION = "7.5.0";
    private static final Pattern ENTRY = Pattern.compile(
            "\"code\":\\s*\"([a-z]{2})\"[^}]*?\"name\":\\s*\"([^\"]*)\"");

    private static final Map<String, String> NAMES = load();

    private Countries() {
    }

    /** Every country the flags server has, as sorted upper-case two-letter codes. */
    public static List<String> codes() {
        return List.copyOf(NAMES.keySet());
    }

    /** The country's English name, or {@code null} if the server has no flag for {@code cc}. */
    public static String name(String cc) {
        return NAMES.get(cc.toUpperCase());
    }

    /** The SVG flag of {@code cc}, as the server sends it. */
    public static byte[] flag(String cc) {
        String path = ROOT + VERSION + "/flags/4x3/" + cc.toLowerCase() + ".svg";
        try (InputStream in = Countries.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No flag for country code " + cc);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> load() {
        try (InputStream in = Countries.class.getClassLoader().getResourceAsStream(ROOT + VERSION + "/country.json")) {
            if (in == null) {
                throw new IllegalStateException("flag-icons " + VERSION + " is not on the class path");
            }
            Map<String, String> names = new TreeMap<>();
            Matcher m = ENTRY.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) {
                names.put(m.group(1).toUpperCase(), m.group(2));
            }
            return Collections.unmodifiableMap(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
