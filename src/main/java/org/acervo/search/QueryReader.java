package org.acervo.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acervo.index.IndexSchema;
import org.acervo.language.BadArgument;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns what a person types into a Lucene query over page records.
 *
 * <p>Identifiers are taken out before the classic query parser sees the text, because its syntax
 * reads {@code /.../} as a regular expression: each identifier-like run becomes a clause on the
 * keyword field {@link IndexSchema#IDENTIFIER} (every canonical spelling it resolves to, or a
 * wildcard) or'ed with its parts as a phrase in the text, which also finds it where the recognizer
 * did not. The rest is words, {@code "phrases"}, AND/OR/NOT and parentheses, with AND by default.
 */
final class QueryReader {

    /**
     * An identifier-like run: a first part of letters, digits and hyphens, then 1 to 9 slash-separated
     * parts, spaces around slashes allowed, {@code *} and {@code ?} allowed in parts; | and ! because
     * OCR reads I and l so. It covers whole numbers ({@code INE/UNICOM/4547/2021}, {@code SUP-JDC-101/2017},
     * the IFE's {@code CG 112/2010}) and the ends people type of them ({@code 4547/2021}, {@code 21/104}):
     * none of it may reach the classic parser, which reads {@code /.../} as a regular expression.
     */
    private static final Pattern IDENTIFIER_LIKE = Pattern.compile(
            "(?<![\\p{L}\\p{N}/-])(?:(?i:cg|jge)\\s{1,2}(?=\\p{N}))?[\\p{L}\\p{N}|!][\\p{L}\\p{N}|!-]{0,24}+"
                    + "(?:\\s{0,3}/\\s{0,3}[\\p{L}\\p{N}*?|!-]{1,24}+){1,9}+");

    /** Identifiers a wildcard lists for snippets; more would only slow the snippet search. */
    private static final int MAX_LISTED = 200;

    /** Edits allowed for a fuzzy word: none for short words, where one edit is another word. */
    private static int maxEdits(String term) {
        return term.length() < 4 ? 0 : term.length() < 7 ? 1 : 2;
    }

    /** A word standing alone outside a phrase (operators and field names excepted), which fuzziness applies to. */
    private static final Pattern WORD_OR_QUOTE = Pattern.compile("\"|[\\p{L}\\p{N}]++");

    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

    /**
     * @param query       the Lucene query
     * @param syntax      the same query in the classic query syntax, analyzed by the field's analyzer where it
     *                    is parsed: what a Solr collection with the same schema is asked
     * @param identifiers canonical identifiers the text named, for snippets and "searched as"
     */
    record Read(Query query, String syntax, List<String> identifiers) {}

    private final Analyzer analyzer =
            new PerFieldAnalyzerWrapper(IndexSchema.analyzer(), Map.of(IndexSchema.IDENTIFIER, new KeywordAnalyzer()));
    private final IdentifierResolver resolver;

    QueryReader(IdentifierResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * Reads the text into the query syntax (identifiers as clauses, fuzzy words marked {@code word~N}) and
     * parses that, so Lucene here and Solr there read one and the same string.
     *
     * @throws IllegalArgumentException with a sentence for people when the text cannot be read
     */
    Read read(String text, boolean fuzzy) {
        if (text.isBlank()) {
            // browsing: the filters decide
            return new Read(new MatchAllDocsQuery(), "*:*", List.of());
        }
        List<String> identifiers = new ArrayList<>();
        StringBuilder rewritten = new StringBuilder();
        Matcher m = IDENTIFIER_LIKE.matcher(text);
        int last = 0;
        while (m.find()) {
            boolean inPhrase = quotesBefore(text, m.start()) % 2 == 1;
            // Inside a phrase the number stays words of the phrase; elsewhere it becomes its own clause.
            String replacement =
                    inPhrase ? m.group().replaceAll("[/\\s]+", " ") : identifierClause(m.group(), identifiers);
            rewritten.append(words(text, last, m.start(), fuzzy)).append(replacement);
            last = m.end();
        }
        rewritten.append(words(text, last, text.length(), fuzzy));
        String syntax = rewritten.toString();
        return new Read(parse(syntax, text), syntax, List.copyOf(identifiers));
    }

    private static long quotesBefore(String text, int end) {
        return text.substring(0, end).chars().filter(c -> c == '"').count();
    }

    /**
     * The text between identifiers as typed, or with each word that stands alone outside a phrase marked
     * fuzzy as the term the index holds ({@code Rezultados} as {@code rezultad~2}): phrases, operators and
     * identifiers stay exact.
     */
    private String words(String text, int from, int to, boolean fuzzy) {
        if (!fuzzy) {
            return text.substring(from, to);
        }
        boolean inPhrase = quotesBefore(text, from) % 2 == 1;
        StringBuilder marked = new StringBuilder();
        Matcher m = WORD_OR_QUOTE.matcher(text).region(from, to);
        int last = from;
        while (m.find()) {
            marked.append(text, last, m.end());
            last = m.end();
            if (m.group().equals("\"")) {
                inPhrase = !inPhrase;
                continue;
            }
            char before = m.start() == from ? ' ' : text.charAt(m.start() - 1);
            char after = m.end() == to ? ' ' : text.charAt(m.end());
            boolean alone = (Character.isWhitespace(before) || "(+-".indexOf(before) >= 0)
                    && (Character.isWhitespace(after) || after == ')');
            if (inPhrase || !alone || OPERATORS.contains(m.group())) {
                continue;
            }
            // The word as the index holds it (folded, stemmed), so that a damaged ending does not count
            // twice: "Rezultados" is "rezultad", one letter from "resultad".
            String term = analyzedWord(m.group());
            int edits = term == null ? 0 : maxEdits(term);
            if (edits > 0) {
                marked.setLength(marked.length() - m.group().length());
                marked.append(QueryParser.escape(term)).append('~').append(edits);
            }
        }
        return marked.append(text, last, to).toString();
    }

    /** The one term the text analyzer makes of a word, or null when it makes none or several. */
    private String analyzedWord(String word) {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(IndexSchema.TEXT, word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string reader does not fail
        }
        return terms.size() == 1 ? terms.get(0) : null;
    }

    private String identifierClause(String run, List<String> identifiers) {
        String compact = run.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.contains("*") || compact.contains("?")) {
            identifiers.addAll(
                    resolver.matching(compact).stream().limit(MAX_LISTED).toList());
            return IndexSchema.IDENTIFIER + ":"
                    + QueryParser.escape(compact).replace("\\*", "*").replace("\\?", "?");
        }
        // The number in any spelling, and every indexed number it is the end of ("4547/2021",
        // "UNICOM/4547/2021" and "VS/0345/2022" are ends people type of longer numbers).
        List<String> resolved = resolver.anySpelling(run, MAX_LISTED);
        identifiers.addAll(resolved);
        List<String> clauses = new ArrayList<>();
        resolved.forEach(id -> clauses.add(IndexSchema.IDENTIFIER + ":\"" + id + "\""));
        // Parts as a phrase: finds the number in text the recognizer did not read as one.
        clauses.add(IndexSchema.TEXT + ":\""
                + QueryParser.escape(run.replaceAll("[/\\s]+", " ").strip()) + "\"");
        return "(" + String.join(" OR ", clauses) + ")";
    }

    private Query parse(String query, String asTyped) {
        QueryParser parser = new QueryParser(IndexSchema.TEXT, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(query);
        } catch (ParseException | RuntimeException e) {
            throw new BadArgument("error.query", asTyped);
        }
    }
}
