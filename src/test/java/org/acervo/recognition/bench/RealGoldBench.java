package org.acervo.recognition.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.acervo.document.Mention;
import org.acervo.document.Relation;
import org.acervo.recognition.DocumentRecognizer;
import org.acervo.recognition.Recognition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores recognition against the gold annotations of real documents in {@code bench/gold-real/}.
 *
 * <p>Reads the pages of each gold document from a JSON-lines file written by
 * {@code acervo extract --json --text} (so extraction, the slow part, runs once), recognizes them
 * with the current {@link DocumentRecognizer}, and compares distinct values per document: identifiers
 * (value; type accuracy among the matched), dates, relations (kind, from, to), the document's own
 * number and date. Each half is reported on its own, and only the halves named in {@code args[3]}
 * ({@code dev} by default): the test half is scored only to report. Errors are listed for the
 * halves named in {@code args[4]} ({@code dev} by default; the test half's only for the final report).
 *
 * <p>Args: gold folder, extract JSON-lines file, corpus folder (the gold's {@code file} paths are
 * under it), halves to score, halves whose errors to list (both comma-separated).
 */
public final class RealGoldBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RealGoldBench() {}

    /** One document's gold. */
    private record Gold(
            String name,
            String file,
            String number,
            String docdate,
            Map<String, String> ids,
            Set<String> dates,
            Set<String> relations) {}

    /** True and false positives and false negatives. */
    private static final class Tally {
        int tp;
        int fp;
        int fn;

        void add(Set<String> expected, Set<String> found, List<String> errors, String label) {
            for (String f : found) {
                if (expected.contains(f)) {
                    tp++;
                } else {
                    fp++;
                    errors.add("  + " + label + " " + f);
                }
            }
            for (String e : expected) {
                if (!found.contains(e)) {
                    fn++;
                    errors.add("  - " + label + " " + e);
                }
            }
        }

        String row(String name) {
            double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f |", name, tp, fp, fn, p, r, f);
        }
    }

    public static void main(String[] args) throws IOException {
        Path goldDir = Path.of(args[0]);
        Map<String, List<String>> pagesByFile = pages(Path.of(args[1]), Path.of(args[2]));
        Set<String> halves = Set.of(args.length > 3 ? args[3].split(",") : new String[] {"dev"});
        Set<String> listErrors = Set.of(args.length > 4 ? args[4].split(",") : new String[] {"dev"});
        DocumentRecognizer recognizer = new DocumentRecognizer();
        for (String half : halves) {
            if (!halves.contains(half)) {
                continue;
            }
            List<Gold> golds = read(goldDir.resolve(half));
            if (golds.isEmpty()) {
                continue;
            }
            Map<String, Tally> tallies = new LinkedHashMap<>();
            for (String key :
                    List.of("identifiers (text)", "identifiers (scans)", "identifiers (all)", "dates", "relations")) {
                tallies.put(key, new Tally());
            }
            int typed = 0;
            int typedRight = 0;
            int withDate = 0;
            int dateRight = 0;
            int withNumber = 0;
            int numberRight = 0;
            List<String> errors = new ArrayList<>();
            int missing = 0;
            for (Gold gold : golds) {
                List<String> pages = pagesByFile.get(gold.file());
                if (pages == null) {
                    missing++;
                    errors.add(gold.name() + ": no extracted text for " + gold.file());
                    continue;
                }
                Recognition found = recognizer.recognize(pages);
                List<String> docErrors = new ArrayList<>();
                Map<String, String> foundIds = new LinkedHashMap<>();
                Set<String> foundDates = new TreeSet<>();
                for (Mention m : found.mentions()) {
                    if (m.value() == null) {
                        continue;
                    }
                    if (m.type().isIdentifier()) {
                        foundIds.putIfAbsent(m.value(), m.type().label());
                    } else {
                        foundDates.add(m.value());
                    }
                }
                boolean scan = gold.file().contains("_scan") || gold.file().contains("ocrtext");
                tallies.get(scan ? "identifiers (scans)" : "identifiers (text)")
                        .add(gold.ids().keySet(), foundIds.keySet(), docErrors, "id");
                tallies.get("identifiers (all)").add(gold.ids().keySet(), foundIds.keySet(), new ArrayList<>(), "id");
                for (Map.Entry<String, String> id : gold.ids().entrySet()) {
                    String type = foundIds.get(id.getKey());
                    if (type != null) {
                        typed++;
                        if (type.equals(id.getValue())) {
                            typedRight++;
                        } else {
                            docErrors.add("  ~ type " + id.getKey() + " is " + id.getValue() + ", found " + type);
                        }
                    }
                }
                tallies.get("dates").add(gold.dates(), foundDates, docErrors, "date");
                Set<String> foundRelations = new TreeSet<>();
                for (Relation r : found.relations()) {
                    foundRelations.add(r.kind() + " " + r.from() + " " + r.to());
                }
                tallies.get("relations").add(gold.relations(), foundRelations, docErrors, "rel");
                if (gold.docdate() != null) {
                    withDate++;
                    if (gold.docdate().equals(found.documentDate())) {
                        dateRight++;
                    } else {
                        docErrors.add("  ! docdate " + gold.docdate() + ", found " + found.documentDate());
                    }
                }
                if (gold.number() != null) {
                    withNumber++;
                    if (gold.number().equals(found.documentNumber())) {
                        numberRight++;
                    } else {
                        docErrors.add("  ! number " + gold.number() + ", found " + found.documentNumber());
                    }
                }
                if (!docErrors.isEmpty()) {
                    errors.add(gold.name() + " (" + gold.file() + ")");
                    errors.addAll(docErrors);
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "%n### %s half: %d documents%s%n%n",
                    half,
                    golds.size(),
                    missing > 0 ? " (" + missing + " without extracted text)" : "");
            System.out.println("| type | tp | fp | fn | precision | recall | F1 |");
            System.out.println("|---|---|---|---|---|---|---|");
            tallies.forEach((name, tally) -> System.out.println(tally.row(name)));
            System.out.printf(
                    Locale.ROOT,
                    "%nidentifier type right: %d of %d matched; document date right: %d of %d; own number right: %d of %d%n",
                    typedRight,
                    typed,
                    dateRight,
                    withDate,
                    numberRight,
                    withNumber);
            if (listErrors.contains(half)) {
                System.out.printf("%nErrors (+ found, not in gold; - in gold, not found):%n");
                errors.forEach(System.out::println);
            }
        }
    }

    /** The pages of each extracted file, keyed by its path under the corpus folder. */
    private static Map<String, List<String>> pages(Path jsonLines, Path corpus) throws IOException {
        Map<String, List<String>> out = new HashMap<>();
        String root = corpus.toAbsolutePath().normalize() + "/";
        for (String line : Files.readAllLines(jsonLines, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            JsonNode text = node.get("text");
            if (text == null) {
                continue;
            }
            String path = Path.of(node.get("path").asString())
                    .toAbsolutePath()
                    .normalize()
                    .toString();
            List<String> pages = new ArrayList<>();
            text.forEach(page -> pages.add(page.asString()));
            out.put(path.startsWith(root) ? path.substring(root.length()) : path, pages);
        }
        return out;
    }

    private static List<Gold> read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Gold> golds = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".tsv", "");
                String source = null;
                String number = null;
                String docdate = null;
                Map<String, String> ids = new LinkedHashMap<>();
                Set<String> dates = new TreeSet<>();
                Set<String> relations = new TreeSet<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t");
                    switch (f[0].strip()) {
                        case "file" -> source = f[1].strip();
                        case "number" -> number = f[1].strip();
                        case "docdate" -> docdate = f[1].strip();
                        case "id" -> ids.put(f[2].strip(), f[1].strip());
                        case "date" -> dates.add(f[1].strip());
                        case "rel" -> relations.add(f[1].strip() + " " + f[2].strip() + " " + f[3].strip());
                        default -> throw new IllegalArgumentException(file + ": unknown line " + line);
                    }
                }
                golds.add(new Gold(name, source, number, docdate, ids, dates, relations));
            }
        }
        return golds;
    }
}
