package org.acervo.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.acervo.document.DisplayPath;
import org.acervo.index.IndexEntry;
import org.acervo.index.IndexSchema;
import org.acervo.index.IndexSnapshot;
import org.acervo.recognition.Identifiers;
import org.acervo.recognition.Mention;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Finds documents by words, phrases or an identifier in any spelling, and groups page matches into
 * one hit per document with its pages and a snippet.
 */
public final class SearchService {

    /** Page matches read before grouping; enough for any archive a person pages through. */
    private static final int MAX_PAGE_HITS = 10_000;
    private static final int SNIPPET_LENGTH = 240;

    private final IndexSnapshot snapshot;
    private final Analyzer analyzer = IndexSchema.analyzer();

    public SearchService(IndexSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** @throws IllegalArgumentException when the query cannot be read, with a sentence saying why */
    public SearchResult search(String text, int limit) throws IOException {
        Optional<String> identifier = Identifiers.canonical(text);
        Query textQuery = identifier.map(this::identifierAsPhrase).orElseGet(() -> parse(text));
        Query match = identifier
                .<Query>map(id -> new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(IndexSchema.IDENTIFIER, id)), BooleanClause.Occur.SHOULD)
                        .add(textQuery, BooleanClause.Occur.SHOULD)
                        .build())
                .orElse(textQuery);
        Query pages = new BooleanQuery.Builder()
                .add(match, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_PAGE)), BooleanClause.Occur.FILTER)
                .build();

        IndexSearcher searcher = snapshot.searcher();
        StoredFields stored = searcher.storedFields();
        Map<String, Group> groups = new LinkedHashMap<>();
        for (ScoreDoc hit : searcher.search(pages, MAX_PAGE_HITS).scoreDocs) {
            Document page = stored.document(hit.doc);
            groups.computeIfAbsent(page.get(IndexSchema.SHA256), sha -> new Group(hit.score, page))
                    .pages.add(page.getField(IndexSchema.PAGE).numericValue().intValue());
        }
        List<SearchHit> hits = new ArrayList<>();
        for (Map.Entry<String, Group> e : groups.entrySet()) {
            if (hits.size() == limit) {
                break;
            }
            IndexEntry entry = snapshot.find(e.getKey()).orElseThrow();
            Group group = e.getValue();
            hits.add(new SearchHit(DisplayPath.of(entry.path()), entry.paths().stream().map(DisplayPath::of).toList(),
                    entry.documentDate(), group.score, List.copyOf(group.pages),
                    snippet(textQuery, group.best, entry, identifier)));
        }
        return new SearchResult(groups.size(), hits);
    }

    /** Page hits of one document: scores come sorted, so the first page seen is the best. */
    private static final class Group {
        final float score;
        final Document best;
        final TreeSet<Integer> pages = new TreeSet<>();

        Group(float score, Document best) {
            this.score = score;
            this.best = best;
        }
    }

    private Query parse(String text) {
        QueryParser parser = new QueryParser(IndexSchema.TEXT, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(text);
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("could not read the query '" + text + "': check quotes, parentheses and operators");
        }
    }

    /** The identifier's segments as a phrase, which also finds it where the recognizer did not. */
    private Query identifierAsPhrase(String canonical) {
        return parse("\"" + canonical.replace('/', ' ').replace('-', ' ') + "\"");
    }

    private String snippet(Query textQuery, Document page, IndexEntry entry, Optional<String> identifier) throws IOException {
        String text = page.get(IndexSchema.TEXT);
        UnifiedHighlighter highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withFormatter(new DefaultPassageFormatter("**", "**", "… ", false))
                .build();
        Object highlighted = highlighter.highlightWithoutSearcher(IndexSchema.TEXT, textQuery, text, 1);
        if (highlighted != null && highlighted.toString().contains("**")) {
            return trim(highlighted.toString());
        }
        int pageNumber = page.getField(IndexSchema.PAGE).numericValue().intValue();
        return identifier.flatMap(id -> entry.mentions().stream()
                        .filter(m -> m.page() == pageNumber && id.equals(m.value())).findFirst())
                .map(m -> around(text, m))
                .orElseGet(() -> trim(text));
    }

    private static String around(String text, Mention m) {
        int from = Math.max(0, m.start() - SNIPPET_LENGTH / 2);
        int to = Math.min(text.length(), m.end() + SNIPPET_LENGTH / 2);
        return trim(text.substring(from, m.start()) + "**" + m.raw() + "**" + text.substring(m.end(), to));
    }

    /** One line, centred on the first match, about {@value #SNIPPET_LENGTH} characters. */
    private static String trim(String snippet) {
        String line = snippet.replaceAll("\\s+", " ").strip();
        int mark = Math.max(0, line.indexOf("**"));
        int from = Math.max(0, mark - SNIPPET_LENGTH / 2);
        int to = Math.min(line.length(), from + SNIPPET_LENGTH);
        return (from > 0 ? "…" : "") + line.substring(from, to) + (to < line.length() ? "…" : "");
    }
}
