package workbook.ch02;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workbook.ch01.Flags.Site;
import workbook.flags.FlagsServer;
import workbook.flags.Http;
import workbook.flags.Mode;
import workbook.support.Bounded;
import workbook.support.Printed;

/** What the smaller examples of the chapter show, checked. */
class ExamplesTest {

    @TempDir
    Path dir;

    @Test
    void the_worker_of_start_and_join_counts_primes_by_trial_division() throws Exception {
        assertThat(StartAndJoin.countPrimesBelow(1000)).as("primes below 1000").isEqualTo(168);
    }

    @Test
    void threads_check_the_same_numbers_as_the_sequential_loop() throws Exception {
        List<Long> numbers = List.of(2L, 9L, 97L, 1_000_003L, 1_000_004L, 1_000_003L * 1_000_033L);
        boolean[] inThreads = CpuBoundThreads.checkInThreads(numbers);
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(inThreads[i]).as("is %d prime, per its thread", numbers.get(i))
                    .isEqualTo(CpuBoundThreads.isPrime(numbers.get(i)));
        }
        assertThat(inThreads).containsExactly(true, false, true, true, false, false);
    }

    @Test
    void flags_threads_downloads_every_flag_with_a_thread_each() throws Exception {
        try (FlagsServer server = FlagsServer.start(Mode.LOCAL); HttpClient client = Http.newClient()) {
            int[] count = new int[1];
            String out = Printed.onSystem(() -> count[0] = FlagsThreads.downloadMany(
                    new Site(client, server.baseUrl(), dir), List.of("US", "BR", "CN"))).out();
            assertThat(count[0]).as("flags downloaded").isEqualTo(3);
            assertThat(out.split(" ")).as("each code printed as its download finished").contains("BR", "CN", "US");
            assertThat(dir.toFile().list()).containsExactlyInAnyOrder("br.svg", "cn.svg", "us.svg");
        }
    }

    @Test
    void the_safe_counters_lose_nothing() throws Exception {
        AtomicLong atomic = new AtomicLong();
        LongAdder adder = new LongAdder();
        long expected = 2L * RaceDemo.INCREMENTS;
        assertThat(RaceDemo.race(2, atomic::incrementAndGet, atomic::get)).as("AtomicLong").isEqualTo(expected);
        assertThat(RaceDemo.race(2, adder::increment, adder::sum)).as("LongAdder").isEqualTo(expected);
    }

    @Test
    void a_synchronized_list_keeps_every_result() throws Exception {
        List<Integer> results = Collections.synchronizedList(new ArrayList<>());
        assertThat(LostResults.collect(results)).as("adds that threw").isZero();
        assertThat(results).as("results kept").hasSize(LostResults.THREADS * LostResults.RESULTS_PER_THREAD);
    }

    @Test
    void an_interrupt_stops_the_spinner() throws Exception {
        Thread spinner = Thread.ofPlatform().start(() -> InterruptToStop.spin("testing"));
        spinner.interrupt();
        Bounded.join(spinner, "the spinner to stop once interrupted");
    }

    @Test
    void the_supervisor_stops_its_spinner_before_returning() throws Exception {
        Printed.OutAndErr output = Printed.onSystem(
                () -> assertThat(InterruptToStop.supervisor(Duration.ofMillis(300))).isEqualTo(42));
        assertThat(output.out()).as("what the supervisor printed").contains("spinner object: Thread[#", "thinking!");
        assertThat(Thread.getAllStackTraces().keySet()).as("threads still alive")
                .noneMatch(t -> t.getName().equals("spinner"));
    }

    @Test
    void an_exception_ends_only_its_thread_and_join_does_not_rethrow_it() throws Exception {
        Printed.OutAndErr output = Printed.onSystem(() -> UncaughtExceptions.main(new String[0]));
        assertThat(output.err()).as("the default handler's report of flag-QQ")
                .contains("Exception in thread \"flag-QQ\" java.lang.IllegalStateException: no flag for QQ");
        assertThat(output.out()).as("main carried on")
                .contains("main: joined flag-QQ without an exception; it is TERMINATED",
                        "the handler of flag-QR got java.lang.IllegalStateException: no flag for QR",
                        "flag-QS left value null and failure java.lang.IllegalStateException: no flag for QS");
    }
}
