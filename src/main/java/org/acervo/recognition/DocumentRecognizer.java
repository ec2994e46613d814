package org.acervo.recognition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.acervo.document.Mention;
import org.acervo.document.MentionType;
import org.acervo.recognition.correspondence.Correspondence;
import org.acervo.recognition.date.DateRecognizer;
import org.acervo.recognition.date.DocumentDates;
import org.acervo.recognition.date.FoundDate;
import org.acervo.recognition.date.Weekdays;
import org.acervo.recognition.identifier.CourtCases;
import org.acervo.recognition.identifier.DocumentNumbers;
import org.acervo.recognition.identifier.FoundIdentifier;
import org.acervo.recognition.identifier.IdentifierRecognizer;
import org.acervo.recognition.identifier.OficioNumbers;
import org.acervo.recognition.identifier.PageBreaks;
import org.acervo.recognition.identifier.VoteTables;
import org.acervo.recognition.text.Sentences;
import org.acervo.recognition.text.TextFolding;
import org.acervo.recognition.text.TextScan;

/**
 * Finds dates, oficios, acuerdos and circulars in a document's pages. Thread-safe.
 *
 * <p>Rules that need the whole document rather than one page live here:
 * <ul>
 *   <li>The document date is the date of the document's statement of its own approval ("El
 *       presente Acuerdo fue aprobado ... celebrada el 20 de julio de 2017"); else a dated place
 *       line on page 1 or closing the last page ("Victoria de Durango, Dgo., a 04 de marzo de
 *       2025"); else the first full date on page 1 or within the first
 *       {@value DocumentDates#REACH} characters: see {@link DocumentDates}.</li>
 *   <li>A day and month without a year ({@code El 29 de octubre}) takes the year of the nearest
 *       full date before it in the document, across pages, else the document date's year; with
 *       neither, or when that year has no such day, it is reported with a null value rather
 *       than guessed. "Del presente año" and "del año en curso" name the document date's year
 *       first, then the nearest full date's.</li>
 *   <li>A number cut by a page break ({@code INE/UNICOM/} at the foot of one page, {@code 0611/2022}
 *       at the head of the next) is reported once, on the page where it starts, its span running
 *       to that page's end.</li>
 *   <li>Document numbers win over dates: a date overlapping a number is dropped.</li>
 * </ul>
 * A date mention starts at its day; a weekday before it ({@code viernes 28 de enero de 2022}) is
 * not part of {@code raw}.
 */
public final class DocumentRecognizer {

    /** How far into the document a date may be to still be taken as the document's own date. */
    static final int DOCUMENT_DATE_REACH = 1_500;

    private final DateRecognizer dates = new DateRecognizer();
    private final IdentifierRecognizer identifiers = new IdentifierRecognizer();

    /**
     * @param pages the text of each page, first page first; a null page is read as empty
     * @return the document date and every mention, by page and then by offset
     */
    public Recognition recognize(List<String> pages) {
        Objects.requireNonNull(pages, "pages");
        List<PageFindings> findings = new ArrayList<>(pages.size());
        boolean voteRecord = VoteTables.isVoteRecord(pages);
        for (String page : pages) {
            findings.add(find(page == null ? "" : page, voteRecord));
        }
        List<String> texts = new ArrayList<>(findings.size());
        List<String> folded = new ArrayList<>(findings.size());
        List<List<FoundDate>> pageDates = new ArrayList<>(findings.size());
        for (PageFindings page : findings) {
            texts.add(page.text());
            folded.add(page.folded());
            pageDates.add(page.dates());
        }
        Optional<FoundDate> documentDate = DocumentDates.of(texts, folded, pageDates);
        List<Mention> mentions = new ArrayList<>();
        List<List<Mention>> identifiersByPage = new ArrayList<>();
        for (int p = 0; p < findings.size(); p++) {
            List<Mention> pageIds = new ArrayList<>();
            for (FoundIdentifier id : findings.get(p).identifiers()) {
                pageIds.add(mention(
                        id.type(), id.identifier().value(), findings.get(p).text(), p + 1, id.start(), id.end()));
            }
            identifiersByPage.add(pageIds);
        }
        String documentNumber = DocumentNumbers.of(
                        texts.isEmpty() ? null : texts.get(0),
                        identifiersByPage.isEmpty() ? List.of() : identifiersByPage.get(0))
                .orElse(null);
        int numberYear = documentNumber == null ? 0 : DocumentNumbers.year(documentNumber);
        Integer documentYear = numberYear > 0
                ? Integer.valueOf(numberYear)
                : documentDate.map(FoundDate::year).orElse(null);
        Integer lastYear = null;
        Map<Integer, Integer> fullDays = new HashMap<>(); // month and day of each full date so far, to its year
        for (int p = 0; p < findings.size(); p++) {
            PageFindings page = findings.get(p);
            int number = p + 1;
            List<Mention> pageMentions = new ArrayList<>(identifiersByPage.get(p));
            FoundDate lastFull = null;
            for (FoundDate date : page.dates()) {
                Optional<FoundDate> dated = Optional.of(date);
                // A weekday before a day and month without a year settles which year is meant.
                if (date.needsYear()) {
                    Integer year = yearFor(date, page.text(), documentYear, lastYear, lastFull, fullDays);
                    if (year != null && date.day() > 0) {
                        int inferred = year;
                        year = Weekdays.before(page.folded(), date.start())
                                .map(weekday -> Weekdays.agreeing(inferred, date.month(), date.day(), weekday))
                                .orElse(inferred);
                    }
                    dated = year == null ? Optional.empty() : date.inYear(year);
                } else if (date.isFull()) {
                    lastYear = date.year();
                    lastFull = date;
                    fullDays.putIfAbsent(dayOfYear(date), date.year());
                }
                String value = dated.map(FoundDate::iso).orElse(null);
                pageMentions.add(mention(MentionType.DATE, value, page.text(), number, date.start(), date.end()));
            }
            if (p + 1 < findings.size()) {
                PageBreaks.across(page.text(), findings.get(p + 1).text(), identifiers)
                        .ifPresent(id -> {
                            boolean overlaps = pageMentions.stream().anyMatch(m -> m.end() > id.start());
                            if (!overlaps) {
                                pageMentions.add(mention(
                                        id.type(), id.identifier().value(), page.text(), number, id.start(), id.end()));
                            }
                        });
            }
            pageMentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
            mentions.addAll(pageMentions);
        }
        Correspondence.Read correspondence = Correspondence.read(texts, folded, mentions, documentNumber, voteRecord);
        return new Recognition(
                documentDate.map(FoundDate::iso).orElse(null),
                documentNumber,
                mentions,
                correspondence.relations(),
                correspondence.events());
    }

