package org.acervo.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.acervo.crossref.TableFormat;
import org.acervo.crossref.TableWords;
import org.acervo.fixtures.SmallArchive;
import org.acervo.index.IndexSnapshot;
import org.acervo.language.Texts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch search on a real small index: spellings, rows, the identifiers not found, the exports. */
class BatchSearchTest {

    private static final Texts SPANISH = Texts.of(Texts.SPANISH);

    @TempDir
    static Path data;

    static SmallArchive archive;
    static IndexSnapshot snapshot;
    static BatchSearch batch;

    @BeforeAll
    static void open() throws Exception {
        archive = SmallArchive.build(data);
        snapshot = IndexSnapshot.open(data);
        batch = BatchSearch.of(snapshot);
    }

    @AfterAll
    static void close() throws Exception {
        snapshot.close();
    }

    private static BatchResult search(String text) {
        return batch.search(BatchList.read(text, null, SPANISH));
    }

    @Test
    void eachIdentifierInAnySpellingGetsARowPerDocumentAndTheUnknownAreListedApart() {
        BatchResult result = search(
                "INE / UNICOM / 4756 / 2021\nlEPC/SE/2l19/2O21\n\n5388/2021\nIEPC/CG139/2021\nINE/UNICOM/9999/2021\n");

        assertThat(result.rows())
                .extracting(
                        BatchRow::identifier,
                        BatchRow::searchedAs,
                        r -> Path.of(r.path()).getFileName().toString())
                .containsExactly(
                        tuple("INE / UNICOM / 4756 / 2021", "INE/UNICOM/4756/2021", "oficio-2119.txt"),
                        tuple("INE / UNICOM / 4756 / 2021", "INE/UNICOM/4756/2021", "oficio-4756.txt"),
                        tuple("lEPC/SE/2l19/2O21", "IEPC/SE/2119/2021", "acuerdo-139.txt"),
                        tuple("lEPC/SE/2l19/2O21", "IEPC/SE/2119/2021", "oficio-2119.txt"),
                        tuple("5388/2021", "INE/UNICOM/5388/2021", "informe-2022.txt"),
                        tuple("IEPC/CG139/2021", "IEPC/CG139/2021", "acuerdo-139.txt"));
        assertThat(result.notFound()).containsExactly("INE/UNICOM/9999/2021");
        assertThat(result.found()).isEqualTo(4);

        BatchRow informe = result.rows().get(4);
        assertThat(informe.document()).isEqualTo(archive.informe2022.sha256());
        assertThat(informe.pages()).containsExactly(2);
        assertThat(informe.date()).isEqualTo("2022-01-05");
        assertThat(informe.firstMention()).contains("se recibe el oficio INE/UNICOM/5388/2021");
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    @Test
    void wordsAndNumbersNobodyCitesAreNotFound() {
        BatchResult result = search("hola\nIEPC/SE/9/2021\n2021");

        assertThat(result.rows()).isEmpty();
        assertThat(result.notFound()).containsExactly("hola", "IEPC/SE/9/2021", "2021");
    }

    @Test
    void aCsvColumnIsDetectedOrChosenAndItsHeaderSkipped() {
        String csv = "folio;número;asunto\n1;INE/UNICOM/4756/2021;PREP\n2;\"IEPC/SE/2119/2021\";comité\n";

        assertThat(BatchList.read(csv, null, SPANISH).identifiers())
                .containsExactly("INE/UNICOM/4756/2021", "IEPC/SE/2119/2021");
        assertThat(BatchList.read(csv, "Número", SPANISH).identifiers())
                .containsExactly("INE/UNICOM/4756/2021", "IEPC/SE/2119/2021");
        assertThat(BatchList.read(csv, "3", SPANISH).identifiers()).containsExactly("PREP", "comité");
        assertThatThrownBy(() -> BatchList.read(csv, "oficio", SPANISH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("oficio")
                .hasMessageContaining("folio, número, asunto");
    }

    @Test
    void oneLineOfNumbersAndCommasIsAListOfThem() {
        assertThat(BatchList.read("INE/CG48/2014, INE/CG177/2014 , INE/CG258/2014", null, SPANISH)
                        .identifiers())
                .containsExactly("INE/CG48/2014", "INE/CG177/2014", "INE/CG258/2014");
        assertThat(BatchList.lines("INE/CG48/2014, anexo\r\nINE/CG177/2014", SPANISH)
                        .identifiers())
                .containsExactly("INE/CG48/2014, anexo", "INE/CG177/2014");
    }

    @Test
    void aPlainListKeepsItsOrderSpacesInsideAndRepeatsOnce() {
        BatchList list = BatchList.read(
                "\uFEFF INE / UNICOM / 4547 / 2021 \r\n4547/2021\r\n\r\nINE / UNICOM / 4547 / 2021\n", null, SPANISH);

        assertThat(list.identifiers()).containsExactly("INE / UNICOM / 4547 / 2021", "4547/2021");
    }

    @Test
    void tooLongAListIsRefusedInSpanish() {
        String many = String.join(
                "\n",
                java.util.stream.IntStream.rangeClosed(1, BatchList.MAX_LINES + 1)
                        .mapToObj(i -> "INE/UNICOM/" + i + "/2021")
                        .toList());

        assertThat(BatchList.read(many.substring(0, many.lastIndexOf('\n')), null, SPANISH)
                        .size())
                .isEqualTo(BatchList.MAX_LINES);
        assertThatThrownBy(() -> BatchList.read(many, null, SPANISH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("la lista tiene 5001 identificadores; el máximo es 5000: divídala en partes");
    }

    @Test
    void csvKeepsTheKeysAndNoFormulaWhileExportsForPeopleSaySpanish() throws Exception {
        BatchResult result = search("IEPC/CG139/2021");
        StringWriter csv = new StringWriter();
        TableFormat.CSV.write(result.table(), csv);
        // A cell that a spreadsheet would run as a formula (the page's own text may start so) is made inert.
        BatchRow formula =
                new BatchRow("=HYPERLINK(\"x\")", "IEPC/CG139/2021", "abc", "a.txt", List.of(1), null, "+1 sum");
        StringWriter inert = new StringWriter();
        TableFormat.CSV.write(
                new BatchResult(BatchList.read("x", null, SPANISH), List.of(formula), List.of()).table(), inert);
        StringWriter md = new StringWriter();
        TableFormat.MD.write(TableWords.forPeople(result.table(), SPANISH), md);

        assertThat(csv.toString())
                .startsWith("identifier,searchedAs,document,path,pages,date,firstMention\r\n")
                .contains("IEPC/CG139/2021,IEPC/CG139/2021," + archive.acuerdo139.sha256() + ",")
                .contains("acuerdo-139.txt,1,2021-10-27,");
        assertThat(inert.toString()).contains("\"'=HYPERLINK(\"\"x\"\")\",IEPC/CG139/2021,abc,a.txt,1,,'+1 sum");
        assertThat(md.toString())
                .startsWith("| identificador | buscado como | documento | ruta | páginas | fecha | primera mención |");
        tools.jackson.databind.JsonNode json =
                tools.jackson.databind.json.JsonMapper.builder().build().valueToTree(result.json());
        assertThat(json.propertyNames()).containsExactly("rows", "notFound");
        assertThat(json.get("rows").get(0).propertyNames()).containsExactlyElementsOf(BatchRow.KEYS);
    }
}
