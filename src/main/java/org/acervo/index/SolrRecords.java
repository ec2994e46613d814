package org.acervo.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acervo.document.ArchiveDocument;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * The Solr records of a document, translated from the Lucene records {@link EntryCodec} builds and back, so
 * that one mapping (EntryCodec's) says what each field holds in either index.
 *
 * <p>A Lucene field given twice under one name for two structures (a point and its doc values, a point and its
 * stored value) is one Solr value: the Solr schema gives that field all of them. Every record gets Solr's
 * {@link #ID}, derived from what it is, so writing the same record twice overwrites it: a doc record is its
 * content's hash, a page record {@code sha256/page}, a stamp record {@code stamp:path}.
 */
final class SolrRecords {

    /** Solr's unique key: the one field Solr has and Lucene does not. */
    static final String ID = "id";
    /** Solr's own version of a record: what optimistic concurrency compares. */
    static final String VERSION = "_version_";

    private SolrRecords() {}

    static String docId(String sha256) {
        return sha256;
    }

    /**
     * {@code sha256!page}: SolrCloud's compositeId router places a record by the hash of what comes before
     * the {@code !}, so a document's pages share a shard, as a search that collapses them into one hit per
     * document needs (Solr collapses and counts groups within a shard).
     */
    static String pageId(String sha256, int page) {
        return sha256 + "!" + page;
    }

    static String stampId(String path) {
        return "stamp:" + path;
    }

    /** The doc record first, then the page records in page order. */
    static List<SolrInputDocument> block(ArchiveDocument entry) {
        List<Document> block = EntryCodec.toBlock(entry);
        List<SolrInputDocument> records = new ArrayList<>(block.size());
        records.add(input(block.get(0), docId(entry.sha256())));
        for (int i = 1; i < block.size(); i++) {
            int page = block.get(i).getField(IndexSchema.PAGE).numericValue().intValue();
            records.add(input(block.get(i), pageId(entry.sha256(), page)));
        }
        return records;
    }

    static SolrInputDocument stamp(String path, PathStamp stamp) {
        return input(EntryCodec.stampRecord(path, stamp), stampId(path));
    }

    /** A Lucene record as a Solr one: each field's values once each, in the order Lucene has them. */
    static SolrInputDocument input(Document record, String id) {
        Map<String, Set<Object>> values = new LinkedHashMap<>();
        for (IndexableField field : record.getFields()) {
            values.computeIfAbsent(field.name(), k -> new LinkedHashSet<>()).add(value(field));
        }
        SolrInputDocument input = new SolrInputDocument();
        input.setField(ID, id);
        values.forEach(
                (name, v) -> input.setField(name, v.size() == 1 ? v.iterator().next() : new ArrayList<>(v)));
        return input;
    }

    /** A stored Solr record as a new record to write (every field of a doc record is stored). */
    static SolrInputDocument input(SolrDocument stored) {
        SolrInputDocument input = new SolrInputDocument();
        for (String name : stored.getFieldNames()) {
            if (!name.equals(VERSION)) {
                input.setField(name, stored.getFieldValue(name));
            }
        }
        return input;
    }

    /**
     * A field's value as Solr takes it. Whole numbers are longs whichever Lucene type held them, so that a
     * point and the doc values beside it are one value.
     */
    private static Object value(IndexableField field) {
        if (field instanceof IntPoint) {
            BytesRef packed = field.binaryValue();
            return (long) IntPoint.decodeDimension(packed.bytes, packed.offset);
        }
        Number number = field.numericValue();
        if (number instanceof Integer || number instanceof Long) {
            return number.longValue();
        }
        if (number != null) {
            return number.doubleValue();
        }
        // after the numbers: Lucene gives a number's text as its string value too
        if (field.stringValue() != null) {
            return field.stringValue();
        }
        if (field.fieldType().pointDimensionCount() > 0) {
            throw new IllegalStateException("no Solr value for the point field " + field.name());
        }
        return field.binaryValue().utf8ToString();
    }

    /** A stored Solr record as the Lucene record {@link EntryCodec} reads: its stored fields. */
    static Document stored(SolrDocument record) {
        Document doc = new Document();
        for (String name : record.getFieldNames()) {
            if (name.equals(ID) || name.equals(VERSION)) {
                continue;
            }
            Collection<Object> values = record.getFieldValues(name);
            for (Object value : values) {
                doc.add(storedField(name, value));
            }
        }
        return doc;
    }

    private static StoredField storedField(String name, Object value) {
        if (value instanceof Integer i) {
            return new StoredField(name, i);
        }
        if (value instanceof Long l) {
            return new StoredField(name, l);
        }
        if (value instanceof Double d) {
            return new StoredField(name, d);
        }
        if (value instanceof Float f) {
            return new StoredField(name, f);
        }
        return new StoredField(name, String.valueOf(value));
    }
}
