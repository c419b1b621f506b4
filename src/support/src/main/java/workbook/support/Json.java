package workbook.support;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * Writes the JSON that the build leaves for {@code ./workbook}: the catalogue and the self-check's
 * verdicts, as Gson writes maps, lists, strings, numbers and booleans, nulls included, one field a line.
 */
final class Json {

    /** Nulls are written, so that a reader finds every field; HTML characters stay as they are. */
    static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting().create();

    private Json() {
    }
}
