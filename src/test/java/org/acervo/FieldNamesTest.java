package org.acervo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.acervo.index.IndexSchema;
import org.junit.jupiter.api.Test;

/**
 * "One schema class holds every Lucene field name; nothing else spells a field name" (docs/ARCHITECTURE.md),
 * checked on the sources. ArchUnit cannot: javac copies {@link IndexSchema}'s String constants into the
 * classes that use them, so neither a use of a constant nor a literal written in its place leaves a trace
 * in the compiled classes.
 */
class FieldNamesTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "org", "acervo");

    /**
     * The packages that name fields, through {@link IndexSchema} only, and why. Every other package reads
     * the index through {@code IndexSnapshot}'s methods.
     */
    private static final Map<String, String> MAY_NAME_FIELDS = Map.of(
            "index",
            "the schema and the Lucene implementation of the read/write seam",
            "search",
            "builds Lucene queries (QueryReader, SearchService's filters) and reads doc values, points and stored"
                    + " pages for totals, facets, grouping, snippets and the timeline (DocumentCollector, Timeline,"
                    + " Snippets, Highlights)");

    /**
     * Where a literal would be a field name: the field argument of Lucene's terms, queries, fields, points
     * and doc values (after at most one argument before it, the reader), or a field in query syntax.
     */
    private static final String LUCENE_USE = "(?:new\\s+\\w*(?:Term|Query|QueryParser|Field|Point)"
            + "|\\w*(?:DocValues|Point|Field|Query)\\.\\w+"
            + "|get\\w*DocValues|getSorted\\w*|getNumeric|getBinary|getPointValues|getTerms"
            + "|highlightWithoutSearcher|getField|getFields|getValues|removeField)"
            + "\\s*\\(\\s*(?:[^,\"]+,\\s*)?\"(%1$s)\"|\"(%1$s):";

    /** The field names: IndexSchema's String constants, but for the values of {@link IndexSchema#KIND}. */
    private static Map<String, String> fieldNames() throws IllegalAccessException {
        Map<String, String> names = new TreeMap<>();
        for (Field field : IndexSchema.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers())
                    && field.getType() == String.class
                    && !field.getName().startsWith("KIND_")) {
                names.put(field.getName(), (String) field.get(null));
            }
        }
        return names;
    }

    @Test
    void onlyIndexAndSearchNameAField() throws Exception {
        Pattern constant = Pattern.compile(
                "\\bIndexSchema\\.(" + String.join("|", fieldNames().keySet()) + ")\\b");
        List<String> found = new ArrayList<>();
        for (Path file : sourcesOutside(MAY_NAME_FIELDS.keySet())) {
            String source = Files.readString(file);
            Matcher m = constant.matcher(source);
            while (m.find()) {
                found.add(SOURCES.relativize(file) + ": IndexSchema." + m.group(1));
            }
            if (source.contains("import static org.acervo.index.IndexSchema")) {
                found.add(SOURCES.relativize(file) + ": a static import of IndexSchema");
            }
        }
        assertThat(found)
                .as("field names outside " + MAY_NAME_FIELDS.keySet() + ": ask IndexSnapshot instead")
                .isEmpty();
    }

    @Test
    void noFieldNameIsWrittenAsALiteralOutsideIndex() throws Exception {
        Pattern literal = literalFieldName();
        List<String> found = new ArrayList<>();
        for (Path file : sourcesOutside(Set.of("index"))) {
            Matcher m = literal.matcher(Files.readString(file));
            while (m.find()) {
                found.add(SOURCES.relativize(file) + ": " + m.group());
            }
        }
        assertThat(found).as("field names spelled as literals: use IndexSchema").isEmpty();
    }

    @Test
    void theLiteralScanFindsFieldNamesWhereLuceneTakesThem() throws Exception {
        Pattern literal = literalFieldName();
        assertThat(Stream.of(
                        "new TermQuery(new Term(\"sha256\", sha))",
                        "DocValues.getSorted(context.reader(), \"pageOf\")",
                        "leaf.reader().getPointValues(\"mentionDay\")",
                        "IntPoint.newExactQuery(\"year\", 2021)",
                        "new StringField(\"path\", path, Field.Store.YES)",
                        "clauses.add(\"identifier:\\\"\" + id + \"\\\"\")",
                        "page.getField(\"page\").numericValue()"))
                .allMatch(line -> literal.matcher(line).find());
        assertThat(Stream.of(
                        "facets.add(\"body\", value, 1)",
                        "json.put(\"path\", path)",
                        "new Term(IndexSchema.SHA256, sha)",
                        "model.addAttribute(\"paths\", paths)"))
                .noneMatch(line -> literal.matcher(line).find());
    }

    private static Pattern literalFieldName() throws IllegalAccessException {
        String names = fieldNames().values().stream().map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile(String.format(LUCENE_USE, names));
    }

    /** The main sources outside these top-level packages of {@code org.acervo}. */
    private static List<Path> sourcesOutside(Set<String> packages) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> {
                        Path relative = SOURCES.relativize(f);
                        return relative.getNameCount() < 2
                                || !packages.contains(relative.getName(0).toString());
                    })
                    .sorted()
                    .toList();
        }
    }

    @Test
    void theRuleKnowsEveryPackageItExempts() {
        assertThat(Arrays.stream(SOURCES.toFile().listFiles(java.io.File::isDirectory))
                        .map(java.io.File::getName)
                        .toList())
                .containsAll(MAY_NAME_FIELDS.keySet());
    }
}
