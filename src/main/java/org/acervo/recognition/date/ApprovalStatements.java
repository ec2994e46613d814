package org.acervo.recognition.date;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.acervo.recognition.text.RecognitionData;
import org.acervo.recognition.text.Sentences;
import org.acervo.recognition.text.TextScan;

/**
 * Finds a document's statement of its own approval and the date it names, the first rule of
 * {@link DocumentDates}: "El presente Acuerdo fue aprobado en sesión extraordinaria del Consejo
 * General celebrada el 20 de julio de 2017", "Así lo aprobaron ... el veintitrés de febrero de dos
 * mil veintidós". The statements are data, in {@code document-date.properties}: words, a few
 * sets of words and wildcards, always ending with an approval verb.
 *
 * <p>Statements are looked for only where a verb is ({@code indexOf} of its first letters), and
 * read backwards word by word from there. No regex: a pattern tried here, however rarely, would
 * slow every other pattern of the recognizer, as the regex engine's shared code would then see
 * more kinds of pattern node.
 */
final class ApprovalStatements {

    /** How far after its statement the approval date may be: "... del Estado de Durango, de fecha veintisiete de ...". */
    private static final int REACH = 400;

    /** At most this much whitespace between two words of a statement: a line break and some indent. */
    private static final int MAX_SPACE = 4;

    /** {@code *3} stands for up to three words of any kind. */
    private static final String ANY_WORDS = "*";

    private static final String RESOURCE = DocumentDates.RESOURCE;
    private static final Properties DATA = RecognitionData.load(ApprovalStatements.class, RESOURCE);
    private static final Set<String> DOCUMENTS = Set.copyOf(RecognitionData.list(DATA, "approval.documents"));
    private static final Set<String> VERBS = Set.copyOf(RecognitionData.list(DATA, "approval.verbs"));
    /** Each statement's slots, last first, as the text is read back from the verb. */
    private static final List<List<Slot>> STATEMENTS = statements();

    private static final int MAX_VERB =
            VERBS.stream().mapToInt(String::length).max().orElse(0);
    /** The verbs' distinct first five letters: where statements are looked for. */
    private static final List<String> ANCHORS = anchors();

    /** One word of a statement, any of {@code words}; or, if {@code words} is null, up to {@code max} words of any kind. */
    private record Slot(Set<String> words, int max) {

        boolean accepts(String word) {
            return words == null || words.contains(word);
        }
    }

    private ApprovalStatements() {}

