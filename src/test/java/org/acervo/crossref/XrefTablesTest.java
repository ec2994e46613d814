package org.acervo.crossref;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.acervo.document.MentionType;
import org.acervo.document.WordQuality;
import org.acervo.fixtures.SmallArchive;
import org.acervo.index.IndexSchema;
import org.acervo.index.IndexSnapshot;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class XrefTablesTest {

    @TempDir
    static Path data;

    static SmallArchive archive;
    /** Open for the whole class: tables read the pages they quote from it. */
    static IndexSnapshot snapshot;

    static XrefSource source;

    @BeforeAll
    static void index() throws Exception {
        archive = SmallArchive.build(data);
        snapshot = IndexSnapshot.open(data);
        source = XrefSource.of(snapshot);
    }

    @AfterAll
    static void close() throws Exception {
        snapshot.close();
    }

    private static Table table(XrefTable which) {
        return which.build(source, Optional.empty());
    }

    private static List<String> column(Table table, String name) {
        int c = table.header().indexOf(name);
        return table.rows().stream().map(r -> r.get(c)).toList();
    }

    @Test
    void theIdentifierIndexKeepsTheOldColumnsFirstAndAddsFirstLastSeenAndDocuments() {
        Table index = table(XrefTable.INDEX);
        assertThat(index.header())
                .containsExactly(
                        "identifier",
                        "type",
                        "document",
                        "date",
                        "pages",
                        "mentions",
                        "first mention",
                        "first seen",
                        "last seen",
                        "documents");
        List<String> row = index.rows().stream()
                .filter(r -> r.get(0).equals("INE/UNICOM/4756/2021"))
                .findFirst()
                .orElseThrow();
        assertThat(row.subList(7, 10)).containsExactly("2021-10-20", "2021-10-27", "2");
        assertThat(column(index, "identifier")).doesNotContain("").isSorted();
    }

    @Test
    void theMatrixHasADocumentPerRowAndThePagesInTheCells() {
        Table matrix = table(XrefTable.MATRIX);
        assertThat(matrix.header()).startsWith("document", "date").contains("INE/UNICOM/5388/2021");
        int col = matrix.header().indexOf("INE/UNICOM/5388/2021");
        List<String> informe = matrix.rows().stream()
                .filter(r -> r.get(0).endsWith("informe-2022.txt"))
                .findFirst()
                .orElseThrow();
        assertThat(informe.get(col)).isEqualTo("2");
        assertThat(matrix.rows()).hasSize(4);
    }

    @Test
    void chainsFollowAnswersAndCitesTransitivelyWithTheDocumentsThatAreTheIdentifiers() {
        Table chains = table(XrefTable.CHAINS);
        List<String> longest = chains.rows().stream()
                .filter(r -> r.get(0).equals("IEPC/CG139/2021") && r.get(2).equals("INE/UNICOM/4756/2021"))
                .findFirst()
                .orElseThrow();
        assertThat(longest.get(1)).endsWith("acuerdo-139.txt");
        assertThat(longest.get(3)).endsWith("oficio-4756.txt");
        assertThat(longest.get(4)).isEqualTo("2");
        assertThat(longest.get(5)).isEqualTo("IEPC/CG139/2021 cites IEPC/SE/2119/2021 answers INE/UNICOM/4756/2021");
        assertThat(chains.rows()).hasSize(3);
        assertThat(OwnNumbers.of(
                        archive.informe2022.summary(),
                        archive.informe2022.pages().get(0)))
                .isEmpty();
        assertThat(OwnNumbers.of(
                        archive.oficio2119.summary(), archive.oficio2119.pages().get(0)))
                .contains("IEPC/SE/2119/2021");
    }

    @Test
    void anIdentifiersChainsAreTheRowsOfTheWholeTableThatStartOrEndAtIt() {
        CorrespondenceChains chains = new CorrespondenceChains(source);
        Table all = chains.table();
        java.util.Set<String> identifiers = new java.util.TreeSet<>();
        all.rows().forEach(r -> {
            identifiers.add(r.get(0));
            identifiers.add(r.get(2));
        });
        assertThat(identifiers).contains("IEPC/CG139/2021", "IEPC/SE/2119/2021", "INE/UNICOM/4756/2021");
        for (String identifier : identifiers) {
            List<List<String>> expected = all.rows().stream()
                    .filter(r -> r.get(0).equals(identifier) || r.get(2).equals(identifier))
                    .toList();
            assertThat(chains.tableFor(identifier).rows())
                    .as(identifier)
                    .isNotEmpty()
                    .isEqualTo(expected);
        }
        assertThat(chains.tableFor("INE/CG1/2000").rows()).isEmpty();
    }

    @Test
    void theRegisterListsDatedEventsInDateOrder() {
        Table register = table(XrefTable.REGISTER);
        assertThat(column(register, "date")).containsExactly("2021-10-20", "2021-10-27", "2021-10-27", "2021-12-17");
        assertThat(register.rows().get(3))
                .containsExactly(
                        "2021-12-17",
                        "recibe",
                        "INE/UNICOM/5388/2021",
                        register.rows().get(3).get(3),
                        "2");
    }

    @Test
    void theQualityListNamesFailedUndatedAndPoorlyReadDocuments() {
        Table quality = table(XrefTable.QUALITY);
        assertThat(quality.rows()).hasSize(2);
        String scan = quality.rows().stream()
                .filter(r -> r.get(0).endsWith("escaneo.txt"))
                .findFirst()
                .orElseThrow()
                .get(6);
        assertThat(scan).contains("no document date", "no identifiers", "OCR text reads poorly");
        assertThat(WordQuality.of("El Consejo General aprobó el Acuerdo IEPC/CG139/2021 el 27 de octubre."))
                .isGreaterThan(0.95);
        assertThat(WordQuality.of("Rcsu1tad0s ~~ii; E1ect0ra1es qqqq")).isLessThan(0.3);
    }

    @Test
    void documentsAreReadWithoutTheirTextButWithEverythingElseTheEntriesHold() throws Exception {
        List<ArchiveDocument> entries = snapshot.entries();
        assertThat(snapshot.summaries())
                .isEqualTo(entries.stream().map(ArchiveDocument::summary).toList());
        assertThat(snapshot.summaries().stream().map(ArchiveDocument::mentions))
                .isEqualTo(entries.stream().map(ArchiveDocument::mentions).toList());
        ArchiveDocument scan = snapshot.summaries().stream()
                .filter(e -> e.path().endsWith("escaneo.txt"))
                .findFirst()
                .orElseThrow();
        assertThat(scan.pageCount()).isEqualTo(1);
        assertThat(scan.wordQuality()).isLessThan(QualityList.LOW_WORD_QUALITY);
        assertThat(snapshot.summaries(DocumentStatus.FAILED))
                .extracting(ArchiveDocument::sha256)
                .containsExactly(archive.failed.sha256());
    }

    @ParameterizedTest
    @EnumSource(XrefTable.class)
    void everyTableFromDocumentsWithoutTextEqualsTheTableFromWholeEntries(XrefTable which) throws Exception {
        XrefSource whole = XrefSource.of(snapshot.entries());
        for (Optional<MentionType> type : List.of(
                Optional.<MentionType>empty(), Optional.of(MentionType.OFICIO), Optional.of(MentionType.ACUERDO))) {
            assertThat(which.build(source, type)).as(which + " " + type).isEqualTo(which.build(whole, type));
        }
        for (String identifier : snapshot.terms(IndexSchema.IDENTIFIER)) {
            assertThat(IdentifierReport.of(identifier, source))
                    .as(identifier)
                    .isEqualTo(IdentifierReport.of(identifier, whole));
        }
    }

    @Test
    void onlyTheIdentifierIndexAndChainsReadPagesAndOnlyThoseTheyQuote() {
        List<String> read = new ArrayList<>();
        XrefSource counting = new XrefSource(source.documents(), (document, pages) -> {
            pages.forEach(p -> read.add(document.path().replaceAll(".*/", "") + " p. " + p));
            return source.pages(document, pages);
        });
        for (XrefTable which : List.of(XrefTable.MATRIX, XrefTable.REGISTER, XrefTable.QUALITY)) {
            which.build(counting, Optional.empty());
        }
        assertThat(read).isEmpty();

        XrefTable.INDEX.build(counting, Optional.empty());
        // one read per document and page holding a first mention: informe-2022 quotes page 2 only
        assertThat(read)
                .containsExactlyInAnyOrder(
                        "oficio-2119.txt p. 1",
                        "acuerdo-139.txt p. 1",
                        "informe-2022.txt p. 2",
                        "oficio-4756.txt p. 1");

        read.clear();
        XrefRows.Head head = XrefRows.first(counting, Optional.empty(), 1);
        assertThat(head.rows())
                .containsExactly(XrefRows.build(source, Optional.empty()).get(0));
        assertThat(head.total()).isEqualTo(table(XrefTable.INDEX).rows().size());
        assertThat(read).hasSize(1);

        read.clear();
        XrefTable.CHAINS.build(counting, Optional.empty());
        XrefTable.CHAINS.build(counting, Optional.empty());
        // page 1 of the documents with an identifier near its top, once per source
        assertThat(read)
                .containsExactlyInAnyOrder("oficio-2119.txt p. 1", "acuerdo-139.txt p. 1", "oficio-4756.txt p. 1");
    }

    @ParameterizedTest
    @EnumSource(XrefTable.class)
    void everyTableExportsToCsvMarkdownHtmlAndXlsx(XrefTable which) throws Exception {
        Table table = table(which);

        StringWriter csv = new StringWriter();
        TableFormat.CSV.write(table, csv);
        List<CSVRecord> records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(csv.toString()))
                .getRecords();
        assertThat(records).hasSize(table.rows().size());
        assertThat(records.get(0).getParser().getHeaderNames()).isEqualTo(table.header());

        StringWriter md = new StringWriter();
        TableFormat.MD.write(table, md);
        assertThat(md.toString().lines()).hasSize(table.rows().size() + 2);

        StringWriter html = new StringWriter();
        TableFormat.HTML.write(table, html);
        assertThat(html.toString())
                .contains("<table>")
                .contains("<th>" + table.header().get(0) + "</th>");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        TableFormat.XLSX.write(table, xlsx);
        assertThat(readXlsx(xlsx.toByteArray())).isEqualTo(withHeader(table));
    }

    @Test
    void htmlExportEscapesDocumentText() throws Exception {
        Table table = new Table.Builder("t", "<b>t</b>", List.of("text"))
                .row(null, List.of("<script>alert('x')</script>"))
                .build();
        StringWriter html = new StringWriter();
        TableFormat.HTML.write(table, html);
        assertThat(html.toString())
                .doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }

    private static List<List<String>> withHeader(Table table) {
        List<List<String>> all = new ArrayList<>();
        all.add(table.header());
        all.addAll(table.rows());
        return all;
    }

    static List<List<String>> readXlsx(byte[] bytes) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            int width = sheet.getRow(0).getLastCellNum();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void aDamagedSpellingJoinsTheRowOfTheCleanOneHeldElsewhere() {
        org.acervo.recognition.DocumentRecognizer recognizer = new org.acervo.recognition.DocumentRecognizer();
        List<ArchiveDocument> entries = new ArrayList<>();
        String[] texts = {
            "Oficio No. INE/UNICOM/4547/2021\nPresente", "en atención al oficio INE/UNIC0M/4547/2021 del INE"
        };
        for (int i = 0; i < texts.length; i++) {
            org.acervo.recognition.Recognition r = recognizer.recognize(List.of(texts[i]));
            entries.add(new ArchiveDocument(
                    "sha" + i,
                    List.of("doc" + i + ".txt"),
                    DocumentStatus.INDEXED,
                    null,
                    "text/plain",
                    null,
                    i,
                    List.of(texts[i]),
                    r.mentions(),
                    r.relations(),
                    r.events()));
        }
        assertThat(entries.get(1).mentions())
                .extracting(org.acervo.document.Mention::raw)
                .contains("INE/UNIC0M/4547/2021");
        Table index = XrefTable.INDEX.build(XrefSource.of(entries), Optional.empty());
        assertThat(column(index, "identifier")).containsOnly("INE/UNICOM/4547/2021");
        assertThat(column(index, "documents")).containsOnly("2");
    }
}
