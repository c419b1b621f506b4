package workbook.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The self-check's report, as {@code ./workbook check} has it written: the report for a person, and each
 * exercise's verdict as JSON, which is all the launcher reads.
 */
class CheckReportTest {

    /** A sample exercise's test class: one test passes, one fails. Run by the test below only (its tag keeps builds off it). */
    @Exercise(id = "99.1", title = "A sample exercise", stub = CheckReportTest.class, hint = {"A nudge.", "The approach."})
    static final class SampleExerciseTest {
        @Test
        void passes() {
            // nothing to do
        }

        @Test
        void fails() {
            fail("the sample's failure");
        }
    }

    @AfterEach
    void forget() throws IOException {
        Files.deleteIfExists(CheckReport.VERDICTS.resolve("99.1.json"));
        Files.deleteIfExists(CheckReport.REPORT);
    }

    @Test
    void writes_the_report_and_one_json_verdict_per_exercise() throws IOException {
        forget();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(SampleExerciseTest.class)).build();
        String before = System.getProperty("workbook.check");
        System.setProperty("workbook.check", "true"); // read when the launcher makes its listeners, as the check's fork does
        try {
            LauncherFactory.create().execute(request);
        } finally {
            if (before == null) {
                System.clearProperty("workbook.check");
            } else {
                System.setProperty("workbook.check", before);
            }
        }

        assertThat(CatalogueTest.read(Files.readString(CheckReport.VERDICTS.resolve("99.1.json")))).containsExactlyEntriesOf(
                verdict("99.1", "A sample exercise", SampleExerciseTest.class.getName(), 1, 2, false));
        assertThat(CheckReport.REPORT).content()
                .contains("[ ] 99.1  A sample exercise", "1/2 tests pass", "Next: exercise 99.1", "the sample's failure",
                        "hint    A nudge.", "./workbook hint 99.1", "./workbook test 99.1")
                .as("the check shows the first level of the hint only").doesNotContain("The approach.");
    }

    private static Map<String, Object> verdict(String id, String title, String test, long passed, long total, boolean solved) {
        Map<String, Object> verdict = new LinkedHashMap<>();
        verdict.put("id", id);
        verdict.put("title", title);
        verdict.put("test", test);
        verdict.put("passed", passed);
        verdict.put("total", total);
        verdict.put("solved", solved);
        return verdict;
    }
}
