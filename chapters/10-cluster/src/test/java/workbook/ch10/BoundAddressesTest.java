package workbook.ch10;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Nothing of this chapter listens on anything but 127.0.0.1: read from Linux's socket tables, for the
 * member processes and for this JVM, which holds the lite caller.
 */
@Timeout(180)
class BoundAddressesTest {

    @Test
    void members_and_caller_listen_on_127_0_0_1_only() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "Linux's /proc/net/tcp lists the listening sockets");
        try (LocalCluster cluster = LocalCluster.start(2)) {
            List<Long> pids = new ArrayList<>(cluster.members().processes().stream().map(ProcessHandle::pid).toList());
            pids.add(ProcessHandle.current().pid());
            for (long pid : pids) {
                List<String> listening = listening(pid);
                assertThat(listening).as("the listening sockets of process %d", pid).isNotEmpty()
                        .allSatisfy(address -> assertThat(address).as("bound address of process %d: loopback only", pid)
                                .startsWith("127.0.0.1:"));
            }
        }
    }

    /** The local addresses of the TCP sockets in state LISTEN that process {@code pid} holds. */
    static List<String> listening(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            fds.forEach(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException gone) {
                    // a descriptor closed while we looked
                }
            });
        }
        List<String> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            if (!Files.isReadable(Path.of(table))) {
                continue;
            }
            List<String> lines = Files.readAllLines(Path.of(table)); // once: the table changes between reads
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (f[3].equals("0A") && inodes.contains(f[9])) { // 0A: LISTEN
                    addresses.add(decode(f[1]));
                }
            }
        }
        return addresses;
    }

    /** "0100007F:1645" to "127.0.0.1:5701", also when IPv4-mapped on an IPv6 socket; other IPv6 addresses as their hex. */
    static String decode(String hex) {
        String[] parts = hex.split(":");
        int port = Integer.parseInt(parts[1], 16);
        String ip = parts[0];
        if (ip.length() == 32 && ip.startsWith("0000000000000000FFFF0000")) {
            ip = ip.substring(24); // ::ffff:a.b.c.d, an IPv4 address on an IPv6 socket
        }
        if (ip.length() != 8) {
            return "[" + ip + "]:" + port;
        }
        long a = Long.parseLong(ip, 16);
        return (a & 0xff) + "." + (a >> 8 & 0xff) + "." + (a >> 16 & 0xff) + "." + (a >> 24 & 0xff) + ":" + port;
    }
}
