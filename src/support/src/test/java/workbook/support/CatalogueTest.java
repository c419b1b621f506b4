package workbook.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.ToNumberPolicy;
import com.google.gson.reflect.TypeToken;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue a chapter's build writes for the launcher, from a chapter folder whose compiled classes
 * are this module's sample classes (the catalogue takes their names from the folders, the classes from
 * the class loader).
 */
class CatalogueTest {

    @Test
    @SuppressWarnings("unchecked")
    void lists_the_examples_how_each_is_run_and_the_exercises_in_order(@TempDir Path root) throws IOException {
        Path dir = Files.createDirectories(root.resolve("01-sample"));
        for (String name : new String[] {"Runs", "Quiet", "Quiet$Helper", "Stubbed"}) {
            touch(dir.resolve("target/classes/workbook/support/catalogue/" + name + ".class"));
        }
        for (String name : new String[] {"SampleExercises", "NinthExercise"}) {
            touch(dir.resolve("target/test-classes/workbook/support/catalogue/" + name + ".class"));
        }
        touch(dir.resolve("src/exercise/java/workbook/support/catalogue/Stubbed.java"));

        String json = Catalogue.json(dir, "01 A sample", "workbook.support.catalogue.Runs", " -Xss1m  -Xint ", true, false,
                getClass().getClassLoader());

        Map<String, Object> chapter = read(json);
        assertThat(chapter).containsEntry("folder", "01-sample").containsEntry("number", 1L)
                .containsEntry("title", "A sample").containsEntry("jvmArgs", List.of("-Xss1m", "-Xint"))
                .containsEntry("aot", true).containsEntry("warmUp", false);
        Map<String, Object> quiet = new LinkedHashMap<>();
        quiet.put("name", "Quiet");
        quiet.put("class", "workbook.support.catalogue.Quiet");
        quiet.put("flagship", false);
        quiet.put("arguments", null);
        assertThat(chapter.get("examples")).as("the examples: a stub's main is none").isEqualTo(List.of(quiet, Map.of(
                "name", "Runs", "class", "workbook.support.catalogue.Runs", "flagship", true, "arguments", "[DIR]")));
        List<Map<String, Object>> exercises = (List<Map<String, Object>>) chapter.get("exercises");
        assertThat(exercises).extracting(e -> e.get("id")).as("ids in number order: 1.9 before 1.10")
                .containsSubsequence("1.9", "1.10");
        assertThat(exercises).extracting(e -> e.get("stub"), e -> e.get("solution"), e -> e.get("test")).contains(tuple(
                "src/exercise/java/workbook/support/catalogue/Stubbed.java",
                "src/solution/java/workbook/support/catalogue/Stubbed.java", "workbook.support.catalogue.SampleExercises"));
        assertThat(exercises).extracting(e -> e.get("hint"))
                .contains(List.of("A nudge.", "The approach, \"quoted\"."), List.of("One level only."));
    }

    /** The JSON {@code text} as maps, lists, strings, longs and booleans, as the launcher reads it. */
    static Map<String, Object> read(String text) {
        return new GsonBuilder().setObjectToNumberStrategy(ToNumberPolicy.LONG_OR_DOUBLE).create()
                .fromJson(text, new TypeToken<Map<String, Object>>() { }.getType());
    }

    private static void touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "");
    }
}
