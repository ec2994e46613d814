package org.acervo.recognition.correspondence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.acervo.document.Event;
import org.acervo.document.Mention;
import org.acervo.document.MentionType;
import org.acervo.document.Relation;
import org.acervo.recognition.identifier.DocumentNumbers;
import org.acervo.recognition.text.RecognitionData;
import org.acervo.recognition.text.Sentences;
import org.acervo.recognition.text.TextFolding;
import org.acervo.recognition.text.TextScan;

/**
 * Reads the correspondence a document states sentence by sentence: which number answers or cites
 * which ({@link Relation}), and which dated actions concern which numbers ({@link Event}).
 *
 * <p>A relation needs a subject: the identifiers that open the sentence before any relation
 * words ("oficio A, por el que se da respuesta al oficio B": A answers B). When the subject lists
 * several numbers and the object several, nobody can tell who answers whom, so nothing is
 * reported unless the sentence says "respectivamente", which pairs them in order. An event
 * needs a placed date, an action word and at least one identifier in one sentence; its
 * identifiers are the sentence's, less those only cited or answered. Words are data, in
 * {@code correspondence.properties}.
 */
public final class Correspondence {

    private static final Properties DATA = RecognitionData.load(Correspondence.class, "correspondence.properties");
    private static final WordCues RELATION_WORDS = cues("relation.");
    private static final WordCues ACTION_WORDS = cues("action.");

    /** How far after its relation word the first number it governs may start. */
    private static final int OBJECT_REACH = 80;

    /**
     * How far the first governed number may stand when only a description of it comes between, no
     * date: "en acatamiento a la sentencia emitida por la H. Sala Superior del Tribunal Electoral ...,
     * recaída dentro del expediente X".
     */
    private static final int DESCRIBED_REACH = 220;

    /**
     * How far the court case may stand when the relation words govern a ruling described at length:
     * "EN ACATAMIENTO A LA SENTENCIA DE LA SALA SUPERIOR ..., RECAÍDA AL RECURSO DE APELACIÓN
     * INTERPUESTO POR LA “AGRUPACIÓN ...” EN CONTRA DE DICHA RESOLUCIÓN, IDENTIFICADA CON EL NÚMERO DE
     * EXPEDIENTE SUP-RAP-085/2006".
     */
    private static final int RULING_REACH = 400;

    /** Relation words followed by a ruling they govern ("en acatamiento a la sentencia"), folded, read right after the words. */
    private static final Pattern RULING =
            Pattern.compile("\\s*(?:a|de)\\s+la\\s+(?:sentencia|ejecutoria|resolucion)\\b");

    /**
     * Relation words followed by a pronoun or "lo anterior", which name no number: "derivado de lo
     * anterior", "en cumplimiento a ello", "conforme a lo expuesto".
     */
    private static final Pattern ANAPHORA = Pattern.compile(
            "\\s*(?:(?:a|al|de|del|con)\\s+)?(?:lo\\s+(?:anterior|antes\\s+expuesto|ya\\s+expuesto|expuesto|cual)|ello|esto)(?!\\p{L})");

    /** What joins a number to the relation words of a relative clause about it: ", que a su vez", ", la cual". */
    private static final Pattern RELATIVE =
            Pattern.compile("\\s*,?\\s*(?:que|la cual|el cual|mismo que|misma que)(?:\\s+a\\s+su\\s+vez)?\\s*,?\\s*");

    /**
     * A relative pronoun right before relation words, after a comma: ", mediante el cual dio respuesta",
     * ", con la cual se modifica", ", misma que da cumplimiento". The clause speaks for the last number
     * before it, described in between ("el oficio X, suscrito por la Subsecretaría ..., mediante el
     * cual dio respuesta al oficio Y": X answers Y, not the sentence's subject). Not ", por el que":
     * the official style's "oficio X, en atención al oficio Y, por el que se remite ..." still speaks
     * for X.
     */
    private static final Pattern RELATIVE_BEFORE_CUE = Pattern.compile(
            ",\\s*(?:(?:mediante|por|con|en|a\\s+traves\\s+de|por\\s+medio\\s+de)\\s+)?(?:el|la|los|las)\\s+(?:cual|cuales)\\s*$"
                    + "|,\\s*(?:mismo|misma|mismos|mismas)\\s+que\\s*$");

