package workbook.ch02;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workbook.flags.FlagFiles;
import workbook.flags.FlagsServer;
import workbook.flags.Http;
import workbook.support.Bounded;
import workbook.support.Exercise;

@Exercise(id = "2.4", title = "Stop a download by interruption", stub = BackgroundDownload.class, hint = {
        """
        An interrupt can reach the download thread in two ways: as an `InterruptedException` out of a \
        blocking step, or as a flag while a step is busy and ends normally. Does your loop notice both? \
        Reread "Stopping a thread: interruption".""",
        """
        Keep the thread and a thread-safe list of the codes done (a `CopyOnWriteArrayList`) in fields. The \
        thread checks its own interrupt status before each code and stops if it is set; a step that returns \
        adds its code, an `IOException` skips it, and an `InterruptedException` restores the interrupt \
        status and stops. `stop()` interrupts the thread and waits for it with `join()` before it returns \
        the codes.""" })
class BackgroundDownloadTest {

    @TempDir
    Path dir;

    private final Queue<String> attempted = new ConcurrentLinkedQueue<>();

    @Test
    void downloads_every_code_in_order_on_a_thread_of_its_own() throws Exception {
        Queue<Thread> ranOn = new ConcurrentLinkedQueue<>();
        BackgroundDownload download = BackgroundDownload.start(List.of("CN", "BR", "US"), cc -> {
            ranOn.add(Thread.currentThread());
            attempted.add(cc);
        });
        Bounded.until("the download to end by itself", () -> !download.isRunning());
        assertThat(download.done()).as("every code done, in the order given").containsExactly("CN", "BR", "US");
        assertThat(ranOn).as("the steps all ran on one thread, not the caller's")
                .hasSize(3).doesNotContain(Thread.currentThread())
                .allMatch(t -> t == ranOn.peek() && t.getName().equals(BackgroundDownload.THREAD_NAME),
                        "one thread named " + BackgroundDownload.THREAD_NAME);
    }

    @Test
    void a_code_whose_download_fails_is_skipped_and_the_rest_go_on() {
        BackgroundDownload download = BackgroundDownload.start(List.of("BR", "QQ", "CN"), cc -> {
            attempted.add(cc);
            if (cc.equals("QQ")) {
                throw new IOException("HTTP 404 for QQ");
            }
        });
        Bounded.until("the download to end by itself", () -> !download.isRunning());
        assertThat(attempted).as("codes attempted: a failure does not stop the download")
                .containsExactly("BR", "QQ", "CN");
        assertThat(download.done()).as("codes done: QQ failed").containsExactly("BR", "CN");
    }

    @Test
    void stop_interrupts_a_download_in_flight() throws Exception {
        // the server's delay thread lives until BR's answer is due, even after close(): keep it short
        try (FlagsServer server = FlagsServer.builder().delay("BR", Duration.ofSeconds(4)).start();
             HttpClient client = Http.newClient()) {
            BackgroundDownload download = BackgroundDownload.start(List.of("CN", "BR", "US"), cc -> {
                attempted.add(cc);
                FlagFiles.save(dir, cc.toLowerCase() + ".svg", Http.getFlag(client, server.baseUrl(), cc));
            });
            Bounded.until("CN to be done", () -> download.done().contains("CN"));
            List<String> done = OnAThread.start("stop", download::stop).result(Duration.ofSeconds(2),
                    "stop() to return: the server answers BR after 4 s, so the request must be interrupted");
            assertThat(done).as("codes done when stopped during BR").containsExactly("CN");
            assertThat(attempted).as("codes attempted: nothing after BR").containsExactly("CN", "BR");
            assertThat(dir.resolve("us.svg")).as("US was never downloaded").doesNotExist();
            assertThat(download.isRunning()).as("running after stop()").isFalse();
        }
    }

    @Test
    void an_interrupt_is_noticed_between_codes() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        BackgroundDownload download = BackgroundDownload.start(List.of("CN", "BR"), cc -> {
            attempted.add(cc);
            if (cc.equals("CN")) { // busy, not blocked: it sees the interrupt and still ends normally
                busy.countDown();
                Work.busyUntilInterrupted();
            }
        });
        Bounded.until("CN's step to begin (or the download to end early)",
                () -> busy.getCount() == 0 || !download.isRunning());
        List<String> done = OnAThread.call("stop", download::stop);
        assertThat(attempted).as("codes attempted: the interrupt status must be checked before each code, "
                + "so BR never begins").containsExactly("CN");
        assertThat(done).as("CN's step ended normally after the interrupt: it is done").containsExactly("CN");
    }

    @Test
    void stop_after_the_end_returns_what_was_done() throws Exception {
        BackgroundDownload download = BackgroundDownload.start(List.of("BR"), attempted::add);
        Bounded.until("the download to end by itself", () -> !download.isRunning());
        assertThat(OnAThread.call("stop", download::stop)).as("stop() once all is done").containsExactly("BR");
    }

    @Test
    void close_stops_the_download() throws Exception {
        CountDownLatch blocked = new CountDownLatch(1);
        BackgroundDownload download = BackgroundDownload.start(List.of("BR", "CN"), cc -> {
            attempted.add(cc);
            if (cc.equals("BR")) {
                blocked.countDown();
                if (Work.blockUntilInterrupted()) { // a request that does not come back
                    throw new InterruptedException();
                }
            }
        });
        OnAThread.call("a try-with-resources block to close the download", () -> {
            try (download) {
                Bounded.await(blocked, "BR's step to block");
            }
            return null;
        });
        assertThat(attempted).as("an InterruptedException from a step stops the download: CN must never begin")
                .containsExactly("BR");
        assertThat(download.isRunning()).as("running after close()").isFalse();
        assertThat(download.done()).as("BR was interrupted, CN never began").isEmpty();
    }

    @Test
    void stop_waits_for_the_download_to_end() throws Exception {
        AtomicReference<Thread> stopper = new AtomicReference<>();
        AtomicBoolean stopReturned = new AtomicBoolean();
        CountDownLatch blocked = new CountDownLatch(1);
        BackgroundDownload download = BackgroundDownload.start(List.of("BR"), cc -> {
            blocked.countDown();
            Work.blockUntilInterrupted();
            // winding up after the interrupt, as a step closing its file would: until stop() waits for it
            Bounded.until("stop() to wait for the download's thread (or to return without waiting)",
                    () -> stopReturned.get() || stopper.get() != null && stopper.get().getState() == Thread.State.WAITING);
            attempted.add(cc);
        });
        Bounded.await(blocked, "BR's step to block");
        OnAThread<List<String>> stop = OnAThread.start("stop", download::stop);
        stopper.set(stop.thread());
        boolean runningWhenStopReturned;
        try {
            stop.result("stop() to return");
            runningWhenStopReturned = download.isRunning();
        } finally {
            stopReturned.set(true);
        }
        Bounded.until("the download's thread to end", () -> !download.isRunning());
        assertThat(runningWhenStopReturned).as("the download's thread was still running when stop() returned: "
                + "stop() must wait for it to end (join), after interrupting it").isFalse();
    }
}
