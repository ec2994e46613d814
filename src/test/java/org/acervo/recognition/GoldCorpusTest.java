package org.acervo.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.acervo.document.Mention;
import org.acervo.document.MentionType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the recognizer against the hand-written gold corpus in {@code src/test/resources/gold/}.
 *
 * <p>Each {@code NN-name.txt} (pages separated by form feeds) has beside it {@code NN-name.expected.tsv},
 * one {@code type<TAB>value} line per mention a careful reader finds ({@code null} for a date that
 * cannot be placed in a year). A document's found and expected mentions are compared as multisets
 * of (type, value); precision, recall and F1 are summed over the corpus per type and printed.
 * {@code document-dates.tsv} gives each document's own date, and the share found right is printed too.
 */
class GoldCorpusTest {

    private static final double MIN_IDENTIFIERS = 0.98;
    private static final double MIN_DATES = 0.97;

    /** Share of documents whose document date is the one in {@code gold/document-dates.tsv}. */
    private static final double MIN_DOCUMENT_DATES = 0.97;

    /** One gold document: its pages, what it should yield and what the recognizer found. */
    private record Scored(String name, List<String> pages, List<String> expected, Recognition found) {}

    /** True positives, false positives and false negatives of one type. */
    private static final class Tally {
        int tp;
        int fp;
        int fn;

        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private static final List<Scored> DOCUMENTS = new ArrayList<>();
    private static final Map<MentionType, Tally> BY_TYPE = new EnumMap<>(MentionType.class);
    private static final Tally IDENTIFIERS = new Tally();
    private static final List<String> ERRORS = new ArrayList<>();

