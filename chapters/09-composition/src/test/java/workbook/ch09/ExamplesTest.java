package workbook.ch09;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

import workbook.support.Printed;

/** Runs the chapter's small examples and checks what the README says the reader sees. */
class ExamplesTest {

    static String output(Printed.Code main) throws Exception {
        return Printed.onSystem(main).out();
    }

    @Test
    void name_and_flag_composes_and_combines() throws Exception {
        String out = output(() -> NameAndFlag.main(new String[0]));
        assertThat(out).contains("thenCompose: Brazil, ").contains("thenCombine: Brazil, ").contains("thenApply:   BRAZIL, ");
    }

    @Test
    void which_thread_names_each_stages_thread() throws Exception {
        String out = output(() -> WhichThread.main(new String[0]));
        assertThat(out).containsPattern("thenApply on a done future: +" + Thread.currentThread().getName())
                .containsPattern("thenApply on a pending future: +my-pool")
                .containsPattern("thenApplyAsync\\(fn, pool\\): +my-pool")
                .containsPattern("thenApply after completeOnTimeout: +\\S");
    }

    @Test
    void common_pool_trap_races_both_ways() throws Exception {
        String out = output(() -> CommonPoolTrap.main(new String[0]));
        assertThat(out).containsPattern("downloads, supplyAsync\\(task\\): +4 in .* on \\[")
                .containsPattern("sleeps, +supplyAsync\\(task\\): +4 in .* on \\[")
                .containsPattern("downloads, supplyAsync\\(task, pool\\): 4 in .* on \\[pool-");
    }

    @Test
    void timeouts_and_fallbacks_hide_what_they_hide() throws Exception {
        String out = output(() -> TimeoutsAndFallbacks.main(new String[0]));
        assertThat(out).containsPattern("orTimeout, slow BR: +failed: TimeoutException")
                .containsPattern("completeOnTimeout, slow BR: +BR ")
                .containsPattern("completeOnTimeout, failing CN: +failed: HTTP error 500")
                .containsPattern("exceptionally, failing CN: +CN ")
                .containsPattern("handle, failing CN: +CN, after HTTP error 500");
    }

    @Test
    void cancel_interrupts_only_through_interruptible() throws Exception {
        String out = output(() -> CancelDoesNotInterrupt.main(new String[0]));
        assertThat(out).contains("cancelled: US true, BR true").contains("US downloaded").contains("BR interrupted");
    }
}
