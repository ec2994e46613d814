package org.acervo.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps {@code samples/}, its README table and the texts it is generated from in agreement, so that
 * other tests may trust the table as ground truth. Needs no Tesseract.
 */
@Tag("slow")
class SampleCorpusTest {

    private static final Path SAMPLES = Path.of("samples");

    /** Any slash-joined run of words or numbers, spaces allowed around the slashes. */
    private static final Pattern SLASHED = Pattern.compile("[\\p{L}\\p{N}]+(?:[ \\t]*/[ \\t]*[\\p{L}\\p{N}]+)+");

    private static final Pattern ACUERDO_SEGMENT = Pattern.compile("(?:CG|JGE)\\d*");
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}]+)\\s*$");
    private static final List<String> MONTHS = List.of(
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre");

    private static List<Sample> textSamples() {
        return SampleCatalog.SAMPLES.stream()
                .filter(s -> s.format() != Sample.Format.BROKEN)
                .toList();
    }

    private static String canonical(String raw) {
        return raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** Identifiers found by a plain slash scan, canonical, in order of first appearance. */
    private static List<String> slashedIn(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = SLASHED.matcher(text);
        while (m.find()) {
            found.add(canonical(m.group()));
        }
        return new ArrayList<>(found);
    }

    @Test
    void eachTextHoldsExactlyItsDeclaredIdentifiersInOrder() {
        for (Sample sample : textSamples()) {
            String text = SampleCorpusGenerator.layout(sample).plainText();
            String squeezed = text.replaceAll("\\s+", "");
            for (Sample.DeclaredId id : sample.identifiers()) {
                assertThat(squeezed).as(sample.file() + " contains " + id.id()).contains(id.id());
            }
            List<String> declared =
                    sample.identifiers().stream().map(Sample.DeclaredId::id).toList();
            assertThat(slashedIn(text))
                    .as("identifiers in " + sample.file() + ", in order of appearance")
                    .containsExactlyElementsOf(declared);
            // no stray slash outside an identifier (a "y/o", a date, a path)
            assertThat(SLASHED.matcher(text).replaceAll(""))
                    .as("stray slash in " + sample.file())
                    .doesNotContain("/");
        }
    }

    @Test
    void eachIdentifierHasTheTypeItsContextGivesEverywhere() {
        Map<String, String> corpusType = new HashMap<>();
        for (Sample sample : textSamples()) {
            String text = SampleCorpusGenerator.layout(sample).plainText();
            Map<String, String> declared = sample.identifiers().stream()
                    .collect(Collectors.toMap(Sample.DeclaredId::id, Sample.DeclaredId::type));
            Matcher m = SLASHED.matcher(text);
            while (m.find()) {
                String id = canonical(m.group());
                assertThat(typeByRule(id, text.substring(0, m.start())))
                        .as("type of " + m.group() + " at " + m.start() + " in " + sample.file())
                        .isEqualTo(declared.get(id));
            }
            for (Sample.DeclaredId id : sample.identifiers()) {
                String before = corpusType.putIfAbsent(id.id(), id.type());
                assertThat(before == null ? id.type() : before)
                        .as("one type for " + id.id() + " in the corpus")
                        .isEqualTo(id.type());
            }
        }
    }

    /** The README's rule: CG or JGE segment, or the word acuerdo just before, else circular, else oficio. */
    private static String typeByRule(String canonicalId, String textBefore) {
        for (String segment : canonicalId.split("/")) {
            if (ACUERDO_SEGMENT.matcher(segment).matches()) {
                return "acuerdo";
            }
        }
        Matcher word = WORD_BEFORE.matcher(textBefore);
        String previous = word.find() ? word.group(1).toLowerCase(Locale.ROOT) : "";
        return switch (previous) {
            case "acuerdo" -> "acuerdo";
            case "circular" -> "circular";
            default -> "oficio";
        };
    }

    @Test
    void eachDocumentShowsItsOwnDateOnItsFirstPage() {
        for (Sample sample : textSamples()) {
            String firstPage = SampleCorpusGenerator.layout(sample).firstPageText();
            String[] ymd = sample.date().split("-");
            int day = Integer.parseInt(ymd[2]);
            String month = MONTHS.get(Integer.parseInt(ymd[1]) - 1);
            List<String> forms = List.of(
                    ymd[2] + "-" + ymd[1] + "-" + ymd[0],
                    day + " de " + month + " de " + ymd[0],
                    ymd[2] + " de " + month + " de " + ymd[0]);
            assertThat(forms).as("date of " + sample.file()).anyMatch(firstPage::contains);
        }
    }

    @Test
    void committedTreeListsExactlyTheGeneratedFiles(@TempDir Path tmp) throws IOException {
        new SampleCorpusGenerator().generate(tmp);
        assertThat(relativeFiles(SAMPLES)).isEqualTo(relativeFiles(tmp));
    }

    @Test
    void readmeTableIsTheGeneratorsTable() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLES.resolve("README.md"), StandardCharsets.UTF_8);
        assertThat(lines).contains("| file | format | date | identifiers |");
        List<String> rows = lines.stream().filter(l -> l.startsWith("| `")).toList();
        assertThat(rows).containsExactlyElementsOf(SampleCorpusGenerator.tableRows());
    }

    @Test
    void committedTextFilesKeepEveryIdentifierOnOneLine() throws IOException {
        for (Sample sample : textSamples()) {
            Path file = SAMPLES.resolve(sample.file());
            String text;
            if (sample.format() == Sample.Format.TEXT_PDF) {
                try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                    text = new PDFTextStripper().getText(pdf);
                }
            } else if (sample.format() == Sample.Format.DOCX) {
                try (InputStream in = Files.newInputStream(file);
                        XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(in))) {
                    text = extractor.getText();
                }
            } else {
                continue;
            }
            // line by line, so an identifier broken over two lines would show up as unknown pieces
            Set<String> found = new TreeSet<>();
            for (String line : text.split("\\R")) {
                found.addAll(slashedIn(line));
            }
            Set<String> declared = sample.identifiers().stream()
                    .map(Sample.DeclaredId::id)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(found).as("identifiers in committed " + sample.file()).isEqualTo(declared);
        }
    }

    @Test
    void seedPdfHasTheCoverThenThreeHeadedPages() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(
                SAMPLES.resolve("seed/informe-prep-octubre-2021.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(4);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(pdf))
                    .contains("Proceso Electoral Local Ordinario 2021-2022", "Unidad Técnica de Cómputo", "04-11-2021");
            for (int page = 2; page <= 4; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(pdf).strip())
                        .as("page " + page)
                        .startsWith(
                                "Unidad Técnica de Cómputo\nProceso Electoral Local Ordinario 2021-2022\nInforme de avances");
            }
        }
    }

    @Test
    void scannedPdfsHaveNoTextLayer() throws IOException {
        for (Sample sample : textSamples()) {
            if (sample.format() == Sample.Format.SCANNED_PDF) {
                try (PDDocument pdf =
                        Loader.loadPDF(SAMPLES.resolve(sample.file()).toFile())) {
                    assertThat(new PDFTextStripper().getText(pdf).strip())
                            .as(sample.file())
                            .isEmpty();
                }
            }
        }
    }

    private static Set<String> relativeFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
