package workbook.support;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the JSON that the build leaves for {@code ./workbook}: the catalogue and the self-check's
 * verdicts. Only what those files need: strings, numbers, booleans, arrays and objects.
 */
final class Json {

    private Json() {
    }

    /** {@code text} as a JSON string, quotes included. */
    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    /** The strings as a JSON array. */
    static String strings(List<String> texts) {
        return texts.stream().map(Json::string).collect(Collectors.joining(", ", "[", "]"));
    }

    /** Already-written JSON values as an array, one a line. */
    static String array(List<String> values, String indent) {
        return values.isEmpty() ? "[]"
                : values.stream().collect(Collectors.joining(",\n" + indent, "[\n" + indent, "\n" + indent.substring(2) + "]"));
    }
}
