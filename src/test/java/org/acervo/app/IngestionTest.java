package org.acervo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.acervo.ingest.IngestSummary;
import org.junit.jupiter.api.Test;

class IngestionTest {

    private static String printed(IngestSummary summary) {
        StringWriter text = new StringWriter();
        Ingestion.printSummary(summary, new PrintWriter(text));
        return text.toString();
    }

    @Test
    void theSummaryCountsEveryFailureListsTheFirstAndSendsToStatusForTheRest() {
        IngestSummary summary = new IngestSummary(7, "COMPLETED", 1250, 1000, 0, 250, 0,
                List.of(new IngestSummary.Failure("/archivo/a.pdf", "empty file"),
                        new IngestSummary.Failure("/archivo/b.pdf", "encrypted document: it needs a password")),
                0, 0, 12.5, false, List.of());

        assertThat(printed(summary)).containsPattern("failed +250\n")
                .contains("/archivo/a.pdf: empty file", "/archivo/b.pdf: encrypted document")
                .contains("… and 248 more: see `acervo status`");
    }

    @Test
    void aSummaryListingEveryFailureSendsNowhere() {
        IngestSummary summary = new IngestSummary(7, "COMPLETED", 3, 2, 0, 1, 0,
                List.of(new IngestSummary.Failure("/archivo/a.pdf", "empty file")), 0, 0, 1.0, false, List.of());

        assertThat(printed(summary)).contains("/archivo/a.pdf: empty file").doesNotContain("more: see");
    }

    @Test
    void filesSeenAddUpAndFailedMembersAreCountedApartButListedWithTheFiles() {
        IngestSummary summary = new IngestSummary(7, "COMPLETED", 3, 1, 1, 1, 1,
                List.of(new IngestSummary.Failure("/archivo/a.pdf", "empty file"),
                        new IngestSummary.Failure("/archivo/p.zip!/b.pdf", "empty file")), 0, 2, 1.0, false, List.of());

        assertThat(printed(summary)).containsPattern("files seen +3\n").containsPattern("indexed +1\n")
                .containsPattern("unchanged +1\n").containsPattern("failed +1\n")
                .containsPattern("embedded +2 +\\(attachments and archive members, .*1 failed\\)")
                .contains("Failed (1 file, 1 member):", "/archivo/a.pdf: empty file", "/archivo/p.zip!/b.pdf: empty file")
                .doesNotContain("more: see");
    }

    @Test
    void aResumedRunSaysItCountsTheInterruptedOneToo() {
        IngestSummary summary = new IngestSummary(9, "COMPLETED", 8, 8, 0, 0, 0, List.of(), 8, 0, 30.0, true, List.of());

        assertThat(printed(summary)).contains("resumed after an interrupted run; its counts include that run's files");
    }
}
