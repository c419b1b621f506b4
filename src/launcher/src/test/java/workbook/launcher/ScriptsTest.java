package workbook.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * {@code ./workbook} and {@code workbook.cmd} offer the same commands: each builds the same launcher the
 * same way and hands it every argument. No Windows machine runs CI, so the batch file is read, not run.
 */
class ScriptsTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir"), "..", "..").normalize();
    private static final String BUILD = "-q -pl src/launcher -am package -Dmaven.test.skip=true";

    @Test
    void both_scripts_build_the_launcher_the_same_way_and_run_it_with_every_argument() throws IOException {
        String bash = Files.readString(ROOT.resolve("workbook"));
        String cmd = Files.readString(ROOT.resolve("workbook.cmd"));

        assertThat(bash).contains("./mvnw " + BUILD, "-jar \"$jar\" \"$@\"", "-Dworkbook.root=\"$root\"",
                "target/launcher.jar", "-newer \"$jar\"");
        assertThat(cmd).contains("mvnw.cmd " + BUILD, "-jar \"%JAR%\" %*", "-Dworkbook.root=\"%ROOT%.\"",
                "target\\launcher.jar", "-Dworkbook.launcher.checkSources=%CHECK%");
        assertThat(cmd).as("workbook.cmd builds again when the launcher says its sources are newer")
                .contains("if %ERRORLEVEL% == " + Main.STALE + " if \"%CHECK%\" == \"true\" goto build");
        assertThat(bash).as("a class-data archive of the jar before goes with it").contains("if [ \"$launcher/target/launcher.jsa\" -ot \"$jar\" ]; then rm -f \"$launcher/target/launcher.jsa\"; fi");
        assertThat(cmd).as("a class-data archive of the jar before goes with it").contains("del \"%LAUNCHER%\\target\\launcher.jsa\"");
        assertThat(cmd).as("cmd.exe finds labels reliably only in a file of CRLF lines").doesNotContainPattern("[^\\r]\\n");
        for (String options : new String[] {"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:+AutoCreateSharedArchive"}) {
            assertThat(bash).contains(options);
            assertThat(cmd).contains(options);
        }
    }

    @Test
    void the_launcher_knows_when_its_sources_are_newer_than_its_jar() throws IOException {
        assertThat(Main.stale(Path.of("no-such-workbook"))).as("no jar at all").isTrue();
    }
}
