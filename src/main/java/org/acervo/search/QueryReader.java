package org.acervo.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acervo.index.IndexSchema;
import org.acervo.language.BadArgument;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

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

    /**
     * @param query       the Lucene query
     * @param identifiers canonical identifiers the text named, for snippets and "searched as"
     */
    record Read(Query query, List<String> identifiers) {}

    private final Analyzer analyzer =
            new PerFieldAnalyzerWrapper(IndexSchema.analyzer(), Map.of(IndexSchema.IDENTIFIER, new KeywordAnalyzer()));
    private final IdentifierResolver resolver;

    QueryReader(IdentifierResolver resolver) {
        this.resolver = resolver;
    }

    /** @throws IllegalArgumentException with a sentence for people when the text cannot be read */
    Read read(String text, boolean fuzzy) {
        if (text.isBlank()) {
            return new Read(
                    new org.apache.lucene.search.MatchAllDocsQuery(), List.of()); // browsing: the filters decide
        }
        List<String> identifiers = new ArrayList<>();
        StringBuilder rewritten = new StringBuilder();
        Matcher m = IDENTIFIER_LIKE.matcher(text);
        int last = 0;
        while (m.find()) {
            boolean inPhrase =
                    text.substring(0, m.start()).chars().filter(c -> c == '"').count() % 2 == 1;
            // Inside a phrase the number stays words of the phrase; elsewhere it becomes its own clause.
            String replacement =
                    inPhrase ? m.group().replaceAll("[/\\s]+", " ") : identifierClause(m.group(), identifiers);
            rewritten.append(text, last, m.start()).append(replacement);
            last = m.end();
        }
        rewritten.append(text.substring(last));
        Query query = parse(rewritten.toString(), text);
        return new Read(fuzzy ? fuzzy(query) : query, List.copyOf(identifiers));
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

    /** Every single word of the text becomes a fuzzy word; phrases and identifiers stay exact. */
    private static Query fuzzy(Query query) {
        if (query instanceof TermQuery term && term.getTerm().field().equals(IndexSchema.TEXT)) {
            Term t = term.getTerm();
            int edits = maxEdits(t.text());
            return edits == 0 ? query : new FuzzyQuery(t, edits, 1);
        }
        if (query instanceof BoostQuery boost) {
            return new BoostQuery(fuzzy(boost.getQuery()), boost.getBoost());
        }
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder builder =
                    new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            for (BooleanClause clause : bool.clauses()) {
                builder.add(fuzzy(clause.getQuery()), clause.getOccur());
            }
            return builder.build();
        }
        return query;
    }
}