    @BeforeAll
    static void scoreCorpus() throws IOException, URISyntaxException {
        Path dir = Path.of(GoldCorpusTest.class.getResource("/gold").toURI());
        DocumentRecognizer recognizer = new DocumentRecognizer();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path text :
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = text.getFileName().toString().replace(".txt", "");
                List<String> pages =
                        List.of(Files.readString(text, StandardCharsets.UTF_8).split("\f", -1));
                List<String> expected =
                        Files.readAllLines(dir.resolve(name + ".expected.tsv"), StandardCharsets.UTF_8).stream()
                                .filter(line -> !line.isBlank())
                                .toList();
                DOCUMENTS.add(new Scored(name, pages, expected, recognizer.recognize(pages)));
            }
        }
        for (MentionType type : MentionType.values()) {
            BY_TYPE.put(type, new Tally());
        }
        DOCUMENTS.forEach(GoldCorpusTest::score);
        System.out.println(table());
        ERRORS.forEach(System.out::println);
    }

    private static void score(Scored doc) {
        Map<String, Integer> expected = new HashMap<>();
        for (String line : doc.expected()) {
            String[] cells = line.split("\t");
            MentionType.fromLabel(cells[0]); // an unknown type in a gold file is a mistake in the file
            expected.merge(cells[0] + "\t" + cells[1], 1, Integer::sum);
        }
        for (Mention m : doc.found().mentions()) {
            String key = m.type().label() + "\t" + m.value();
            Tally tally = BY_TYPE.get(m.type());
            if (expected.getOrDefault(key, 0) > 0) {
                expected.merge(key, -1, Integer::sum);
                tally.tp++;
                if (m.type().isIdentifier()) {
                    IDENTIFIERS.tp++;
                }
            } else {
                tally.fp++;
                if (m.type().isIdentifier()) {
                    IDENTIFIERS.fp++;
                }
                ERRORS.add(doc.name() + ": unexpected " + key + " (\"" + m.raw() + "\", page " + m.page() + ")");
            }
        }
        expected.forEach((key, missing) -> {
            if (missing > 0) {
                MentionType type = MentionType.fromLabel(key.substring(0, key.indexOf('\t')));
                BY_TYPE.get(type).fn += missing;
                if (type.isIdentifier()) {
                    IDENTIFIERS.fn += missing;
                }
                ERRORS.add(doc.name() + ": missed " + key + (missing > 1 ? " x" + missing : ""));
            }
        });
    }

    private static String table() {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "Gold corpus: %d documents%n%-12s %5s %4s %4s %9s %6s %6s%n",
                DOCUMENTS.size(),
                "type",
                "tp",
                "fp",
                "fn",
                "precision",
                "recall",
                "F1"));
        BY_TYPE.forEach((type, t) -> out.append(row(type.label(), t)));
        out.append(row("identifiers", IDENTIFIERS));
        return out.toString();
    }

    private static String row(String label, Tally t) {
        return String.format(
                Locale.ROOT,
                "%-12s %5d %4d %4d %9.3f %6.3f %6.3f%n",
                label,
                t.tp,
                t.fp,
                t.fn,
                t.precision(),
                t.recall(),
                t.f1());
    }

    @Test
    void corpusIsLargeEnoughAndEveryTypeIsPresent() {
        assertThat(DOCUMENTS).hasSizeGreaterThanOrEqualTo(40);
        assertThat(BY_TYPE)
                .allSatisfy(
                        (type, t) -> assertThat(t.tp + t.fn).as(type.label()).isPositive());
    }

    @Test
    void identifiersReachPrecisionAndRecall() {
        assertThat(IDENTIFIERS.precision())
                .as("identifier precision; errors:%n%s", String.join("\n", ERRORS))
                .isGreaterThanOrEqualTo(MIN_IDENTIFIERS);
        assertThat(IDENTIFIERS.recall())
                .as("identifier recall; errors:%n%s", String.join("\n", ERRORS))
                .isGreaterThanOrEqualTo(MIN_IDENTIFIERS);
        BY_TYPE.forEach((type, t) -> {
            if (type.isIdentifier()) {
                assertThat(t.precision()).as(type.label() + " precision").isGreaterThanOrEqualTo(MIN_IDENTIFIERS);
                assertThat(t.recall()).as(type.label() + " recall").isGreaterThanOrEqualTo(MIN_IDENTIFIERS);
            }
        });
    }

    @Test
    void datesReachPrecisionAndRecall() {
        Tally dates = BY_TYPE.get(MentionType.DATE);
        assertThat(dates.precision())
                .as("date precision; errors:%n%s", String.join("\n", ERRORS))
                .isGreaterThanOrEqualTo(MIN_DATES);
        assertThat(dates.recall())
                .as("date recall; errors:%n%s", String.join("\n", ERRORS))
                .isGreaterThanOrEqualTo(MIN_DATES);
    }

    @Test
    void documentDatesAreTheDocumentsOwn() throws IOException, URISyntaxException {
        Path file = Path.of(
                GoldCorpusTest.class.getResource("/gold/document-dates.tsv").toURI());
        Map<String, String> expected = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cells = line.split("\t");
                expected.put(cells[0], "null".equals(cells[1]) ? null : cells[1]);
            }
        }
        assertThat(expected.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        DOCUMENTS.stream().map(Scored::name).toList());
        List<String> misses = DOCUMENTS.stream()
                .filter(doc -> !java.util.Objects.equals(
                        expected.get(doc.name()), doc.found().documentDate()))
                .map(doc -> doc.name() + ": document date " + doc.found().documentDate() + ", expected "
                        + expected.get(doc.name()))
                .toList();
        double right = 1.0 - (double) misses.size() / DOCUMENTS.size();
        System.out.printf(
                Locale.ROOT,
                "document dates: %d of %d right (%.3f)%n",
                DOCUMENTS.size() - misses.size(),
                DOCUMENTS.size(),
                right);
        misses.forEach(System.out::println);
        assertThat(right)
                .as("document dates; misses:%n%s", String.join("\n", misses))
                .isGreaterThanOrEqualTo(MIN_DOCUMENT_DATES);
    }

    @Test
    void everyMentionKeepsItsPageAndOffsets() {
        assertThat(DOCUMENTS)
                .allSatisfy(doc -> assertThat(doc.found().mentions()).allSatisfy(m -> {
                    assertThat(m.page()).isBetween(1, doc.pages().size());
                    assertThat(doc.pages().get(m.page() - 1).substring(m.start(), m.end()))
                            .as(doc.name())
                            .isEqualTo(m.raw());
                }));
    }
}
