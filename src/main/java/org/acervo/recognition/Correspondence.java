package org.acervo.recognition;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
final class Correspondence {

    /** A sentence ends at a semicolon, a blank line, or a stop followed by a capitalised word. */
    private static final Pattern SENTENCE_END = Pattern.compile(";|\\n\\s{0,40}\\n|[.!?](?=\\s{1,40}\\p{Lu}\\p{Ll})");
    private static final Pattern RESPECTIVELY = Pattern.compile("(?<!\\p{L})respectivamente(?!\\p{L})");

    private static final Properties DATA = load();
    private static final Map<String, Pattern> RELATION_WORDS = patterns("relation.");
    private static final Map<String, Pattern> ACTION_WORDS = patterns("action.");

    /** A relation word found in a sentence. */
    private record Cue(int start, int end, String kind) {
    }

    private Correspondence() {
    }

    static List<Relation> relations(List<String> pages, List<Mention> mentions) {
        List<Relation> relations = new ArrayList<>();
        forEachSentence(pages, mentions, (page, folded, start, end, inSentence) -> relations.addAll(relate(page, folded, start, end, inSentence)));
        return relations;
    }

    static List<Event> events(List<String> pages, List<Mention> mentions) {
        List<Event> events = new ArrayList<>();
        forEachSentence(pages, mentions, (page, folded, start, end, inSentence) -> {
            List<Mention> ids = inSentence.stream().filter(m -> m.type().isIdentifier()).toList();
            Mention date = inSentence.stream().filter(m -> !m.type().isIdentifier() && m.value() != null).findFirst().orElse(null);
            String action = firstAction(folded, start, end);
            if (ids.isEmpty() || date == null || action == null) {
                return;
            }
            Set<String> objects = new LinkedHashSet<>();
            relate(page, folded, start, end, inSentence).forEach(r -> objects.add(r.to()));
            Set<String> concerned = new LinkedHashSet<>();
            ids.stream().map(Mention::value).filter(v -> !objects.contains(v)).forEach(concerned::add);
            if (concerned.isEmpty()) {
                ids.forEach(m -> concerned.add(m.value()));
            }
            events.add(new Event(date.value(), action, List.copyOf(concerned), page));
        });
        return events;
    }

    /** What is done with each sentence: its page number, the folded page, its span and its mentions. */
    private interface SentenceVisitor {
        void visit(int page, String folded, int start, int end, List<Mention> inSentence);
    }

    private static void forEachSentence(List<String> pages, List<Mention> mentions, SentenceVisitor visitor) {
        for (int p = 0; p < pages.size(); p++) {
            String text = pages.get(p) == null ? "" : pages.get(p);
            int number = p + 1;
            List<Mention> onPage = mentions.stream().filter(m -> m.page() == number).toList();
            if (onPage.isEmpty()) {
                continue;
            }
            String folded = TextFolding.fold(text);
            Matcher end = SENTENCE_END.matcher(text);
            int start = 0;
            while (start < text.length()) {
                int stop = end.find() ? end.start() : text.length();
                int from = start;
                List<Mention> inSentence = onPage.stream().filter(m -> m.start() >= from && m.start() < stop).toList();
                if (!inSentence.isEmpty()) {
                    visitor.visit(number, folded, from, stop, inSentence);
                }
                start = stop == text.length() ? stop : end.end();
            }
        }
    }

    private static List<Relation> relate(int page, String folded, int start, int end, List<Mention> inSentence) {
        List<Mention> ids = inSentence.stream().filter(m -> m.type().isIdentifier()).toList();
        if (ids.size() < 2) {
            return List.of();
        }
        List<Cue> cues = cues(folded, start, end);
        if (cues.isEmpty()) {
            return List.of();
        }
        List<String> subjects = ids.stream().filter(m -> m.end() <= cues.get(0).start()).map(Mention::value).distinct().toList();
        if (subjects.isEmpty()) {
            return List.of();
        }
        boolean respectively = RESPECTIVELY.matcher(folded).region(start, end).find();
        List<Relation> relations = new ArrayList<>();
        for (int c = 0; c < cues.size(); c++) {
            Cue cue = cues.get(c);
            int until = c + 1 < cues.size() ? cues.get(c + 1).start() : end;
            List<String> objects = ids.stream().filter(m -> m.start() >= cue.end() && m.start() < until)
                    .map(Mention::value).filter(v -> !subjects.contains(v)).distinct().toList();
            if (subjects.size() == 1) {
                objects.forEach(o -> relations.add(new Relation(subjects.get(0), o, cue.kind(), page)));
            } else if (respectively && subjects.size() == objects.size()) {
                for (int i = 0; i < objects.size(); i++) {
                    relations.add(new Relation(subjects.get(i), objects.get(i), cue.kind(), page));
                }
            }
        }
        return relations;
    }

    private static List<Cue> cues(String folded, int start, int end) {
        List<Cue> cues = new ArrayList<>();
        RELATION_WORDS.forEach((kind, pattern) -> {
            Matcher m = pattern.matcher(folded).region(start, end);
            while (m.find()) {
                cues.add(new Cue(m.start(), m.end(), kind));
            }
        });
        cues.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<Cue> distinct = new ArrayList<>();
        for (Cue cue : cues) {
            if (distinct.isEmpty() || cue.start() >= distinct.get(distinct.size() - 1).end()) {
                distinct.add(cue);
            }
        }
        return distinct;
    }

    private static String firstAction(String folded, int start, int end) {
        String action = null;
        int first = Integer.MAX_VALUE;
        for (Map.Entry<String, Pattern> entry : ACTION_WORDS.entrySet()) {
            Matcher m = entry.getValue().matcher(folded).region(start, end);
            if (m.find() && m.start() < first) {
                first = m.start();
                action = entry.getKey();
            }
        }
        return action;
    }

    private static Map<String, Pattern> patterns(String prefix) {
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        DATA.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).sorted().forEach(key -> {
            String words = DATA.getProperty(key).strip().replace(" ", "\\s{1,3}");
            patterns.put(key.substring(prefix.length()), Pattern.compile("(?<!\\p{L})(?:" + words + ")(?!\\p{L})"));
        });
        return Map.copyOf(patterns);
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Correspondence.class.getResourceAsStream("correspondence.properties")) {
            if (in == null) {
                throw new IllegalStateException("missing resource correspondence.properties next to " + Correspondence.class.getName());
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read correspondence.properties", e);
        }
        return properties;
    }
}
