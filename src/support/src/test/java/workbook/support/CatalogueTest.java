package workbook.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue a chapter's build writes for the launcher, from a chapter folder whose compiled classes
 * are this module's sample classes (the catalogue takes their names from the folders, the classes from
 * the class loader).
 */
class CatalogueTest {

    @Test
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

        assertThat(json).contains("\"folder\": \"01-sample\"", "\"number\": 1", "\"title\": \"A sample\"",
                "\"jvmArgs\": [\"-Xss1m\", \"-Xint\"]", "\"aot\": true", "\"warmUp\": false");
        assertThat(json).contains(
                "{\"name\": \"Quiet\", \"class\": \"workbook.support.catalogue.Quiet\", \"flagship\": false, \"arguments\": null}",
                "{\"name\": \"Runs\", \"class\": \"workbook.support.catalogue.Runs\", \"flagship\": true, \"arguments\": \"[DIR]\"}");
        assertThat(json).as("a stub's main is no example").doesNotContain("\"name\": \"Stubbed\"");
        assertThat(json).as("ids in number order: 1.9 before 1.10").containsSubsequence("\"id\": \"1.9\"", "\"id\": \"1.10\"");
        assertThat(json).contains("\"stub\": \"src/exercise/java/workbook/support/catalogue/Stubbed.java\"",
                "\"solution\": \"src/solution/java/workbook/support/catalogue/Stubbed.java\"",
                "\"test\": \"workbook.support.catalogue.SampleExercises\"",
                "\"hint\": [\"A nudge.\", \"The approach, \\\"quoted\\\".\"]", "\"hint\": [\"One level only.\"]");
    }

    private static void touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "");
    }
}