    /** How far back from the relation words the relative pronoun may start. */
    private static final int RELATIVE_REACH = 40;

    /** How far after one governed number the next of a list may start. */
    private static final int LIST_GAP = 40;

    private Correspondence() {}

    /** The relations and events of one document. */
    public record Read(List<Relation> relations, List<Event> events) {}

    /**
     * Reads every sentence once for both relations and events.
     *
     * @param folded each page folded by {@link TextFolding}, same order
     * @param own    the document's own number ({@link DocumentNumbers}), or null: the subject of sentences that name none
     */
    static Read read(List<String> pages, List<String> folded, List<Mention> mentions, String own) {
        return read(pages, folded, mentions, own, false);
    }

    /** @param voteRecord whether the document is a vote record, whose rows are read as its sentences too ({@link VoteRows}) */
    public static Read read(
            List<String> pages, List<String> folded, List<Mention> mentions, String own, boolean voteRecord) {
        List<Relation> relations = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<List<Mention>> byPage = byPage(mentions, pages.size());
        if (voteRecord) {
            for (int p = 0; p < pages.size(); p++) {
                relations.addAll(VoteRows.read(p + 1, folded.get(p), byPage.get(p), RELATION_WORDS));
            }
        }
        forEachSentence(pages, folded, byPage, own != null, (sentence, inSentence) -> {
            List<Relation> stated = relate(sentence, inSentence, own);
            relations.addAll(stated);
            event(sentence, inSentence, stated).ifPresent(events::add);
        });
        return new Read(relations.stream().distinct().toList(), events);
    }

    private static Optional<Event> event(Sentence sentence, List<Mention> inSentence, List<Relation> stated) {
        List<Mention> ids =
                inSentence.stream().filter(m -> m.type().isIdentifier()).toList();
        Mention date = inSentence.stream()
                .filter(m -> !m.type().isIdentifier() && m.value() != null)
                .findFirst()
                .orElse(null);
        if (ids.isEmpty() || date == null) {
            return Optional.empty();
        }
        String action = firstAction(sentence.folded(), sentence.start(), sentence.end());
        if (action == null) {
            return Optional.empty();
        }
        Set<String> objects = new LinkedHashSet<>();
        stated.forEach(r -> objects.add(r.to()));
        Set<String> concerned = new LinkedHashSet<>();
        ids.stream().map(Mention::value).filter(v -> !objects.contains(v)).forEach(concerned::add);
        if (concerned.isEmpty()) {
            ids.forEach(m -> concerned.add(m.value()));
        }
        return Optional.of(new Event(date.value(), action, List.copyOf(concerned), sentence.page()));
    }

    /** What is done with each sentence: the sentence and its mentions. */
    private interface SentenceVisitor {
        void visit(Sentence sentence, List<Mention> inSentence);
    }

    /** A sentence at [start, end) of its page, as written and folded, with the page's mentions. */
    private record Sentence(int page, String text, String folded, int start, int end, List<Mention> onPage) {}

