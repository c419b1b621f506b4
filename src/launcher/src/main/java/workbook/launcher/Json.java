package workbook.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON the build writes for the launcher (the catalogue, the self-check's verdicts) into maps,
 * lists, strings, longs, booleans and nulls.
 *
 * <pre>{@code
 * Map<String, Object> chapter = Json.object(Files.readString(catalogue));
 * }</pre>
 *
 * <p>Implementation note: a recursive-descent reader of RFC 8259, small enough to read, so that the
 * launcher starts with no library but picocli.
 */
final class Json {

    private final String text;
    private int at;

    private Json(String text) {
        this.text = text;
    }

    /** The JSON object that {@code text} holds. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String text) {
        Json json = new Json(text);
        Object value = json.value();
        json.skipSpace();
        if (!(value instanceof Map) || json.at != text.length()) {
            throw json.error("one JSON object");
        }
        return (Map<String, Object>) value;
    }

    private Object value() {
        skipSpace();
        if (at >= text.length()) {
            throw error("a value");
        }
        char c = text.charAt(at);
        switch (c) {
            case '{' -> {
                Map<String, Object> map = new LinkedHashMap<>();
                at++;
                while (!next('}')) {
                    if (!map.isEmpty()) {
                        expect(',');
                    }
                    skipSpace();
                    String key = string();
                    expect(':');
                    map.put(key, value());
                }
                return map;
            }
            case '[' -> {
                List<Object> list = new ArrayList<>();
                at++;
                while (!next(']')) {
                    if (!list.isEmpty()) {
                        expect(',');
                    }
                    list.add(value());
                }
                return list;
            }
            case '"' -> {
                return string();
            }
            default -> {
                for (String word : List.of("true", "false", "null")) {
                    if (text.startsWith(word, at)) {
                        at += word.length();
                        return word.equals("null") ? null : Boolean.valueOf(word);
                    }
                }
                int start = at;
                while (at < text.length() && "-+.eE0123456789".indexOf(text.charAt(at)) >= 0) {
                    at++;
                }
                if (start == at) {
                    throw error("a value");
                }
                return Long.parseLong(text.substring(start, at));
            }
        }
    }

    private String string() {
        if (at >= text.length() || text.charAt(at) != '"') {
            throw error("a string");
        }
        StringBuilder out = new StringBuilder();
        for (at++; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c == '"') {
                at++;
                return out.toString();
            }
            if (c == '\\') {
                char e = text.charAt(++at);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at + 1, at + 5), 16));
                        at += 4;
                    }
                    default -> out.append(e);
                }
            } else {
                out.append(c);
            }
        }
        throw error("the end of a string");
    }

    private boolean next(char c) {
        skipSpace();
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!next(c)) {
            throw error("'" + c + "'");
        }
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private IllegalArgumentException error(String expected) {
        return new IllegalArgumentException("not the JSON expected: " + expected + " at character " + at);
    }
}
