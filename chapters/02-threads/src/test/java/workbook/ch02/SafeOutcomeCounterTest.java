package workbook.ch02;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.flags.DownloadStatus.ERROR;
import static workbook.flags.DownloadStatus.NOT_FOUND;
import static workbook.flags.DownloadStatus.OK;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import workbook.flags.DownloadStatus;
import workbook.support.Exercise;
import workbook.support.ModelChecks;

@Exercise(id = "2.2", title = "Fix the racy outcome counter", stub = SafeOutcomeCounter.class, hint = {
        """
        Two ways to be wrong: an update lost between a read and a write, and a snapshot that mixes two \
        instants. "Lost updates: a data race" shows the first; what in `BrokenSnapshotOutcomeCounter` lets a \
        `record` slip in while the snapshot is being read?""",
        """
        Guard every count with one and the same lock, and take it in all three methods: `record`, `count` \
        and `snapshot` each happen at a single instant. Atomic counters one by one are not enough, since the \
        snapshot reads several of them; which lock does every Java object carry?""" })
class SafeOutcomeCounterTest {

    @BeforeEach
    void startLincheckBeforeAModelCheck(TestInfo test) {
        ModelChecks.startBefore(test, OutcomeCounterChecks::warmUp); // its one-off start is not counted in a model check's time limit
    }

    @Test
    void counts_each_status_on_one_thread() {
        SafeOutcomeCounter counter = new SafeOutcomeCounter();
        counter.record(OK);
        counter.record(OK);
        counter.record(ERROR);
        assertThat(counter.count(OK)).as("two OK recorded").isEqualTo(2);
        assertThat(counter.count(NOT_FOUND)).as("nothing recorded as NOT_FOUND").isZero();
    }

    @Test
    void a_snapshot_has_every_status_and_is_a_copy() {
        SafeOutcomeCounter counter = new SafeOutcomeCounter();
        counter.record(NOT_FOUND);
        Map<DownloadStatus, Long> snapshot = counter.snapshot();
        counter.record(NOT_FOUND);
        counter.snapshot(); // a second snapshot must leave the first as it was
        assertThat(snapshot).as("every status, zeros included, as they were when snapshot() was called (a copy, not a view)")
                .containsExactlyInAnyOrderEntriesOf(Map.of(OK, 0L, NOT_FOUND, 1L, ERROR, 0L));
    }

    @Test
    void two_threads_recording_at_once_lose_nothing_in_any_interleaving() {
        // on failure, Lincheck's message shows the interleaving that lost an update, step by step
        OutcomeCounterChecks.noLostUpdate(() -> new SafeOutcomeCounter());
    }

    @Test
    void a_snapshot_shows_one_instant_in_any_interleaving() {
        OutcomeCounterChecks.noTornSnapshot(() -> new SafeOutcomeCounter());
    }
}
