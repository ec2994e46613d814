package org.acervo.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.acervo.extraction.OcrMode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The job repository is not a network service: H2 opens no port, one process holds it at a time,
 * and {@code status} still answers while an ingest holds it.
 */
@Tag("slow")
class JobRepositoryTest {

    @TempDir
    Path data;

    @TempDir
    Path inputs;

    @Test
    void anIngestOpensNoListeningSocket() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "needs Linux's /proc to list listening sockets");
        // given a JVM that may already listen for other tests (a web server)
        Files.writeString(inputs.resolve("oficio.txt"), "Oficio No. IEPC/UTC/21/104, Durango, 5 de octubre de 2021.");
        Set<String> before = listeningSocketsOfThisProcess();

        // when an ingest runs, its job repository open
        try (IngestContext context =
                IngestContext.start(data, Map.of("acervo.isolation", "none", "acervo.ocr", "NEVER"))) {
            RunSummary summary = context.runner()
                    .run(new IngestRequest(List.of(inputs), List.of(), List.of(), data, OcrMode.NEVER, 1));
            assertThat(summary.indexed()).isEqualTo(1);
            Set<String> during = listeningSocketsOfThisProcess();

            // then it listens on nothing, loopback included
            during.removeAll(before);
            assertThat(during)
                    .as("sockets this JVM began to listen on (address:port, hex as in /proc/net)")
                    .isEmpty();
        }
    }

    @Test
    void theJobsFolderIsItsOwnersAlone() throws Exception {
        try (IngestContext context = IngestContext.start(data, Map.of())) {
            context.history().last(1);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(IngestContext.JOBS))))
                .isEqualTo("rwx------");
    }

    @Test
    void whileAnIngestHoldsTheRepositoryStatusSaysHowFarItIsAndASecondIngestIsTurnedAway() throws Exception {
        // given a process holding the repository, as a running ingest does, and its progress file
        Files.writeString(inputs.resolve("oficio.txt"), "Oficio No. IEPC/UTC/21/104.");
        try (IngestContext context = IngestContext.start(data, Map.of())) {
            context.history().last(1);
            new RunningIngest(3, 10, LocalDateTime.of(2026, 11, 30, 9, 15)).write(data);

            // when another process asks for the status, and another tries to ingest
            Child status = Child.run("status", "--data", data.toString(), "--json");
            Child second = Child.run("ingest", inputs.toString(), "--data", data.toString(), "--ocr", "never");

            // then status answers from the progress file, and the second ingest says why it cannot run
            assertThat(status.code()).as(status.output()).isZero();
            JsonNode json = JsonMapper.builder().build().readTree(status.output());
            assertThat(json.path("running").path("state").asString()).isEqualTo("running");
            assertThat(json.path("running").path("filesDone").asInt()).isEqualTo(3);
            assertThat(json.path("running").path("files").asInt()).isEqualTo(10);
            assertThat(json.path("jobsUnavailable").asString()).contains("an ingest is running");
            assertThat(second.code()).as(second.output()).isEqualTo(1);
            assertThat(second.output())
                    .contains("otro proceso de Acervo (una ingesta) está usando el directorio de datos")
                    .doesNotContain("Exception");
        }
    }

    /** One command of Acervo in a JVM of its own: a second process, as a second terminal would be. */
    private record Child(int code, String output) {

        static Child run(String... args) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    "org.acervo.Application"));
            command.addAll(List.of(args));
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return new Child(process.exitValue(), output);
        }
    }

    /** Local address and port (hex, as /proc/net writes them) of every socket this process listens on. */
    private static Set<String> listeningSocketsOfThisProcess() throws IOException {
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
        Set<String> listening = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 9 && f[3].equals("0A") && inodes.contains(f[9])) {
                    listening.add(f[1]);
                }
            }
        }
        return listening;
    }
}
