package org.acervo.index;

import java.nio.file.Path;
import java.util.Map;
import org.acervo.document.WordQuality;
import org.apache.lucene.analysis.Analyzer;

/**
 * Every Lucene field name and why it has its type; nothing else in Acervo spells a field name.
 *
 * <p>A document is stored as one block: a {@code doc} record (metadata, paths, mentions) and one
 * {@code page} record per page (searchable text). The block shares {@link #SHA256}, so
 * {@code updateDocuments(sha256, block)} replaces a document atomically. Stamp records
 * ({@link #KIND_STAMP}) stand apart from the blocks: they carry no {@link #SHA256} field, so replacing
 * a document leaves them alone, and no search or table reads them.
 */
public final class IndexSchema {

    /** StringField, stored: "doc", "page" or "stamp", to tell the record kinds apart. */
    public static final String KIND = "kind";

    public static final String KIND_DOC = "doc";
    public static final String KIND_PAGE = "page";
    /**
     * A record of its own per input file, outside the document blocks: the file's {@link PathStamp}, so
     * that a re-run tells an unchanged file without reading it, and a touched file costs one small
     * record, not its document rewritten. Written in the same commit as the document it vouches for.
     */
    public static final String KIND_STAMP = "stamp";
    /** StringField, stored, on stamp: the input file's path, the term a stamp is replaced and deleted by. */
    public static final String STAMP_PATH = "stampPath";
    /** StoredField on stamp: the {@link PathStamp} in its canonical form; never searched. */
    public static final String STAMP = "stamp";
    /** StringField, stored, on both kinds: the content identity, the term every update replaces by. */
    public static final String SHA256 = "sha256";
    /** StringField, stored, multi-valued, on doc: exact lookup by path for change detection. */
    public static final String PATH = "path";
    /** StringField, stored, on doc: "indexed" or "failed", counted by status. */
    public static final String STATUS = "status";
    /** StoredField on doc: the failure sentence; never searched. */
    public static final String REASON = "reason";
    /**
     * StringField, stored, on a failed doc: the code of the failure's kind beside {@link #REASON}'s sentence
     * ({@code CORRUPT}), so every failure of one kind is one term away; absent on records written before it.
     */
    public static final String FAILURE = "failure";
    /** StoredField on doc: detected media type, for display. */
    public static final String MEDIA_TYPE = "mediaType";
    /** StringField, stored, on both kinds: ISO document date, exact and sortable as text. */
    public static final String DOCUMENT_DATE = "documentDate";
    /** StoredField on doc: pages read by OCR. */
    public static final String OCR_PAGES = "ocrPages";
    /** StoredField on doc: how many pages, so that tables need not read the page records (absent before this field existed). */
    public static final String PAGE_COUNT = "pageCount";
    /** StoredField on doc, only when pages were OCR'd: their {@link WordQuality}, for the quality table without the text. */
    public static final String WORD_QUALITY = "wordQuality";
    /** StoredField on doc: the mentions as JSON, read back whole for cross-reference tables. */
    public static final String MENTIONS = "mentions";
    /** StoredField on doc: relations between identifiers as JSON. */
    public static final String RELATIONS = "relations";
    /** StoredField on doc: dated events as JSON. */
    public static final String EVENTS = "events";
    /**
     * IntField, stored, on page: 1-based page number; points to read pages by number, doc values to
     * list a hit's matching pages.
     */
    public static final String PAGE = "page";
    /** TextField, stored with offsets, on page: the text, analyzed by {@link #analyzer()}, stored for snippets. */
    public static final String TEXT = "text";
    /** StringField, not stored, multi-valued, on page: canonical identifiers on the page, for exact lookup. */
    public static final String IDENTIFIER = "identifier";

    // Filters and facets. They are document-level values copied onto every page record, because
    // search matches pages: a filter then is one more FILTER clause, with no join to the doc record.

    /** KeywordField, stored, multi-valued, on page: identifier types the document mentions (filter; doc values: facet counts). */
    public static final String MENTION_TYPE = "mentionType";
    /** KeywordField, stored, multi-valued, on page: issuing bodies of the document's identifiers (filter; doc values: facet counts). */
    public static final String BODY = "body";
    /** StringField, not stored, multi-valued, on page: units of the document's identifiers, attached numbers cut. */
    public static final String UNIT = "unit";
    /** IntPoint + StoredField on page: the year of the document date (filter, facet). */
    public static final String YEAR = "year";
    /** IntPoint + NumericDocValues on page: the document date as {@code yyyymmdd}, for ranges, sorting and the year facet. */
    public static final String DOCUMENT_DAY = "documentDay";
    /** IntPoint, multi-valued, on page: dates mentioned on this page as {@code yyyymmdd} (a month alone is day 00). */
    public static final String MENTION_DAY = "mentionDay";

    /**
     * SortedDocValues on page: the SHA-256 of the page's document, for search to count and group
     * documents without stored fields. A name of its own, not doc values on {@link #SHA256}: that field
     * is on doc records too, and Lucene wants one type for a field in every record that has it, so the
     * doc records would carry doc values no one reads.
     */
    public static final String PAGE_OF = "pageOf";

    /**
     * The version of this schema, written into the user data of every commit: an index written by
     * another version holds other fields, or the same names typed otherwise, and would be read wrongly.
     * Raise it with every change to the fields above. An index without it predates versions.
     *
     * <p>2: {@link #MENTION_TYPE}, {@link #BODY} and {@link #PAGE} carry their own doc values (once under
     * the names typeFacet, bodyFacet and pageNumber).
     */
    public static final int VERSION = 2;

    /** The key of {@link #VERSION} in a commit's user data. */
    private static final String VERSION_KEY = "acervo.schema";

    private IndexSchema() {}

    /** The commit user data that says an index holds this schema: set on a new index's writer, and kept by each later commit. */
    static Map<String, String> commitData() {
        return Map.of(VERSION_KEY, String.valueOf(VERSION));
    }

    /**
     * The one check of an index's schema: what a commit's user data says against {@link #VERSION}.
     *
     * @throws OutdatedIndexException when the index was written by another version, or before versions
     */
    static void requireCurrent(Map<String, String> commitData) {
        if (!isCurrent(commitData)) {
            throw new OutdatedIndexException();
        }
    }

    /** Whether a commit's user data says it holds this schema. */
    static boolean isCurrent(Map<String, String> commitData) {
        return String.valueOf(VERSION).equals(commitData.get(VERSION_KEY));
    }

    /**
     * An ISO date as the number {@link #DOCUMENT_DAY} and {@link #MENTION_DAY} hold: {@code 2021-11-04}
     * is 20211104, a month alone ({@code 2021-11}) is 20211100, so it sorts before the month's days.
     *
     * @return -1 when the text is not an ISO date or month
     */
    public static int day(String iso) {
        if (iso == null || !iso.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
            return -1;
        }
        int day = iso.length() == 10 ? Integer.parseInt(iso.substring(8, 10)) : 0;
        return Integer.parseInt(iso.substring(0, 4)) * 10_000 + Integer.parseInt(iso.substring(5, 7)) * 100 + day;
    }

    /** The analyzer for {@link #TEXT}, the same at index and query time. */
    public static Analyzer analyzer() {
        return new ArchiveAnalyzer();
    }

    /** Where the Lucene index lives inside a data directory. */
    public static Path indexDir(Path dataDir) {
        return dataDir.resolve("index");
    }
}
