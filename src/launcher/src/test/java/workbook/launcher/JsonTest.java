package workbook.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void reads_objects_arrays_strings_numbers_booleans_and_null() {
        Map<String, Object> json = Json.object("""
                {"a": "x \\"quoted\\" \\u00e9\\n", "n": 42, "list": [true, false, null, []], "o": {}}""");
        assertThat(json).containsEntry("a", "x \"quoted\" é\n").containsEntry("n", 42L).containsEntry("o", Map.of());
        assertThat(json.get("list")).isEqualTo(java.util.Arrays.asList(true, false, null, List.of()));
    }

    @Test
    void says_where_it_is_not_json() {
        assertThatThrownBy(() -> Json.object("{\"a\": }")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not one JSON object").hasMessageContaining("column 7");
        assertThatThrownBy(() -> Json.object("{\"a\": 1} extra")).hasMessageContaining("not one JSON object");
        assertThatThrownBy(() -> Json.object("[1]")).hasMessageContaining("not one JSON object");
        assertThatThrownBy(() -> Json.object("")).hasMessageContaining("not one JSON object");
    }
}
