package org.acervo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The copy of the job history status keeps: good exactly while the repository file is unchanged and no ingest runs. */
class HistoryCopyTest {

    private static final JobRepositoryFile.History HISTORY = new JobRepositoryFile.History(
            List.of(
                    new JobHistory.Run(2, "STARTED", LocalDateTime.of(2026, 11, 30, 9, 15, 0, 123_456_789), null),
                    new JobHistory.Run(
                            1,
                            "COMPLETED",
                            LocalDateTime.of(2026, 11, 29, 18, 0),
                            LocalDateTime.of(2026, 11, 29, 18, 2, 5))),
            Optional.of(new JobHistory.Running(2, 7, 300, LocalDateTime.of(2026, 11, 30, 9, 15, 0, 123_456_789))));

    @TempDir
    Path data;

    Path database;

    @BeforeEach
    void repository() throws Exception {
        database = JobRepositoryFile.database(data);
        Files.createDirectories(database.getParent());
        Files.write(database, new byte[4096]);
    }

    @Test
    void whatIsKeptIsReadBackWhileTheRepositoryIsUnchanged() {
        HistoryCopy.write(data, 10, HISTORY);

        assertThat(HistoryCopy.read(data, 10)).contains(HISTORY);
    }

    @Test
    void aRepositoryWrittenSinceIsReadAgain() throws Exception {
        HistoryCopy.write(data, 10, HISTORY);

        Files.setLastModifiedTime(database, FileTime.from(Instant.now().plusSeconds(1)));

        assertThat(HistoryCopy.read(data, 10)).isEmpty();
    }

    @Test
    void aRepositoryOfAnotherSizeIsReadAgain() throws Exception {
        HistoryCopy.write(data, 10, HISTORY);
        FileTime modified = Files.getLastModifiedTime(database);

        Files.write(database, new byte[8192]);
        Files.setLastModifiedTime(database, modified);

        assertThat(HistoryCopy.read(data, 10)).isEmpty();
    }

    @Test
    void whileAnIngestRunsOrALeftProgressFileSaysOneRanTheRepositoryIsReadAgain() throws Exception {
        HistoryCopy.write(data, 10, HISTORY);

        new RunningIngest(3, 10, LocalDateTime.now()).write(data);

        assertThat(HistoryCopy.read(data, 10)).isEmpty();
    }

    @Test
    void aCopyOfFewerRunsThanAskedIsNotTheAnswer() {
        HistoryCopy.write(data, 5, HISTORY);

        assertThat(HistoryCopy.read(data, 10)).isEmpty();
    }

    @Test
    void aDamagedCopyIsNoCopy() throws Exception {
        HistoryCopy.write(data, 10, HISTORY);
        List<String> lines = Files.readAllLines(HistoryCopy.file(data));
        Files.write(HistoryCopy.file(data), List.of(lines.get(0), "run\tdos\tCOMPLETED"));

        assertThat(HistoryCopy.read(data, 10)).isEmpty();
    }
}