    /** The mentions of each page, in their order, read once for every pass over the pages. */
    private static List<List<Mention>> byPage(List<Mention> mentions, int pages) {
        List<List<Mention>> byPage = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            byPage.add(new ArrayList<>());
        }
        for (Mention m : mentions) {
            if (m.page() >= 1 && m.page() <= pages) {
                byPage.get(m.page() - 1).add(m);
            }
        }
        return byPage;
    }

    private static void forEachSentence(
            List<String> pages,
            List<String> foldedPages,
            List<List<Mention>> byPage,
            boolean own,
            SentenceVisitor visitor) {
        for (int p = 0; p < pages.size(); p++) {
            String text = pages.get(p) == null ? "" : pages.get(p);
            int number = p + 1;
            List<Mention> onPage = byPage.get(p);
            int least = own ? 1 : 2;
            if (onPage.size() < least) {
                continue; // a relation needs two identifiers (or one and the document's own), an event a date and an
                // identifier
            }
            String folded = foldedPages.get(p);
            int start = 0;
            int next = 0; // mentions are in offset order: one sweep hands each sentence its own
            int last = onPage.get(onPage.size() - 1).start();
            while (start <= last && next < onPage.size()) {
                int stop = Sentences.end(text, start);
                List<Mention> inSentence = new ArrayList<>();
                while (next < onPage.size() && onPage.get(next).start() < stop) {
                    if (onPage.get(next).start() >= start) {
                        inSentence.add(onPage.get(next));
                    }
                    next++;
                }
                if (inSentence.size() >= least) {
                    visitor.visit(new Sentence(number, text, folded, start, stop, onPage), inSentence);
                }
                start = stop + 1;
            }
        }
    }

    private static List<Relation> relate(Sentence sentence, List<Mention> inSentence, String own) {
        String folded = sentence.folded();
        int start = sentence.start();
        int end = sentence.end();
        int page = sentence.page();
        List<Mention> ids =
                inSentence.stream().filter(m -> m.type().isIdentifier()).toList();
        if (ids.size() < (own == null ? 2 : 1)) {
            return List.of();
        }
        List<WordCues.Found> cues = RELATION_WORDS.find(folded, start, end);
        if (cues.isEmpty()) {
            return List.of();
        }
        List<String> subjects = speakers(sentence, inSentence, ids, cues, own);
        if (subjects.isEmpty()) {
            return List.of();
        }
        boolean respectively = contains(folded, "respectivamente", start, end);
        List<Relation> relations = new ArrayList<>();
        List<String> previous = List.of();
        for (int c = 0; c < cues.size(); c++) {
            WordCues.Found cue = cues.get(c);
            int until = c + 1 < cues.size() ? cues.get(c + 1).start() : end;
            List<String> actors = relativeTo(folded, ids, previous, cue)
                    .or(() -> describedBy(folded, ids, start, cue))
                    .map(List::of)
                    .orElse(subjects);
            List<String> objects = objects(folded, ids, inSentence, cue, until).stream()
                    .filter(v -> !actors.contains(v))
                    .distinct()
                    .toList();
            if (actors.size() == 1) {
                objects.forEach(o -> relations.add(new Relation(actors.get(0), o, Relation.Kind.of(cue.key()), page)));
            } else if (respectively && actors.size() == objects.size()) {
                for (int i = 0; i < objects.size(); i++) {
                    relations.add(new Relation(actors.get(i), objects.get(i), Relation.Kind.of(cue.key()), page));
                }
            }
            previous = objects;
        }
        return relations;
    }

    /**
     * The number a relative clause opens on, when the relation words follow it: in "SE MODIFICA LA
     * RESOLUCIÓN CG73/2007, QUE A SU VEZ MODIFICÓ LA RESOLUCIÓN CG97/2006" it is CG73/2007 that
     * modified CG97/2006, not the document.
     */
    private static Optional<String> relativeTo(
            String folded, List<Mention> ids, List<String> previous, WordCues.Found cue) {
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        String last = previous.get(previous.size() - 1);
        return ids.stream()
                .filter(m -> m.value().equals(last) && m.end() <= cue.start())
                .reduce((a, b) -> b)
                .filter(m ->
                        RELATIVE.matcher(folded).region(m.end(), cue.start()).matches())
                .map(Mention::value);
    }

    /** The number a relative clause before the relation words describes ({@link #RELATIVE_BEFORE_CUE}), if any. */
    private static Optional<String> describedBy(
            String folded, List<Mention> ids, int sentenceStart, WordCues.Found cue) {
        int from = Math.max(sentenceStart, cue.start() - RELATIVE_REACH);
        int end = TextScan.skipSpacesBack(folded, cue.start(), cue.start() - from);
        boolean pronoun = end - from >= 4
                && (folded.startsWith("cual", end - 4)
                        || folded.startsWith("cuales", end - 6)
                        || folded.startsWith("que", end - 3));
        if (!pronoun
                || !RELATIVE_BEFORE_CUE
                        .matcher(folded)
                        .region(from, cue.start())
                        .find()) {
            return Optional.empty();
        }
        return ids.stream()
                .filter(m -> m.end() <= cue.start())
                .reduce((a, b) -> b)
                .map(Mention::value);
    }

    /**
     * The numbers a relation word governs: the first must start within {@value #OBJECT_REACH}
     * characters of the word ("en cumplimiento del Acuerdo X", "en atención al oficio número X"), or
     * {@value #DESCRIBED_REACH} when no date comes between,
     * each next one within {@value #LIST_GAP} of the one before ("los oficios X, Y y Z"). A number
     * further on belongs to another clause: "En cumplimiento al acuerdo referido ..., con fecha doce
     * de junio se giraron los oficios X y Y" does not comply with X; nor does one after a clause that
     * names the means: "En cumplimiento al acuerdo señalado, mediante el oficio X, se notificó".
     */
    private static List<String> objects(
            String folded, List<Mention> ids, List<Mention> inSentence, WordCues.Found cue, int until) {
        int from = cue.end();
        List<String> objects = new ArrayList<>();
        if (ANAPHORA.matcher(folded).region(from, until).lookingAt() || closedPhrase(folded, cue, until)) {
            return objects; // "derivado de lo anterior, la Comisión le formuló requerimiento mediante oficio X": X is
            // not what follows from
        }
        int reach = from + OBJECT_REACH;
        int described =
                from + (RULING.matcher(folded).region(from, until).lookingAt() ? RULING_REACH : DESCRIBED_REACH);
        for (Mention m : ids) {
            if (m.start() < from || m.start() >= until) {
                continue;
            }
            if (objects.isEmpty() && opensMeans(folded, from, m.start())) {
                break; // "en cumplimiento al acuerdo señalado, mediante el oficio X": X is the means, not what is
                // complied with
            }
            if (objects.isEmpty()
                    && m.start() > reach
                    && m.start() <= described
                    && (m.start() <= from + DESCRIBED_REACH || m.type() == MentionType.EXPEDIENTE)
                    && noDateBetween(inSentence, from, m.start())
                    && !opensClause(folded, from, m.start())) {
                reach = m.start(); // "en acatamiento a la sentencia emitida por la H. Sala Superior ..., recaída dentro
                // del expediente X"
            }
            if (m.start() > reach) {
                break;
            }
            objects.add(m.value());
            reach = m.end() + LIST_GAP;
        }
        return objects;
    }

    /**
     * A phrase of relation words ("en respuesta", "en cumplimiento") closed by a comma: it refers to
     * what came before and names no number ("En respuesta, la SECODAM mediante oficio X remitió ...").
     * A verb's object may follow a comma ("Se modifica, por cuanto hace a la materia, el acuerdo X").
     */
    private static boolean closedPhrase(String folded, WordCues.Found cue, int until) {
        int after = cue.end();
        while (after < until && folded.charAt(after) == ' ') {
            after++;
        }
        return after < until && folded.charAt(after) == ',' && folded.startsWith("en ", cue.start());
    }

    /**
     * Whether a clause naming the means opens in [from, to): a comma, then "mediante". Without the
     * comma "mediante" belongs to the phrase it follows ("se remite el calendario aprobado mediante el
     * Acuerdo X" still remits what X approved).
     */
    private static boolean opensMeans(String folded, int from, int to) {
        return afterComma(folded, "mediante", from, to);
    }

    /**
     * Whether a clause of its own opens in [from, to): a comma, then "se" and a verb. A description
     * does not ("a la sentencia emitida por la H. Sala Superior ..., recaída dentro del expediente X");
     * a new clause does ("En cumplimiento a lo ordenado en el acuerdo detallado en el resultando
     * anterior, se giró el oficio número X": X is what was sent, not what is complied with).
     */
    private static boolean opensClause(String folded, int from, int to) {
        return afterComma(folded, "se ", from, to);
    }

    /** Whether {@code word} stands in [from, to) right after a comma (spaces between allowed). */
    private static boolean afterComma(String folded, String word, int from, int to) {
        for (int i = folded.indexOf(word, from); i >= 0 && i < to; i = folded.indexOf(word, i + 1)) {
            int before = TextScan.skipSpacesBack(folded, i, i - from);
            if (before > from && folded.charAt(before - 1) == ',') {
                return true;
            }
        }
        return false;
    }

    private static boolean noDateBetween(List<Mention> inSentence, int from, int to) {
        return inSentence.stream().noneMatch(m -> !m.type().isIdentifier() && m.start() >= from && m.start() < to);
    }

    /**
     * Who acts in a sentence: the numbers it opens with; else the court case whose quoted ruling it
     * is ({@link QuotedRulings}); else the document itself when the sentence speaks for it.
     */
    private static List<String> speakers(
            Sentence sentence, List<Mention> inSentence, List<Mention> ids, List<WordCues.Found> cues, String own) {
        List<String> named = subjects(
                ids.stream().filter(m -> m.end() <= cues.get(0).start()).toList());
        if (!named.isEmpty()) {
            return named;
        }
        String ruling = QuotedRulings.speaker(
                sentence.text(), sentence.folded(), sentence.start(), sentence.end(), cues, sentence.onPage());
        if (ruling != null) {
            return ruling.equals(QuotedRulings.UNNAMED) ? List.of() : List.of(ruling);
        }
        return own != null && speaksForItself(sentence.folded(), inSentence, ids, cues.get(0))
                ? List.of(own)
                : List.of();
    }

    /**
     * The numbers a sentence opens with, before its relation words. When they are a document and
     * the expedientes it decides ("679/2012 Resolución ... expediente SCG/PE/..., en cumplimiento
     * a ... SUP-RAP-184/2012"), the document alone is the subject.
     */
    private static List<String> subjects(List<Mention> before) {
        List<String> all = before.stream().map(Mention::value).distinct().toList();
        List<String> documents = before.stream()
                .filter(m -> m.type() != MentionType.EXPEDIENTE)
                .map(Mention::value)
                .distinct()
                .toList();
        return all.size() > 1 && documents.size() == 1 ? documents : all;
    }

    /**
     * Whether a sentence that names no number before its relation words speaks for the document
     * itself ("En atención a su oficio X, le informo ...", "conforme a ... el Acuerdo X") rather
     * than narrating an antecedent, which dates what it tells ("El 15 de marzo de 2017, este Consejo
     * aprobó, mediante Acuerdo X, ...", "En cumplimiento al acuerdo referido, con fecha doce de junio
     * se giraron los oficios X"): no date stands before the number the relation words govern.
     */
    private static boolean speaksForItself(
            String folded, List<Mention> inSentence, List<Mention> ids, WordCues.Found cue) {
        int object = ids.stream()
                .filter(m -> m.start() >= cue.end())
                .mapToInt(Mention::start)
                .findFirst()
                .orElse(cue.end());
        return inSentence.stream().noneMatch(m -> !m.type().isIdentifier() && m.start() < object)
                && !TextScan.quoted(folded, cue.start());
    }

    /** Like {@code indexOf}, but stops at {@code end} instead of running on to the end of the page. */
    private static boolean contains(String text, String word, int start, int end) {
        for (int i = start; i + word.length() <= end; i++) {
            if (text.charAt(i) == word.charAt(0) && text.startsWith(word, i)) {
                return true;
            }
        }
        return false;
    }

    private static String firstAction(String folded, int start, int end) {
        List<WordCues.Found> actions = ACTION_WORDS.find(folded, start, end);
        return actions.isEmpty() ? null : actions.get(0).key();
    }

    private static WordCues cues(String prefix) {
        List<String[]> phrases = new ArrayList<>();
        DATA.stringPropertyNames().stream()
                .filter(k -> k.startsWith(prefix))
                .sorted()
                .forEach(key -> phrases.add(new String[] {key.substring(prefix.length()), DATA.getProperty(key)}));
        return new WordCues(phrases);
    }
}
