package workbook.ch10;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A member JVM starts with the options its starter gives, and ends with the {@link Members} that started it. */
@Timeout(120)
class MembersTest {

    @Test
    void a_member_gets_the_jvm_options_it_is_given_after_its_own() throws Exception {
        List<Integer> ports = LocalCluster.freePorts(1);
        ProcessHandle member;
        try (Members members = Members.start("workbook-members-test-" + ProcessHandle.current().pid(), ports,
                System.getProperty("java.class.path"), List.of("-Xmx96m", "-Dworkbook.test.mark=given"))) {
            member = members.processes().getFirst();
            List<String> arguments = List.of(member.info().arguments().orElseThrow());
            assertThat(arguments).as("the member's command line").containsSubsequence(
                    Members.JVM_OPTIONS.getFirst(), "-Xmx96m", "-Dworkbook.test.mark=given", MemberMain.class.getName());
        }
        assertThat(member.isAlive()).as("the member after close()").isFalse();
    }
}
