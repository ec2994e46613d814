package org.acervo.crossref;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.acervo.document.WordQuality;

/**
 * Table 5, the quality list: documents to review because they failed, have no document date, no
 * identifiers, or OCR text that reads poorly.
 *
 * <p>Tesseract's confidence is not stored in the index yet, so OCR quality is the {@link WordQuality}
 * the index measured when it took the document. Only documents with OCR'd pages are judged, since a
 * text layer was typed, not read. No page text is read here.
 */
final class QualityList {

    static final List<String> HEADER =
            List.of("document", "date", "status", "pages", "ocr pages", "word quality", "problems");
    /** Below this share of word-like words, an OCR'd text is listed for review. */
    static final double LOW_WORD_QUALITY = 0.8;
    /** The problems, as the {@code problems} cell has them (and CSV keeps them); {@link TableWords} translates them. */
    static final String FAILED = "failed: ";

    static final String UNDATED = "no document date";
    static final String NO_IDENTIFIERS = "no identifiers";
    static final String POOR_OCR = "OCR text reads poorly (estimated)";
    /** How the problems of one document are joined in its cell. */
    static final String JOIN = "; ";

    private QualityList() {}

    static Table build(XrefSource source) {
        Table.Builder table = new Table.Builder("quality", "Documents to review", HEADER);
        for (ArchiveDocument entry : source.documents()) {
            List<String> problems = new ArrayList<>();
            String quality = "";
            if (entry.status() == DocumentStatus.FAILED) {
                problems.add(FAILED + entry.reason());
            } else {
                if (entry.documentDate() == null) {
                    problems.add(UNDATED);
                }
                if (entry.mentions().stream().noneMatch(m -> m.type().isIdentifier())) {
                    problems.add(NO_IDENTIFIERS);
                }
                if (entry.ocrPages() > 0 && entry.wordQuality() != null) {
                    double share = entry.wordQuality();
                    quality = String.format(Locale.ROOT, "%.2f", share);
                    if (share < LOW_WORD_QUALITY) {
                        problems.add(POOR_OCR);
                    }
                }
            }
            if (!problems.isEmpty()) {
                table.row(
                        entry.sha256(),
                        List.of(
                                source.path(entry),
                                entry.documentDate() == null ? "" : entry.documentDate(),
                                entry.status().label(),
                                entry.pageCount(),
                                entry.ocrPages(),
                                quality,
                                String.join(JOIN, problems)));
            }
        }
        return table.build();
    }
}
