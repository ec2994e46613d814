package org.acervo.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/** Reads whole entries back from a searcher; shared by the writer (change detection) and the readers. */
final class EntryLookup {

    private EntryLookup() {}

    static Optional<ArchiveDocument> find(IndexSearcher searcher, String sha256) throws IOException {
        Document doc = null;
        List<Document> pages = new ArrayList<>();
        for (Document d : all(searcher, new TermQuery(new Term(IndexSchema.SHA256, sha256)))) {
            if (IndexSchema.KIND_DOC.equals(d.get(IndexSchema.KIND))) {
                doc = d;
            } else {
                pages.add(d);
            }
        }
        return doc == null ? Optional.empty() : Optional.of(EntryCodec.fromBlock(doc, pages));
    }

    /** Every indexed path with its content; reads only those two fields of each doc record, not its mentions. */
    static java.util.Map<String, String> paths(IndexSearcher searcher) throws IOException {
        java.util.Map<String, String> paths = new java.util.TreeMap<>();
        for (Document doc : all(
                searcher,
                new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOC)),
                java.util.Set.of(IndexSchema.PATH, IndexSchema.SHA256))) {
            for (String path : doc.getValues(IndexSchema.PATH)) {
                paths.put(path, doc.get(IndexSchema.SHA256));
            }
        }
        return paths;
    }

    /** Every stamp record, by path. */
    static java.util.Map<String, PathStamp> stamps(IndexSearcher searcher) throws IOException {
        java.util.Map<String, PathStamp> stamps = new java.util.HashMap<>();
        for (Document doc : all(searcher, new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_STAMP)))) {
            stamps.put(doc.get(IndexSchema.STAMP_PATH), PathStamp.parse(doc.get(IndexSchema.STAMP)));
        }
        return stamps;
    }

    /** The reason of every failed document, by content hash. */
    static java.util.Map<String, String> failures(IndexSearcher searcher) throws IOException {
        java.util.Map<String, String> failures = new java.util.HashMap<>();
        org.apache.lucene.search.BooleanQuery query = new org.apache.lucene.search.BooleanQuery.Builder()
                .add(
                        new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_DOC)),
                        org.apache.lucene.search.BooleanClause.Occur.FILTER)
                .add(
                        new TermQuery(new Term(IndexSchema.STATUS, DocumentStatus.FAILED.label())),
                        org.apache.lucene.search.BooleanClause.Occur.FILTER)
                .build();
        for (Document doc : all(searcher, query)) {
            String reason = doc.get(IndexSchema.REASON);
            failures.put(doc.get(IndexSchema.SHA256), reason == null ? "" : reason);
        }
        return failures;
    }

    static List<Document> all(IndexSearcher searcher, Query query) throws IOException {
        return all(searcher, query, null);
    }

    /** @param fields the stored fields to read, or null for all */
    private static List<Document> all(IndexSearcher searcher, Query query, java.util.Set<String> fields)
            throws IOException {
        int count = searcher.count(query);
        List<Document> docs = new ArrayList<>(count);
        if (count == 0) {
            return docs;
        }
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(query, count).scoreDocs) {
            docs.add(fields == null ? stored.document(hit.doc) : stored.document(hit.doc, fields));
        }
        return docs;
    }
}
