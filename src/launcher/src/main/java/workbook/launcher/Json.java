package workbook.launcher;

import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.ToNumberPolicy;
import com.google.gson.reflect.TypeToken;

/**
 * Reads the JSON the build writes for the launcher (the catalogue, the self-check's verdicts) into maps,
 * lists, strings, longs, booleans and nulls.
 *
 * <pre>{@code
 * Map<String, Object> chapter = Json.object(Files.readString(catalogue));
 * }</pre>
 */
final class Json {

    private static final Gson GSON = new GsonBuilder().setObjectToNumberStrategy(ToNumberPolicy.LONG_OR_DOUBLE).create();

    private Json() {
    }

    /** The JSON object that {@code text} holds; {@link IllegalArgumentException} if it holds anything else. */
    static Map<String, Object> object(String text) {
        try {
            Map<String, Object> object = GSON.fromJson(text, new TypeToken<Map<String, Object>>() { }.getType());
            if (object == null) {
                throw new IllegalArgumentException("not one JSON object, but nothing");
            }
            return object;
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("not one JSON object: " + e.getMessage(), e);
        }
    }
}
