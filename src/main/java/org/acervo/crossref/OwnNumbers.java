package org.acervo.crossref;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.acervo.index.EntryStatus;
import org.acervo.index.EntrySummary;
import org.acervo.recognition.Mention;

/**
 * Finds, for each identifier, the document that <em>is</em> it: the oficio whose own number is in its
 * heading ("Oficio No. IEPC/UTC/21/104"), the acuerdo headed "Acuerdo IEPC/CG139/2021".
 *
 * <p>A heading number stands at the start of its line, after nothing but "Oficio", "Circular" or
 * "Acuerdo" and an optional "No."/"Núm."; a number cited in running text ("en atención al oficio
 * INE/UNICOM/4547/2021, …") has other words before it on its line. Only page 1 is read, where
 * headings are, and only for documents with an identifier near its top. The recognizer does not mark
 * own numbers yet, so this is decided here from offsets.
 */
public final class OwnNumbers {

    private static final Pattern HEADING = Pattern.compile(
            "(?iu)\\s*(?:oficio|circular|acuerdo|expediente)?\\s*(?:n[oº°]\\.?|n[uú]m(?:ero)?\\.?)?\\s*[:.]?\\s*");
    /** Headings sit at the top; a qualifying line past this is a quotation, not the document's own number. */
    private static final int HEADING_AREA = 1_500;

    private OwnNumbers() {
    }

    /**
     * The identifier a document is, if its first page carries one in a heading.
     *
     * @param page the text of its first page, null when it has none
     */
    public static Optional<String> of(EntrySummary entry, String page) {
        if (entry.status() != EntryStatus.INDEXED || page == null) {
            return Optional.empty();
        }
        return entry.mentions().stream()
                .filter(m -> isCandidate(m) && m.start() <= page.length())
                .sorted(Comparator.comparingInt(Mention::start))
                .filter(m -> HEADING.matcher(page.substring(page.lastIndexOf('\n', m.start() - 1) + 1, m.start())).matches())
                .map(Mention::value)
                .findFirst();
    }

    /**
     * Every identifier held by the archive, with the document that is it (the first by path if several).
     * Page 1 is read only for documents with an identifier in its heading area.
     */
    static Map<String, EntrySummary> holders(XrefSource source) {
        Map<String, EntrySummary> holders = new TreeMap<>();
        for (EntrySummary entry : source.documents()) {
            if (entry.status() == EntryStatus.INDEXED && entry.mentions().stream().anyMatch(OwnNumbers::isCandidate)) {
                of(entry, source.pages(entry, Set.of(1)).get(1)).ifPresent(id -> holders.putIfAbsent(id, entry));
            }
        }
        return holders;
    }

    /** An identifier on page 1 near enough its top to be in a heading. */
    private static boolean isCandidate(Mention m) {
        return m.page() == 1 && m.type().isIdentifier() && m.value() != null && m.start() < HEADING_AREA;
    }
}
