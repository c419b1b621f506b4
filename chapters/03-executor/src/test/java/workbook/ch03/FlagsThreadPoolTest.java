package workbook.ch03;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workbook.ch01.Flags.Site;
import workbook.flags.Countries;
import workbook.flags.FlagsServer;
import workbook.flags.Http;
import workbook.flags.Mode;

class FlagsThreadPoolTest {

    @TempDir
    Path dir;

    @Test
    void downloads_and_saves_all_20_flags() throws Exception {
        try (FlagsServer server = FlagsServer.start(Mode.LOCAL);
             var client = Http.newClient()) {
            int count = FlagsThreadPool.downloadMany(new Site(client, server.baseUrl(), dir), Countries.POP20);
            assertThat(count).as("downloads counted").isEqualTo(20);
        }
        for (String cc : Countries.POP20) {
            assertThat(dir.resolve(cc.toLowerCase() + ".svg")).as("the flag of %s", cc).hasBinaryContent(Countries.flag(cc));
        }
    }

    @Test
    void python_default_pool_size_is_cores_plus_four_at_most_32() {
        int cpus = Runtime.getRuntime().availableProcessors();
        assertThat(FlagsThreadPool.MAX_WORKERS).as("min(32, os.cpu_count() + 4)").isEqualTo(Math.min(32, cpus + 4));
    }
}
