package org.acervo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.acervo.language.Texts;
import org.junit.jupiter.api.Test;

class IngestionTest {

    private static String printed(RunSummary summary) {
        return printed(summary, Texts.of(Texts.SPANISH));
    }

    private static String printed(RunSummary summary, Texts texts) {
        StringWriter text = new StringWriter();
        Ingestion.printSummary(summary, new PrintWriter(text), texts);
        return text.toString();
    }

    @Test
    void theSummaryCountsEveryFailureListsTheFirstAndSendsToStatusForTheRest() {
        RunSummary summary = new RunSummary(
                7,
                "COMPLETED",
                1250,
                1000,
                0,
                250,
                0,
                List.of(
                        new RunSummary.Failure("/archivo/a.pdf", "empty file"),
                        new RunSummary.Failure("/archivo/b.pdf", "encrypted document: it needs a password")),
                0,
                0,
                12.5,
                false,
                List.of());

        assertThat(printed(summary))
                .containsPattern("fallidos +250\n")
                .contains("/archivo/a.pdf: empty file", "/archivo/b.pdf: encrypted document")
                .contains("… y 248 más: vea `acervo status`");
        assertThat(printed(summary, Texts.of(Texts.ENGLISH)))
                .containsPattern("failed +250\n")
                .contains("… and 248 more: see `acervo status`");
    }

    @Test
    void aSummaryListingEveryFailureSendsNowhere() {
        RunSummary summary = new RunSummary(
                7,
                "COMPLETED",
                3,
                2,
                0,
                1,
                0,
                List.of(new RunSummary.Failure("/archivo/a.pdf", "empty file")),
                0,
                0,
                1.0,
                false,
                List.of());

        assertThat(printed(summary)).contains("/archivo/a.pdf: empty file").doesNotContain("vea `acervo status`");
    }

    @Test
    void filesSeenAddUpAndFailedMembersAreCountedApartButListedWithTheFiles() {
        RunSummary summary = new RunSummary(
                7,
                "COMPLETED",
                3,
                1,
                1,
                1,
                1,
                List.of(
                        new RunSummary.Failure("/archivo/a.pdf", "empty file"),
                        new RunSummary.Failure("/archivo/p.zip!/b.pdf", "empty file")),
                0,
                2,
                1.0,
                false,
                List.of());

        assertThat(printed(summary))
                .containsPattern("archivos vistos +3\n")
                .containsPattern("indexados +1\n")
                .containsPattern("sin cambios +1\n")
                .containsPattern("fallidos +1\n")
                .containsPattern("incrustados +2 +\\(adjuntos y miembros de archivos comprimidos, .*; 1 fallido\\)")
                .contains(
                        "Fallidos (1 archivo, 1 miembro):",
                        "/archivo/a.pdf: empty file",
                        "/archivo/p.zip!/b.pdf: empty file")
                .doesNotContain("vea `acervo status`");
        assertThat(printed(summary, Texts.of(Texts.ENGLISH)))
                .containsPattern("files seen +3\n")
                .containsPattern("embedded +2 +\\(attachments and archive members, .*1 failed\\)")
                .contains("Failed (1 file, 1 member):");
    }

    @Test
    void aResumedRunSaysItCountsTheInterruptedOneToo() {
        RunSummary summary = new RunSummary(9, "COMPLETED", 8, 8, 0, 0, 0, List.of(), 8, 0, 30.0, true, List.of());

        assertThat(printed(summary))
                .contains(
                        "reanudada tras una interrumpida; sus cuentas incluyen los archivos de aquella",
                        "(ejecución 9 del trabajo, terminada)");
        assertThat(printed(summary, Texts.of(Texts.ENGLISH)))
                .contains(
                        "resumed after an interrupted run; its counts include that run's files (job execution 9, COMPLETED)");
    }
}