    /** The date of the last approval statement that names one, if any. */
    static Optional<FoundDate> date(List<String> pages, List<String> folded, List<List<FoundDate>> dates) {
        for (int p = pages.size() - 1; p >= 0; p--) {
            List<Integer> ends = statementEnds(folded.get(p), dates.get(p));
            for (int k = ends.size() - 1; k >= 0; k--) {
                Optional<FoundDate> date = dateAfter(pages, dates, p, ends.get(k));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /** Where each approval statement on the page that may name a date ends, in text order. */
    private static List<Integer> statementEnds(String folded, List<FoundDate> dates) {
        List<Integer> ends = new ArrayList<>(0);
        for (String anchor : ANCHORS) {
            for (int at = folded.indexOf(anchor); at >= 0; at = folded.indexOf(anchor, at + anchor.length())) {
                if (at == 0 || Character.isLetter(folded.charAt(at - 1))) {
                    continue;
                }
                int end = wordEnd(folded, at);
                if (end > 0 && mayBeFollowedByDate(folded, dates, end) && isStatementEndingWith(folded, at, end)) {
                    ends.add(end);
                }
            }
        }
        ends.sort(null);
        return ends;
    }

    /**
     * Whether a date, on this page or at the head of the next, may lie within reach of a statement
     * ending at {@code end}: most verbs ("se aprobó el acuerdo") have none near and are dropped
     * before any word is read.
     */
    private static boolean mayBeFollowedByDate(String folded, List<FoundDate> dates, int end) {
        int next = firstStartingAt(dates, end);
        return next < dates.size() ? dates.get(next).start() - end <= REACH : folded.length() - end < REACH;
    }

    /** Whether some statement ends with the word in [start, end), read backwards from there. */
    private static boolean isStatementEndingWith(String folded, int start, int end) {
        for (List<Slot> statement : STATEMENTS) {
            if (matchesBack(folded, statement, 0, start, end)) {
                return true;
            }
        }
        return false;
    }

    /** Whether slots from {@code slot} on (last slot first) match the word in [start, end) and the words before it. */
    private static boolean matchesBack(String folded, List<Slot> slots, int slot, int start, int end) {
        Slot current = slots.get(slot);
        if (current.words() == null) {
            // Up to max words of any kind: try none, then one, two, ... before matching the rest.
            int wordStart = start;
            int wordEnd = end;
            for (int taken = 0; taken <= current.max(); taken++) {
                if (slot + 1 == slots.size()) {
                    return true;
                }
                if (matchesBack(folded, slots, slot + 1, wordStart, wordEnd)) {
                    return true;
                }
                int previousEnd = previousWordEnd(folded, wordStart);
                if (previousEnd < 0) {
                    return false;
                }
                wordEnd = previousEnd;
                wordStart = wordStartBefore(folded, previousEnd);
            }
            return false;
        }
        if (!current.accepts(folded.substring(start, end))) {
            return false;
        }
        if (slot + 1 == slots.size()) {
            return true;
        }
        int previousEnd = previousWordEnd(folded, start);
        return previousEnd >= 0
                && matchesBack(folded, slots, slot + 1, wordStartBefore(folded, previousEnd), previousEnd);
    }

    /** The end of the word before the one starting at {@code start}, if only whitespace parts them; else -1. */
    private static int previousWordEnd(String folded, int start) {
        int i = TextScan.skipSpacesBack(folded, start, MAX_SPACE);
        return i < start && i > 0 && Character.isLetter(folded.charAt(i - 1)) ? i : -1;
    }

    private static int wordStartBefore(String folded, int end) {
        int i = end;
        while (i > 0 && Character.isLetter(folded.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The end of the word starting at {@code start}, or -1 if it runs on past any verb's length. */
    private static int wordEnd(String folded, int start) {
        int i = start;
        while (i < folded.length() && Character.isLetter(folded.charAt(i))) {
            if (i - start > MAX_VERB) {
                return -1;
            }
            i++;
        }
        return i;
    }

    /**
     * The first date after {@code from} on page {@code p}, or at the head of the next page when
     * the statement runs on across the break, if it is in the statement's sentence, within
     * {@value #REACH} characters and full.
     */
    private static Optional<FoundDate> dateAfter(List<String> pages, List<List<FoundDate>> dates, int p, int from) {
        String page = pages.get(p);
        List<FoundDate> onPage = dates.get(p);
        int first = firstStartingAt(onPage, from);
        if (first < onPage.size()) {
            FoundDate date = onPage.get(first);
            boolean inSentence =
                    date.start() - from <= REACH && Sentences.end(page, from, date.start()) == date.start();
            return inSentence && date.isFull() ? Optional.of(date) : Optional.empty();
        }
        int used = page.length() - from;
        if (p + 1 == pages.size() || used >= REACH || Sentences.end(page, from) < page.length()) {
            return Optional.empty();
        }
        if (dates.get(p + 1).isEmpty()) {
            return Optional.empty();
        }
        FoundDate date = dates.get(p + 1).get(0);
        boolean inSentence =
                used + date.start() <= REACH && Sentences.end(pages.get(p + 1), 0, date.start()) == date.start();
        return inSentence && date.isFull() ? Optional.of(date) : Optional.empty();
    }

    /** The index of the first date starting at or after {@code from}, or the list's size: a page may hold thousands. */
    private static int firstStartingAt(List<FoundDate> dates, int from) {
        int low = 0;
        int high = dates.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (dates.get(mid).start() < from) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static List<List<Slot>> statements() {
        List<List<Slot>> statements = new ArrayList<>();
        DATA.stringPropertyNames().stream()
                .filter(k -> k.matches("approval\\.\\d+"))
                .sorted()
                .forEach(key -> {
                    List<Slot> slots = new ArrayList<>();
                    for (String token : DATA.getProperty(key).strip().split("\\s+")) {
                        slots.add(0, slot(token, key));
                    }
                    if (!VERBS.equals(slots.get(0).words())) {
                        throw new IllegalStateException(RESOURCE + ": " + key + " must end with {verb}");
                    }
                    statements.add(List.copyOf(slots));
                });
        if (statements.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " has no approval statements");
        }
        return List.copyOf(statements);
    }

    private static Slot slot(String token, String key) {
        if (token.equals("{verb}")) {
            return new Slot(VERBS, 1);
        }
        if (token.equals("{document}")) {
            return new Slot(DOCUMENTS, 1);
        }
        if (token.matches("\\*\\d")) {
            return new Slot(null, Integer.parseInt(token.substring(ANY_WORDS.length())));
        }
        if (!token.matches("[a-z]+(?:\\|[a-z]+)*")) {
            throw new IllegalStateException(RESOURCE + ": " + key + " has a word that is not folded letters: " + token);
        }
        return new Slot(Set.of(token.split("\\|")), 1);
    }

    private static List<String> anchors() {
        Set<String> anchors = new LinkedHashSet<>();
        for (String verb : VERBS) {
            anchors.add(verb.substring(0, Math.min(5, verb.length())));
        }
        return List.copyOf(anchors);
    }
}
