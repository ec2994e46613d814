package org.acervo.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job repository is not a network service: whatever H2 opens listens on this machine only. */
class JobRepositoryListensTest {

    /** 127.0.0.1, ::1 and ::ffff:127.0.0.1, as /proc/net/tcp and tcp6 write them. */
    private static final Set<String> LOOPBACK = Set.of("0100007F", "00000000000000000000000001000000", "0000000000000000FFFF00000100007F");

    @TempDir
    Path data;

    @Test
    void anIngestContextOpensNoSocketBeyondLoopback() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "needs Linux's /proc to list listening sockets");
        try (IngestContext context = IngestContext.start(data, Map.of())) {
            context.history().last(1); // the repository is open, and with it H2's automatic server
            List<String> exposed = listeningAddressesOfThisProcess().stream()
                    .filter(a -> !LOOPBACK.contains(a)).toList();
            assertThat(exposed).as("listening sockets of this JVM not bound to loopback (hex, as in /proc/net)").isEmpty();
        }
    }

    /** Local addresses (hex, as /proc/net writes them) of the sockets this process listens on. */
    private static List<String> listeningAddressesOfThisProcess() throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String link = Files.readSymbolicLink(fd).toString();
                    if (link.startsWith("socket:[")) {
                        inodes.add(link.substring(8, link.length() - 1));
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            }
        }
        List<String> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 9 && f[3].equals("0A") && inodes.contains(f[9])) {
                    addresses.add(f[1].substring(0, f[1].indexOf(':')));
                }
            }
        }
        return addresses;
    }
}
