package org.acervo.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * The SolrCloud implementation of {@link DocumentIndex}: the same records as {@link LuceneDocumentIndex}
 * (translated by {@link SolrRecords} from {@link EntryCodec}'s) in a collection that several machines share.
 *
 * <p>Nothing is cached: other workers write the same collection, so every answer is a request. Whatever is
 * asked by id ({@link #find}, {@link #failureReason}, {@link #stampOf}; the reads before a write) uses Solr's
 * real-time get, which sees every update at once, committed or not; that is one request per call
 * ({@link #stampOf} two), where Lucene answers from memory. Questions about paths ({@link #shaForPath},
 * {@link #paths}, {@link #pathsStartingWith}) are searches, which see another writer's updates after Solr's
 * soft commit (a second in the acervo configset) and this writer's own at once: a search after a write of
 * this index first asks for a soft commit.
 *
 * <p>Replacing a content's doc record is conditional on the version read before it (Solr's optimistic
 * concurrency), so two workers merging paths into the same content do not lose one another's path: the
 * loser reads again and retries. Page records are overwritten by id, and the ones past a shorter new
 * page count deleted by id.
 *
 * <p>Requests go to one node at a time, the next when one cannot be reached ({@link SolrNodes}).
 */
public final class SolrDocumentIndex implements DocumentIndex, ArchiveIndex {

    /** Records per page of a cursor over doc records. */
    private static final int ROWS = 1000;
    /** How often a write that lost a version race is read and tried again. */
    private static final int ATTEMPTS = 10;

    private static final String DOC_FIELDS =
            String.join(",", SolrRecords.ID, SolrRecords.VERSION, IndexSchema.PATH, IndexSchema.PAGE_COUNT);

    private final SolrNodes nodes;
    /** This index wrote since its last commit: its next search first makes those writes visible. */
    private volatile boolean unsearchable;
    /** This index wrote since its last hard commit, which closing it then makes. */
    private volatile boolean uncommitted;

    private SolrDocumentIndex(SolrNodes nodes) {
        this.nodes = nodes;
    }

    /**
     * An index over a SolrCloud collection.
     *
     * @param baseUrls the nodes' base URLs ({@code http://127.0.0.1:8983/solr}), tried in turn
     * @param collection the collection, made with the acervo configset
     */
    public static SolrDocumentIndex open(List<String> baseUrls, String collection) {
        return new SolrDocumentIndex(SolrNodes.open(baseUrls, collection));
    }

    @Override
    public Optional<ArchiveDocument> find(String sha256) throws IOException {
        Optional<SolrDocument> doc = nodes.get(SolrRecords.docId(sha256), null);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        int pageCount = ((Number) doc.get().getFieldValue(IndexSchema.PAGE_COUNT)).intValue();
        List<String> pageIds = new ArrayList<>();
        for (int page = 1; page <= pageCount; page++) {
            pageIds.add(SolrRecords.pageId(sha256, page));
        }
        List<org.apache.lucene.document.Document> pages = new ArrayList<>();
        for (SolrDocument page : nodes.get(pageIds, null)) {
            pages.add(SolrRecords.stored(page));
        }
        return Optional.of(EntryCodec.fromBlock(SolrRecords.stored(doc.get()), pages));
    }

    /** One real-time get of the doc record. */
    @Override
    public Optional<String> failureReason(String sha256) throws IOException {
        return nodes.get(SolrRecords.docId(sha256), IndexSchema.STATUS + "," + IndexSchema.REASON)
                .filter(doc -> DocumentStatus.FAILED.label().equals(doc.getFieldValue(IndexSchema.STATUS)))
                .map(doc -> {
                    Object reason = doc.getFieldValue(IndexSchema.REASON);
                    return reason == null ? "" : reason.toString();
                });
    }

    /** A search: when a path is (wrongly) listed by two contents, the one written last holds it. */
    @Override
    public Optional<String> shaForPath(String path) throws IOException {
        SolrQuery query = docRecords("{!term f=" + IndexSchema.PATH + " v=$acervo.path}")
                .setFields(IndexSchema.SHA256)
                .setSort(SolrRecords.VERSION, SolrQuery.ORDER.desc)
                .setRows(1);
        query.set("acervo.path", path);
        SolrDocumentList found = search(query).getResults();
        return found.isEmpty()
                ? Optional.empty()
                : Optional.of(found.get(0).getFieldValue(IndexSchema.SHA256).toString());
    }

    @Override
    public Map<String, String> paths() throws IOException {
        return pathsMatching("*:*", "");
    }

    @Override
    public SortedMap<String, String> pathsStartingWith(String prefix) throws IOException {
        if (prefix.isEmpty()) {
            return pathsMatching("*:*", prefix);
        }
        return pathsMatching("{!prefix f=" + IndexSchema.PATH + " v=$acervo.prefix}", prefix);
    }

    /** The paths starting with {@code prefix} of the doc records {@code q} finds. */
    private SortedMap<String, String> pathsMatching(String q, String prefix) throws IOException {
        SortedMap<String, String> found = new TreeMap<>();
        SolrQuery query = docRecords(q)
                .setFields(IndexSchema.SHA256, IndexSchema.PATH)
                // oldest first, so a path listed by two contents ends with the one written last
                .setSort(SolrRecords.VERSION, SolrQuery.ORDER.asc)
                .addSort(SolrRecords.ID, SolrQuery.ORDER.asc);
        query.set("acervo.prefix", prefix);
        readAll(query, doc -> {
            String sha256 = doc.getFieldValue(IndexSchema.SHA256).toString();
            for (Object path : doc.getFieldValues(IndexSchema.PATH)) {
                if (path.toString().startsWith(prefix)) {
                    found.put(path.toString(), sha256);
                }
            }
        });
        return found;
    }

    /**
     * Every document without its page text, in path order: what cross-reference tables are built from
     * ({@link IndexSnapshot#summaries()} on one machine). Every doc record here has its page count (the
     * collection is written by this version only), so none is read whole.
     */
    @Override
    public List<ArchiveDocument> summaries() throws IOException {
        return summaries(docRecords("*:*"));
    }

    @Override
    public List<ArchiveDocument> summaries(DocumentStatus status) throws IOException {
        return summaries(ofStatus(status));
    }

    @Override
    public int count(DocumentStatus status) throws IOException {
        return Math.toIntExact(search(ofStatus(status).setRows(0)).getResults().getNumFound());
    }

    private static SolrQuery ofStatus(DocumentStatus status) {
        return docRecords("*:*").addFilterQuery("{!term f=" + IndexSchema.STATUS + "}" + status.label());
    }

    private List<ArchiveDocument> summaries(SolrQuery docRecords) throws IOException {
        List<ArchiveDocument> summaries = new ArrayList<>();
        readAll(
                docRecords.setSort(SolrRecords.ID, SolrQuery.ORDER.asc),
                doc -> summaries.add(java.util.Objects.requireNonNull(
                        EntryCodec.summary(SolrRecords.stored(doc)), "a doc record without its page count")));
        summaries.sort(java.util.Comparator.comparing(ArchiveDocument::path));
        return summaries;
    }

    /** What is done with each record a cursor reads. */
    private interface RecordReader {
        void read(SolrDocument record) throws IOException;
    }

    /** Every record the query finds, {@value #ROWS} at a time with a cursor (the query's sort must end on the id). */
    private void readAll(SolrQuery query, RecordReader reader) throws IOException {
        query.setRows(ROWS);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse response = search(query);
            for (SolrDocument doc : response.getResults()) {
                reader.read(doc);
            }
            if (cursor.equals(response.getNextCursorMark())) {
                return;
            }
            cursor = response.getNextCursorMark();
        }
    }

    /** The text of some pages of a document, by page number (one real-time get); pages it lacks are left out. */
    @Override
    public Map<Integer, String> pages(String sha256, java.util.Collection<Integer> pages) throws IOException {
        return pages(Map.of(sha256, pages)).getOrDefault(sha256, new java.util.HashMap<>());
    }

    /**
     * Documents' doc records alone, without their pages, by content (one real-time get): what search hits show.
     * Contents not indexed are left out.
     */
    public Map<String, DocRecord> records(Collection<String> sha256s) throws IOException {
        String fields =
                String.join(",", IndexSchema.SHA256, IndexSchema.PATH, IndexSchema.DOCUMENT_DATE, IndexSchema.MENTIONS);
        Map<String, DocRecord> records = new java.util.HashMap<>();
        for (SolrDocument doc :
                nodes.get(sha256s.stream().map(SolrRecords::docId).toList(), fields)) {
            DocRecord record = new DocRecord(SolrRecords.stored(doc));
            records.put(record.sha256(), record);
        }
        return records;
    }

    /**
     * The text of some pages of several documents, by content and page number (one real-time get); pages
     * they lack are left out.
     */
    public Map<String, Map<Integer, String>> pages(Map<String, ? extends Collection<Integer>> pages)
            throws IOException {
        List<String> ids = new ArrayList<>();
        pages.forEach((sha256, numbers) -> numbers.forEach(n -> ids.add(SolrRecords.pageId(sha256, n))));
        Map<String, Map<Integer, String>> texts = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return texts;
        }
        String fields = String.join(",", IndexSchema.SHA256, IndexSchema.PAGE, IndexSchema.TEXT);
        for (SolrDocument page : nodes.get(ids, fields)) {
            Object sha256 = page.getFirstValue(IndexSchema.SHA256);
            Object number = page.getFirstValue(IndexSchema.PAGE);
            Object text = page.getFirstValue(IndexSchema.TEXT);
            if (sha256 != null && number != null && text != null) {
                texts.computeIfAbsent(sha256.toString(), k -> new java.util.HashMap<>())
                        .put(((Number) number).intValue(), text.toString());
            }
        }
        return texts;
    }

    /**
     * Every canonical identifier on the archive's pages, sorted ({@link IndexSnapshot#identifiers()} on one
     * machine): the identifier field's values, counted by Solr's field facet from its doc values.
     */
    @Override
    public List<String> identifiers() throws IOException {
        SolrQuery query = new SolrQuery("*:*")
                .addFilterQuery("{!term f=" + IndexSchema.KIND + "}" + IndexSchema.KIND_PAGE)
                .setRows(0)
                .setFacet(true)
                .addFacetField(IndexSchema.IDENTIFIER)
                .setFacetLimit(-1)
                .setFacetMinCount(1)
                .setFacetSort("index");
        return search(query).getFacetField(IndexSchema.IDENTIFIER).getValues().stream()
                .map(count -> count.getName())
                .toList(); // in index order: by their UTF-8 bytes, as Lucene's terms
    }

    /**
     * What changes whenever the collection does: its record count and its newest record's version (every
     * write gives the records it writes a newer one; a delete changes the count).
     */
    public String generation() throws IOException {
        QueryResponse newest = search(new SolrQuery("*:*")
                .setFields(SolrRecords.VERSION)
                .setSort(SolrRecords.VERSION, SolrQuery.ORDER.desc)
                .setRows(1));
        SolrDocumentList found = newest.getResults();
        return found.getNumFound() + ":" + (found.isEmpty() ? 0 : found.get(0).getFieldValue(SolrRecords.VERSION));
    }

    /** A search over the collection as it is, this index's own writes included: how {@code search} asks Solr. */
    public QueryResponse query(SolrQuery query) throws IOException {
        return search(query);
    }

    /** Two real-time gets: the stamp record, then whether its content still lists the path. */
    @Override
    public Optional<PathStamp> stampOf(String path) throws IOException {
        Optional<PathStamp> stamp = nodes.get(SolrRecords.stampId(path), IndexSchema.STAMP)
                .map(doc -> PathStamp.parse(doc.getFieldValue(IndexSchema.STAMP).toString()));
        if (stamp.isEmpty() || !lists(stamp.get().sha256(), path)) {
            return Optional.empty();
        }
        return stamp;
    }

    @Override
    public synchronized void stamp(String path, PathStamp stamp) throws IOException {
        if (!lists(stamp.sha256(), path)) {
            return;
        }
        Optional<String> recorded = nodes.get(SolrRecords.stampId(path), IndexSchema.STAMP)
                .map(doc -> doc.getFieldValue(IndexSchema.STAMP).toString());
        if (recorded.equals(Optional.of(stamp.toString()))) {
            return;
        }
        UpdateRequest update = new UpdateRequest();
        update.add(SolrRecords.stamp(path, stamp));
        update(update);
    }

    private boolean lists(String sha256, String path) throws IOException {
        return nodes.get(SolrRecords.docId(sha256), IndexSchema.PATH)
                .map(doc -> doc.getFieldValues(IndexSchema.PATH))
                .filter(paths -> paths != null && paths.contains(path))
                .isPresent();
    }

    @Override
    public synchronized void upsert(ArchiveDocument entry) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Optional<SolrDocument> known = nodes.get(SolrRecords.docId(entry.sha256()), DOC_FIELDS);
            List<String> merged = Stream.concat(paths(known).stream(), entry.paths().stream())
                    .distinct()
                    .toList();
            try {
                replace(entry.withPaths(merged), known);
                return;
            } catch (SolrException versionRace) {
                // another writer changed the doc record between our read and our write: read again
                if (versionRace.code() != SolrException.ErrorCode.CONFLICT.code || attempt >= ATTEMPTS) {
                    throw new IOException(
                            "Solr: content " + entry.sha256() + " kept changing under this write", versionRace);
                }
            }
        }
    }

    /**
     * Writes a content's records over what {@code known} says is there: the doc record only if it is still
     * that version; the pages past the new page count and the stamps of the paths that leave or join the
     * content (a stamp never vouches for another content) are deleted.
     */
    private void replace(ArchiveDocument entry, Optional<SolrDocument> known) throws IOException {
        UpdateRequest update = new UpdateRequest();
        List<SolrInputDocument> block = SolrRecords.block(entry);
        block.get(0).setField(SolrRecords.VERSION, version(known));
        update.add(block);
        int oldPages = known.map(doc -> doc.getFieldValue(IndexSchema.PAGE_COUNT))
                .map(count -> ((Number) count).intValue())
                .orElse(0);
        for (int page = entry.pages().size() + 1; page <= oldPages; page++) {
            update.deleteById(SolrRecords.pageId(entry.sha256(), page));
        }
        Set<String> old = new HashSet<>(paths(known));
        for (String path : old) {
            if (!entry.paths().contains(path)) {
                update.deleteById(SolrRecords.stampId(path));
            }
        }
        for (String path : entry.paths()) {
            if (!old.contains(path)) {
                update.deleteById(SolrRecords.stampId(path));
            }
        }
        update(update);
    }

    @Override
    public synchronized void removePath(String sha256, String path) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Optional<SolrDocument> known = nodes.get(SolrRecords.docId(sha256), "*," + SolrRecords.VERSION);
            if (known.isEmpty()) {
                return;
            }
            List<String> rest =
                    paths(known).stream().filter(p -> !p.equals(path)).toList();
            UpdateRequest update = new UpdateRequest();
            update.deleteById(SolrRecords.stampId(path));
            if (rest.isEmpty()) {
                update.deleteById(SolrRecords.docId(sha256), version(known));
                int pages = ((Number) known.get().getFieldValue(IndexSchema.PAGE_COUNT)).intValue();
                for (int page = 1; page <= pages; page++) {
                    update.deleteById(SolrRecords.pageId(sha256, page));
                }
            } else {
                // the pages do not list paths: only the doc record changes
                SolrInputDocument doc = SolrRecords.input(known.get());
                doc.setField(IndexSchema.PATH, rest);
                doc.setField(SolrRecords.VERSION, version(known));
                update.add(doc);
            }
            try {
                update(update);
                return;
            } catch (SolrException versionRace) {
                // another writer changed the doc record between our read and our write: read again
                if (versionRace.code() != SolrException.ErrorCode.CONFLICT.code || attempt >= ATTEMPTS) {
                    throw new IOException("Solr: content " + sha256 + " kept changing under this write", versionRace);
                }
            }
        }
    }

    /** Hard commit: durable, and visible to every search. */
    @Override
    public synchronized void commit() throws IOException {
        nodes.commit(false);
        unsearchable = false;
        uncommitted = false;
    }

    @Override
    public synchronized void close() throws IOException {
        try (nodes) {
            if (uncommitted) {
                commit();
            }
        }
    }

    /** The version a doc record must still have to be replaced: the one read, or -1 for "none yet". */
    private static long version(Optional<SolrDocument> known) {
        return known.map(doc -> ((Number) doc.getFieldValue(SolrRecords.VERSION)).longValue())
                .orElse(-1L);
    }

    private static List<String> paths(Optional<SolrDocument> doc) {
        Collection<Object> paths =
                doc.map(d -> d.getFieldValues(IndexSchema.PATH)).orElse(null);
        return paths == null ? List.of() : paths.stream().map(Object::toString).toList();
    }

    private static SolrQuery docRecords(String q) {
        SolrQuery query = new SolrQuery(q);
        query.addFilterQuery("{!term f=" + IndexSchema.KIND + "}" + IndexSchema.KIND_DOC);
        return query;
    }

    private QueryResponse search(SolrQuery query) throws IOException {
        if (unsearchable) {
            synchronized (this) {
                if (unsearchable) {
                    nodes.commit(true);
                    unsearchable = false;
                }
            }
        }
        return nodes.search(query);
    }

    private void update(UpdateRequest update) throws IOException {
        unsearchable = true;
        uncommitted = true;
        nodes.update(update);
    }
}
