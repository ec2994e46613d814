package org.acervo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class PartitionTallyTest {

    private static FileOutcome failedFile(int i) {
        String path = "/archivo/roto-" + i + ".pdf";
        return new FileOutcome(
                path,
                FileOutcome.Result.FAILED,
                IngestProcessor.failed(
                        path, "sha-" + i, "application/pdf", "damaged or truncated file: it could not be read"),
                null);
    }

    private static FileOutcome containerWithFailedMember(int i) {
        String path = "/archivo/paquete-" + i + ".zip";
        ArchiveDocument zip = new ArchiveDocument(
                "zip-" + i,
                List.of(path),
                DocumentStatus.INDEXED,
                null,
                "application/zip",
                null,
                0,
                List.of("roto.pdf"),
                List.of());
        return new FileOutcome(
                path,
                FileOutcome.Result.INDEXED,
                zip,
                null,
                List.of(IngestProcessor.failed(path + "!/roto.pdf", "member-" + i, null, "empty file")));
    }

    private static int serializedSize(ExecutionContext context) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Map<String, Object> entries = new java.util.HashMap<>();
        context.entrySet().forEach(e -> entries.put(e.getKey(), e.getValue()));
        new DefaultExecutionContextSerializer().serialize(entries, bytes);
        return bytes.size();
    }

    @Test
    void thousandsOfFailuresAreCountedExactlyButOnlyTheFirstAreKeptInTheContext() throws Exception {
        PartitionTally tally = new PartitionTally(PartitionTally.DEFAULT_LISTED);
        for (int i = 0; i < 3000; i++) {
            tally.add(failedFile(i));
        }
        for (int i = 0; i < 500; i++) {
            tally.add(containerWithFailedMember(i));
        }
        ExecutionContext context = new ExecutionContext();
        tally.save(context);

        assertThat(context.getInt(PartitionTally.FAILED)).isEqualTo(3000);
        assertThat(context.getInt(PartitionTally.FAILED_MEMBERS)).isEqualTo(500);
        assertThat(context.getInt(PartitionTally.INDEXED)).isEqualTo(500);
        assertThat((List<?>) context.get(PartitionTally.FAILURES))
                .hasSize(PartitionTally.DEFAULT_LISTED)
                .first()
                .isEqualTo("/archivo/roto-0.pdf\tdamaged or truncated file: it could not be read");
        assertThat(serializedSize(context))
                .as("bytes written to the job repository per chunk")
                .isLessThan(16 * 1024);
    }

    @Test
    void aRestoredTallyGoesOnCountingWithoutListingPastItsLimit() {
        PartitionTally first = new PartitionTally(3);
        for (int i = 0; i < 5; i++) {
            first.add(failedFile(i));
        }
        ExecutionContext context = new ExecutionContext();
        first.save(context);

        PartitionTally resumed = new PartitionTally(3);
        resumed.restore(context);
        resumed.add(failedFile(5));
        resumed.add(containerWithFailedMember(0));
        resumed.save(context);

        assertThat(context.getInt(PartitionTally.FAILED)).isEqualTo(6);
        assertThat(context.getInt(PartitionTally.FAILED_MEMBERS)).isEqualTo(1);
        assertThat((List<?>) context.get(PartitionTally.FAILURES)).hasSize(3);
    }

    @Test
    void aContextSavedBeforeFailedMembersWereCountedStillCountsThem() {
        // Written by an earlier version: every failure listed, members not counted apart.
        ExecutionContext old = new ExecutionContext();
        old.putInt(PartitionTally.FAILED, 1);
        old.put(
                PartitionTally.FAILURES,
                new ArrayList<>(List.of(
                        "/a/roto.pdf\tempty file", "/a/p.zip!/x.pdf\tempty file", "/a/p.zip!/y.pdf\tempty file")));

        PartitionTally resumed = new PartitionTally(PartitionTally.DEFAULT_LISTED);
        resumed.restore(old);
        ExecutionContext saved = new ExecutionContext();
        resumed.save(saved);

        assertThat(saved.getInt(PartitionTally.FAILED)).isEqualTo(1);
        assertThat(saved.getInt(PartitionTally.FAILED_MEMBERS)).isEqualTo(2);
        assertThat((List<?>) saved.get(PartitionTally.FAILURES)).hasSize(3);
    }
}
