package workbook.ch03;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ForgottenShutdownTest {

    @Test
    void a_pool_left_open_keeps_its_jvm_running() throws Exception {
        assertThat(ForgottenShutdown.runAlone(ForgottenShutdown.Forgets.class, ForgottenShutdown.PATIENCE))
                .as("-1: still running after %s, with main long returned", ForgottenShutdown.PATIENCE).isEqualTo(-1);
    }

    @Test
    void a_closed_pool_lets_its_jvm_exit() throws Exception {
        assertThat(ForgottenShutdown.runAlone(ForgottenShutdown.Closes.class, Duration.ofSeconds(10)))
                .as("the exit status, within 10 s").isZero();
    }
}
