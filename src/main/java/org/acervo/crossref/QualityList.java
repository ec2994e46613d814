package org.acervo.crossref;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.acervo.document.DisplayPath;
import org.acervo.index.EntryStatus;
import org.acervo.index.IndexEntry;

/**
 * Table 5, the quality list: documents to review because they failed, have no document date, no
 * identifiers, or OCR text that reads poorly.
 *
 * <p>Tesseract's confidence is not stored in the index yet, so OCR quality is estimated from the
 * text: the share of its words that look like words (letters only, a vowel, no run of five
 * consonants or three equal letters). Clean Spanish scores above 0.9; OCR noise such as
 * {@code "Rcsu1tados E1ect0ra1es"} or {@code "~~ii;"} drags it down. Only documents with OCR'd pages
 * are judged, since a text layer was typed, not read.
 */
final class QualityList {

    static final List<String> HEADER = List.of("document", "date", "status", "pages", "ocr pages", "word quality",
            "problems");
    /** Below this share of word-like words, an OCR'd text is listed for review. */
    static final double LOW_WORD_QUALITY = 0.8;

    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern WORD = Pattern.compile("[a-zñü]+");
    private static final Pattern VOWEL = Pattern.compile("[aeiouy]");
    private static final Pattern NOT_A_WORD = Pattern.compile("[bcdfghjklmnñpqrstvwxz]{5}|(.)\\1\\1");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}¿¡«»“”‘’]+|[\\p{Punct}¿¡«»“”‘’]+$");

    private QualityList() {
    }

    static Table build(List<IndexEntry> entries) {
        Table.Builder table = new Table.Builder("quality", "Documents to review", HEADER);
        for (IndexEntry entry : entries) {
            List<String> problems = new ArrayList<>();
            String quality = "";
            if (entry.status() == EntryStatus.FAILED) {
                problems.add("failed: " + entry.reason());
            } else {
                if (entry.documentDate() == null) {
                    problems.add("no document date");
                }
                if (entry.mentions().stream().noneMatch(m -> m.type().isIdentifier())) {
                    problems.add("no identifiers");
                }
                if (entry.ocrPages() > 0) {
                    double share = wordQuality(String.join("\n", entry.pages()));
                    quality = String.format(Locale.ROOT, "%.2f", share);
                    if (share < LOW_WORD_QUALITY) {
                        problems.add("OCR text reads poorly (estimated)");
                    }
                }
            }
            if (!problems.isEmpty()) {
                table.row(entry.sha256(), List.of(DisplayPath.of(entry.path()),
                        entry.documentDate() == null ? "" : entry.documentDate(), entry.status().label(),
                        entry.pages().size(), entry.ocrPages(), quality, String.join("; ", problems)));
            }
        }
        return table.build();
    }

    /** The share of tokens with letters that look like words; 1 for text without any. */
    static double wordQuality(String text) {
        int tokens = 0;
        int words = 0;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = EDGE_PUNCTUATION.matcher(m.group()).replaceAll("");
            if (token.isEmpty() || token.chars().noneMatch(Character::isLetter) || token.chars().allMatch(Character::isDigit)) {
                continue;
            }
            // Numbers such as IEPC/UTC/21/104 or 4.5% are not words and not noise either.
            if (token.chars().anyMatch(Character::isDigit) && token.chars().anyMatch(c -> c == '/' || c == '.' || c == '%')) {
                continue;
            }
            tokens++;
            String folded = Normalizer.normalize(token.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").replace("n\u0303", "ñ");
            if (WORD.matcher(folded).matches() && (folded.length() == 1 || VOWEL.matcher(folded).find())
                    && !NOT_A_WORD.matcher(folded).find()) {
                words++;
            }
        }
        return tokens == 0 ? 1 : (double) words / tokens;
    }
}
