package workbook.ch02;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jetbrains.lincheck.LincheckAssertionError;
import org.junit.jupiter.api.Test;

/** Proves that the checks of exercise 2.2 catch both known-broken counters, every time they run. */
class BrokenOutcomeCounterTest {

    @Test
    void the_model_check_catches_lost_updates() {
        assertThatThrownBy(() -> OutcomeCounterChecks.noLostUpdate(() -> new BrokenOutcomeCounter()))
                .as("counts[i]++ from two threads must be caught losing an update")
                .isInstanceOf(LincheckAssertionError.class)
                .hasMessageContaining("two threads recorded OK once each");
    }

    @Test
    void the_model_check_catches_a_torn_snapshot() {
        assertThatThrownBy(() -> OutcomeCounterChecks.noTornSnapshot(() -> new BrokenSnapshotOutcomeCounter()))
                .as("a snapshot read count by count must be caught showing a state that never was")
                .isInstanceOf(LincheckAssertionError.class)
                .hasMessageContaining("without the OK recorded before it");
    }

    @Test
    void atomic_counts_alone_lose_no_update() {
        // the snapshot is the only flaw of BrokenSnapshotOutcomeCounter: the check for lost updates passes
        OutcomeCounterChecks.noLostUpdate(() -> new BrokenSnapshotOutcomeCounter());
    }
}
