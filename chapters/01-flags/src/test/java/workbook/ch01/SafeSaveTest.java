package workbook.ch01;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workbook.support.Exercise;

@Exercise(id = "1.3", title = "Save a download whole or not at all", stub = SafeSave.class, hint = {
        """
        While the download arrives, a reader may open the file, and the stream may break off half way: what \
        would they see? Where could you write so that nobody sees a half-written file, and how does it reach \
        its name in one step? The chapter's "Getting one flag" names the trick.""",
        """
        Copy the stream into a temporary file made with `Files.createTempFile` in the target's own directory \
        (a move across file systems is not atomic), then `Files.move` it onto the target with `ATOMIC_MOVE` \
        and `REPLACE_EXISTING`. However the copy ends, the temporary file must not stay behind: a `finally` \
        that deletes it if it still exists.""" })
class SafeSaveTest {

    @TempDir
    Path dir;

    @Test
    void saves_every_byte_under_the_given_name() throws IOException {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes();
        Path saved = SafeSave.save(new ByteArrayInputStream(svg), dir, "br.svg");
        assertThat(saved).as("the returned path").isEqualTo(dir.resolve("br.svg"));
        assertThat(dir.resolve("br.svg")).as("the saved file").exists().hasBinaryContent(svg);
        assertThat(list(dir)).as("nothing else in the directory, no temporary file").containsExactly("br.svg");
    }

    @Test
    void replaces_an_existing_file() throws IOException {
        Files.writeString(dir.resolve("br.svg"), "old");
        SafeSave.save(new ByteArrayInputStream("new".getBytes()), dir, "br.svg");
        assertThat(dir.resolve("br.svg")).as("a second download of the same flag replaces the first").hasContent("new");
    }

    @Test
    void a_download_that_breaks_off_leaves_nothing_behind() {
        InputStream breaksOff = new FailingStream(10_000);
        assertThatIOException().as("the read error reaches the caller")
                .isThrownBy(() -> SafeSave.save(breaksOff, dir, "br.svg"))
                .withMessageContaining("connection lost");
        assertThat(list(dir)).as("no partial br.svg and no temporary file after a failed download").isEmpty();
    }

    @Test
    void a_download_that_breaks_off_keeps_the_old_file_intact() throws IOException {
        Files.writeString(dir.resolve("br.svg"), "old");
        assertThatIOException().as("the read error reaches the caller")
                .isThrownBy(() -> SafeSave.save(new FailingStream(10_000), dir, "br.svg"));
        assertThat(dir.resolve("br.svg")).as("the file saved before is untouched").hasContent("old");
        assertThat(list(dir)).as("and nothing else is left").containsExactly("br.svg");
    }

    @Test
    void while_copying_the_bytes_go_to_a_temporary_file_in_the_same_directory() throws IOException {
        String[][] seen = new String[1][];
        InputStream watched = new InputStream() { // lists the directory half-way through the download
            private int left = 10_000;

            @Override
            public int read() {
                if (left == 5_000) {
                    seen[0] = list(dir);
                }
                return left-- > 0 ? 'x' : -1;
            }
        };
        SafeSave.save(watched, dir, "br.svg");
        assertThat(seen[0]).as("what the directory held half-way through the copy").isNotNull();
        assertThat(seen[0]).as("a partial br.svg is visible while copying: copy to a temporary file, then move it "
                + "into place").doesNotContain("br.svg");
        assertThat(seen[0]).as("the temporary file, while copying: create it in the target directory "
                + "(Files.createTempFile(dir, ...)), since a move across file systems is not atomic").hasSize(1);
        assertThat(list(dir)).as("after the move").containsExactly("br.svg");
    }

    private static String[] list(Path dir) {
        return Arrays.stream(dir.toFile().list()).sorted().toArray(String[]::new);
    }

    /** Gives {@code size} bytes, then fails as a dropped connection would. */
    private static final class FailingStream extends InputStream {
        private int left;

        FailingStream(int size) {
            left = size;
        }

        @Override
        public int read() throws IOException {
            if (left-- <= 0) {
                throw new IOException("connection lost");
            }
            return 'x';
        }
    }
}
