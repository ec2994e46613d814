package org.acervo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.acervo.crossref.IdentifierReport;
import org.acervo.crossref.XrefSource;
import org.acervo.crossref.XrefTable;
import org.acervo.document.MentionType;
import org.acervo.fixtures.CliRun;
import org.acervo.index.IndexSchema;
import org.acervo.index.IndexSnapshot;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's first command on the bundled samples, then search, xref and status on its result,
 * all through the command line as an archivist types them.
 */
@Tag("slow")
class SamplesEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path data;

    private static String firstRun;

    private static SamplesReadme catalog = SamplesReadme.read();

    static CliRun acervo(String... args) {
        return CliRun.of(args);
    }

    @BeforeAll
    static void runTheSampleJob() {
        CliRun result = acervo("run", "jobs/ingest-samples.yaml", "--data", data.toString());
        assertThat(result.code()).as(result.out() + result.err()).isZero();
        firstRun = result.out();
    }

    @Test
    void theRunSummaryCountsEveryFileAndTheBrokenOnesFail() {
        int files = catalog.samples().size();
        int broken = (int) catalog.samples().stream()
                .filter(s -> s.format().equals("broken"))
                .count();
        assertThat(firstRun)
                .containsPattern("archivos vistos +" + files + "\n")
                .containsPattern("indexados +" + (files - broken) + "\n")
                .containsPattern("fallidos +" + broken + "\n")
                .contains("Tabla de referencias cruzadas:");
        assertThat(firstRun).doesNotContain("Exception").doesNotContain("WARN");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anIdentifierInAnySpellingFindsTheSeedReportInEachOfItsForms() {
        CliRun result =
                acervo("search", "INE / UNICOM / 4547 / 2021", "--json", "--limit", "50", "--data", data.toString());
        assertThat(result.code()).isZero();
        Map<String, Object> body = JSON.readValue(result.out(), Map.class);
        List<Map<String, Object>> hits = (List<Map<String, Object>>) body.get("hits");
        assertThat(hits)
                .extracting(h -> (String) h.get("path"))
                .contains(
                        "samples/seed/informe-prep-octubre-2021.pdf",
                        "samples/seed/informe-prep-octubre-2021-escaneado.pdf",
                        "samples/seed/informe-prep-octubre-2021.docx");
        assertThat(body.get("total")).isEqualTo(hits.size());
        Map<String, Object> seed = hits.stream()
                .filter(h -> h.get("path").equals("samples/seed/informe-prep-octubre-2021.pdf"))
                .findFirst()
                .orElseThrow();
        assertThat(seed.get("documentDate")).isEqualTo("2021-11-04");
        assertThat((List<Integer>) seed.get("pages")).containsExactly(2);
        assertThat((String) seed.get("snippet")).contains("**");
    }

    @Test
    void theCrossReferenceTableHasARowForEveryIdentifierOfEverySampleAndNoOther() throws Exception {
        // Paths below the archive's folder, samples/ (the deepest folder holding every sample).
        CliRun result = acervo("xref", "--format", "csv", "--data", data.toString());
        assertThat(result.code()).isZero();
        Set<String> rows = new HashSet<>();
        for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(result.out()))) {
            rows.add(row.get("identifier") + " (" + row.get("type") + ") in " + row.get("document"));
            assertThat(row.get("first mention")).contains(row.get("identifier").substring(0, 3));
        }
        Set<String> expected = new HashSet<>();
        catalog.samples().forEach(s -> s.identifiers().forEach(id -> expected.add(id + " in " + s.file())));
        assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyTableOfTheSamplesIsTheSameBuiltFromDocumentsWithoutTextAsFromWholeEntries() throws Exception {
        try (IndexSnapshot snapshot = IndexSnapshot.open(data)) {
            XrefSource light = XrefSource.of(snapshot);
            XrefSource whole = XrefSource.of(snapshot.entries());
            for (XrefTable which : XrefTable.values()) {
                for (Optional<MentionType> type : List.of(
                        Optional.<MentionType>empty(),
                        Optional.of(MentionType.OFICIO),
                        Optional.of(MentionType.ACUERDO),
                        Optional.of(MentionType.CIRCULAR))) {
                    assertThat(which.build(light, type)).as(which + " " + type).isEqualTo(which.build(whole, type));
                }
            }
            for (String identifier : snapshot.terms(IndexSchema.IDENTIFIER)) {
                assertThat(IdentifierReport.of(identifier, light))
                        .as(identifier)
                        .isEqualTo(IdentifierReport.of(identifier, whole));
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void statusListsEveryBrokenFileWithAReason() {
        CliRun result = acervo("status", "--json", "--data", data.toString());
        assertThat(result.code()).isZero();
        Map<String, Object> body = JSON.readValue(result.out(), Map.class);
        List<Map<String, Object>> failures = (List<Map<String, Object>>) body.get("failures");
        Map<String, String> reasons = new java.util.HashMap<>();
        failures.forEach(f -> reasons.put((String) f.get("path"), (String) f.get("reason")));
        assertThat(reasons)
                .containsOnlyKeys(catalog.samples().stream()
                        .filter(s -> s.format().equals("broken"))
                        .map(s -> "samples/" + s.file())
                        .toList());
        assertThat(reasons.get("samples/broken/vacio.pdf")).startsWith("empty file");
        assertThat(reasons.get("samples/broken/protegido.pdf")).startsWith("encrypted document");
        assertThat(reasons.get("samples/broken/truncado.pdf")).startsWith("damaged or truncated file");
        assertThat(reasons.get("samples/broken/no-es-pdf.pdf")).contains("named .pdf but it holds plain text");
        List<Map<String, Object>> jobs = (List<Map<String, Object>>) body.get("jobs");
        assertThat(jobs).isNotEmpty();
        assertThat(jobs.get(jobs.size() - 1)).containsEntry("status", "COMPLETED");
    }

    @Test
    void aSecondRunFindsEverySampleUnchanged() {
        CliRun second = acervo("run", "jobs/ingest-samples.yaml", "--data", data.toString());
        assertThat(second.code()).isZero();
        assertThat(second.out())
                .containsPattern("sin cambios +" + catalog.samples().size() + "\n")
                .containsPattern("indexados +0\n")
                .containsPattern("páginas con OCR +0\n");
    }
}