    /**
     * The year of a date written without one. A year named by the document's ("del año en curso", "del
     * año próximo pasado") counts from the document's year (its number's, else its date's), unless a
     * quotation (a complaint the resolución quotes) speaks: then from the nearest full date's; or
     * unless the same sentence has just dated an earlier year's event that this one follows, as
     * antecedents copied from an older acuerdo do ("aprobado el dieciséis de marzo del 2005,
     * publicado en el Diario Oficial el once de abril del año en curso": 2005); and a year one off
     * that of the same day written in full earlier is that one, the same event told again ("el día
     * treinta de septiembre del año próximo pasado" after "treinta de septiembre de dos mil cinco").
     * A date without any year takes the nearest full date's.
     *
     * @param fullDays the year of each day and month written in full so far ({@link #dayOfYear})
     */
    private static Integer yearFor(
            FoundDate date,
            String page,
            Integer documentYear,
            Integer lastYear,
            FoundDate lastFull,
            Map<Integer, Integer> fullDays) {
        if (!date.ofDocumentYear()) {
            return lastYear != null ? lastYear : documentYear;
        }
        Integer year = relativeYear(date, page, documentYear, lastYear, lastFull);
        Integer restated = fullDays.get(dayOfYear(date));
        return year != null && restated != null && Math.abs(restated - year) == 1 ? restated : year;
    }

    /** A day and month as one key, whatever the year. */
    private static int dayOfYear(FoundDate date) {
        return date.month() * 32 + date.day();
    }

    /** The year a date names by the document's ("del año en curso", "del año próximo pasado"): see {@link #yearFor}. */
    private static Integer relativeYear(
            FoundDate date, String page, Integer documentYear, Integer lastYear, FoundDate lastFull) {
        if (date.relative() == FoundDate.RelativeYear.GENERAL) {
            return null; // "del 1 al 15 de abril del año de la elección": the law's period, no date
        }
        if (lastYear != null && (documentYear == null || TextScan.quoted(page, date.start()))) {
            return date.relative().from(lastYear);
        }
        if (documentYear == null) {
            return null;
        }
        if (date.relative() == FoundDate.RelativeYear.CURRENT
                && lastFull != null
                && lastFull.year() < documentYear
                && Sentences.end(page, lastFull.end(), date.start()) == date.start()
                && (date.month() > lastFull.month()
                        || date.month() == lastFull.month() && date.day() >= lastFull.day())) {
            return lastFull.year();
        }
        return date.relative().from(documentYear);
    }

    /** What one page holds before document-wide rules apply. */
    private record PageFindings(String text, String folded, List<FoundIdentifier> identifiers, List<FoundDate> dates) {}

    private PageFindings find(String text, boolean voteRecord) {
        String folded = TextFolding.fold(text);
        List<FoundIdentifier> ids = identifiers.find(text, folded);
        if (voteRecord) {
            ids = withBareNumbers(ids, VoteTables.find(text));
        }
        ids = withBareNumbers(ids, CourtCases.find(text, folded));
        ids = withBareNumbers(ids, OficioNumbers.find(text, folded));
        List<FoundDate> pageDates = new ArrayList<>();
        // Both lists are in text order and numbers never overlap each other, so one sweep
        // suffices; a page of thousands of each stays linear.
        int next = 0;
        for (FoundDate date : dates.find(text, folded)) {
            while (next < ids.size() && ids.get(next).end() <= date.start()) {
                next++;
            }
            if (next == ids.size() || ids.get(next).start() >= date.end()) {
                pageDates.add(date);
            }
        }
        return new PageFindings(text, folded, ids, pageDates);
    }

    /** The numbers of a page with bare ones (a vote record's, a court case's) among them, in text order; a bare one inside a number is not one. */
    private static List<FoundIdentifier> withBareNumbers(List<FoundIdentifier> ids, List<FoundIdentifier> bare) {
        if (bare.isEmpty()) {
            return ids;
        }
        List<FoundIdentifier> all = new ArrayList<>(ids);
        List<FoundIdentifier> sorted = new ArrayList<>(bare);
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        int next = 0; // both in text order, and numbers never overlap each other: one sweep
        for (FoundIdentifier b : sorted) {
            while (next < ids.size() && ids.get(next).end() <= b.start()) {
                next++;
            }
            if (next == ids.size() || ids.get(next).start() >= b.end()) {
                all.add(b);
            }
        }
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return all;
    }

    private static Mention mention(MentionType type, String value, String page, int number, int start, int end) {
        return new Mention(type, value, page.substring(start, end), number, start, end);
    }
}
