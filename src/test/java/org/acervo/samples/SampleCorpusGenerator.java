package org.acervo.samples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * Regenerates the bundled {@code samples/} corpus: text PDFs, simulated scans (image-only PDF, PNG,
 * TIFF), DOCX files, deliberately broken files and the README with its table of dates and
 * identifiers, all from {@link SampleCatalog} and the texts under {@code textos/}.
 *
 * <p>Run it with the output directory as the only argument (default {@code samples}):
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.acervo.samples.SampleCorpusGenerator -Dexec.args=samples
 * </pre>
 * Output is deterministic: seeded randomness, fixed PDF ids and zip entry times.
 */
public final class SampleCorpusGenerator {

    /** The sub-directories the generator owns; stale files in them are removed. */
    static final List<String> DIRECTORIES = List.of("seed", "2021", "2022", "broken");

    private static final long SEED = 20211104L;
    private static final String TRUNCATED_SOURCE = "seed/informe-prep-octubre-2021.pdf";
    private static final String PROTECTED_SOURCE = "oficio-iepc-utc-21-098.txt";

    private final TextPdfWriter pdfWriter = new TextPdfWriter();
    private final DocxWriter docxWriter = new DocxWriter();

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path out = Path.of(args.length > 0 ? args[0] : "samples");
        new SampleCorpusGenerator().generate(out);
        System.out.println("Sample corpus written to " + out.toAbsolutePath());
    }

    /** Writes every catalogued file and the README under {@code out}. */
    void generate(Path out) throws IOException {
        for (String dir : DIRECTORIES) {
            clean(out.resolve(dir));
        }
        for (Sample sample : SampleCatalog.SAMPLES) {
            Path target = out.resolve(sample.file());
            Files.createDirectories(target.getParent());
            Files.write(target, bytes(sample, out));
        }
        Files.writeString(out.resolve("README.md"), readme(), StandardCharsets.UTF_8);
    }

    private byte[] bytes(Sample sample, Path out) throws IOException {
        if (sample.format() == Sample.Format.BROKEN) {
            return broken(sample, out);
        }
        Layout layout = layout(sample);
        String title = title(sample);
        try (PDDocument pdf = pdfWriter.write(layout, title)) {
            if (sample.text().equals(SampleCatalog.SEED_TEXT) && pdf.getNumberOfPages() != 4) {
                throw new IllegalStateException("the seed report must have 4 pages");
            }
            ScanSimulator scanner =
                    new ScanSimulator(new Random(SEED ^ sample.file().hashCode()));
            return switch (sample.format()) {
                case TEXT_PDF -> TextPdfWriter.save(pdf);
                case DOCX -> docxWriter.write(layout, title);
                case SCANNED_PDF -> {
                    // the seed as a grayscale JPEG scan; other scans as bilevel CCITT G4 pages
                    boolean seed = sample.text().equals(SampleCatalog.SEED_TEXT);
                    ScanSimulator.Settings s = seed
                            ? new ScanSimulator.Settings(200, 0.7, 5, 120, 256)
                            : new ScanSimulator.Settings(300, -0.6, 5, 200, 256);
                    yield ScanSimulator.imagePdf(scanner.scanAll(pdf, s), s.dpi(), !seed);
                }
                case PNG -> {
                    ScanSimulator.Settings s = new ScanSimulator.Settings(200, 0.8, 4, 80, 225);
                    yield ScanSimulator.png(onePage(scanner.scanAll(pdf, s), sample), s.dpi());
                }
                case TIFF -> {
                    ScanSimulator.Settings s = new ScanSimulator.Settings(300, -0.6, 4, 150, 256);
                    yield ScanSimulator.tiff(onePage(scanner.scanAll(pdf, s), sample), s.dpi());
                }
                case BROKEN -> throw new AssertionError();
            };
        }
    }

    private byte[] broken(Sample sample, Path out) throws IOException {
        String name = Path.of(sample.file()).getFileName().toString();
        switch (name) {
            case "vacio.pdf":
                return new byte[0];
            case "truncado.pdf": {
                byte[] whole = Files.readAllBytes(out.resolve(TRUNCATED_SOURCE));
                return Arrays.copyOf(whole, whole.length / 2);
            }
            case "protegido.pdf":
                try (PDDocument pdf = pdfWriter.write(Layout.parse(text(PROTECTED_SOURCE)), "Documento protegido")) {
                    // a fixed file id: AES-128 derives its key from it and the password, not from chance
                    COSString id = new COSString("acervo-protegido".getBytes(StandardCharsets.US_ASCII));
                    COSArray ids = new COSArray();
                    ids.add(id);
                    ids.add(id);
                    pdf.getDocument().setDocumentID(ids);
                    StandardProtectionPolicy policy = new StandardProtectionPolicy(
                            "propietario-acervo", "usuario-acervo", new AccessPermission());
                    policy.setEncryptionKeyLength(128);
                    policy.setPreferAES(true);
                    pdf.protect(policy);
                    // seeded AES initialisation vectors, so that this file too regenerates identically
                    SecureRandom keys = SecureRandom.getInstance("SHA1PRNG");
                    keys.setSeed(SEED);
                    pdf.getEncryption().getSecurityHandler().setCustomSecureRandom(keys);
                    return TextPdfWriter.save(pdf);
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalStateException("SHA1PRNG is part of every JDK", e);
                }
            case "no-es-pdf.pdf":
                return ("Este archivo no es un PDF: es texto plano guardado con la extensión equivocada.\n"
                                + "Sirve para comprobar que la extracción lo informa como archivo dañado o no admitido.\n")
                        .getBytes(StandardCharsets.UTF_8);
            default:
                throw new IllegalArgumentException("no recipe for broken file " + sample.file());
        }
    }

    private static BufferedImage onePage(BufferedImage[] pages, Sample sample) {
        if (pages.length != 1) {
            throw new IllegalStateException(sample.file() + " must fit on one page to be stored as an image");
        }
        return pages[0];
    }

    /** The sample's text laid out in pages; the seed's plain text is laid out by its page headers. */
    static Layout layout(Sample sample) {
        String text = text(sample.text());
        return sample.text().equals(SampleCatalog.SEED_TEXT) ? Layout.fromSeed(text) : Layout.parse(text);
    }

    static String text(String resource) {
        try (InputStream in = SampleCorpusGenerator.class.getResourceAsStream("textos/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("missing text resource textos/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String title(Sample sample) {
        String base = Path.of(sample.file()).getFileName().toString().replaceFirst("\\.[a-z]+$", "");
        return base.replace('-', ' ');
    }

    /** The README table rows, one per catalogued file, in catalogue order. */
    static List<String> tableRows() {
        return SampleCatalog.SAMPLES.stream().map(Sample::tableRow).toList();
    }

    static String readme() {
        StringBuilder md = new StringBuilder();
        md.append(README_HEAD);
        md.append("| file | format | date | identifiers |\n");
        md.append("|---|---|---|---|\n");
        tableRows().forEach(row -> md.append(row).append('\n'));
        md.append(README_TAIL);
        return md.toString();
    }

    private static void clean(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    Files.delete(p);
                }
            }
        }
    }

    private static final String README_HEAD = """
            # Sample corpus

            A small archive of Mexican electoral documents for trying Acervo out and for its tests: the
            Programa de Resultados Electorales Preliminares (PREP) of the Instituto Electoral y de
            Participación Ciudadana del Estado de Durango (IEPC), September 2021 to May 2022.

            - `seed/`: the project's one real report, the PREP progress report for October 2021
              (cover dated 04-11-2021), as a text PDF of 4 pages, as a simulated grayscale scan (image-only
              PDF, no text layer) and as a Word file.
            - `2021/`, `2022/` (by document date): reports, oficios, an acuerdo and an acta written for the
              project in the style of the IEPC's own documents. Names of persons and the numbers of oficios
              and acuerdos other than the seed's are invented; the oficios and acuerdos cite one another, so
              the cross-reference tables have real chains (for example `INE/UNICOM/4547/2021` →
              `IEPC/UTC/21/104` → the seed report, or `INE/UNICOM/4756/2021` → `IEPC/SE/2119/2021` →
              `IEPC/CG139/2021`). Most are text PDFs; some are DOCX, one is an image-only PDF (bilevel
              CCITT G4 scan), one a grayscale PNG scan and one a bilevel TIFF scan.
            - `broken/`: files extraction must report rather than crash on: an empty file, a PDF cut at
              half its bytes, a PDF encrypted with a user password, and a plain-text file named `.pdf`.

            Scans are made by rendering the text PDF, rotating it by under one degree and adding light
            noise and specks; Tesseract 5 (`spa`, page segmentation 3 and 1) reads every identifier and
            heading date in them correctly. To check by hand:

            ```
            pdftotext samples/seed/informe-prep-octubre-2021-escaneado.pdf - | wc -w     # 0: no text layer
            pdftoppm -r 300 -gray -png samples/seed/informe-prep-octubre-2021-escaneado.pdf /tmp/p
            for f in /tmp/p-*.png; do OMP_THREAD_LIMIT=1 tesseract $f - -l spa; done | grep -E 'INE|IEPC'
            OMP_THREAD_LIMIT=1 tesseract samples/2021/oficio-iepc-utc-21-118.tiff - -l spa
            ```

            ## Regenerating

            Everything here is generated by `src/test/java/org/acervo/samples/SampleCorpusGenerator.java`
            from the texts in `src/test/resources/org/acervo/samples/textos/`; do not edit these files by hand.
            From the project root:

            ```
            mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.acervo.samples.SampleCorpusGenerator -Dexec.args=samples
            ```

            The output is byte-for-byte deterministic on a given machine (seeded randomness, fixed PDF ids
            and zip times); the scans depend on the fonts PDFBox finds to render Helvetica. After changing
            a text or the catalogue, regenerate and commit `samples/`: `SampleCorpusTest` checks that this
            directory lists exactly the generated files, that the table below matches the generator, and
            that every text contains exactly its declared identifiers, each with the type its context gives.

            ## Files

            `date` is the document's own date (cover or heading), ISO; `identifiers` are canonical (upper
            case, no spaces) with their type: `acuerdo` when a segment is `CG` or `JGE` (with or without a
            number) or the word "acuerdo" directly precedes it, `circular` when the word "circular" directly
            precedes it, `oficio` otherwise. Each identifier has the same type throughout the corpus.

            """;

    private static final String README_TAIL = """

            The password of `broken/protegido.pdf` is `usuario-acervo` (owner password `propietario-acervo`).
            """;
}
