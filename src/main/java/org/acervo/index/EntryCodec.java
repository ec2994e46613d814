package org.acervo.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.acervo.document.Event;
import org.acervo.document.Mention;
import org.acervo.document.MentionType;
import org.acervo.document.Relation;
import org.acervo.recognition.identifier.Identifier;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import tools.jackson.databind.json.JsonMapper;

/** Turns an {@link ArchiveDocument} into its block of Lucene documents and back. */
final class EntryCodec {

    /** Built at the first entry written, not with the codec: readers read the lists with {@link StoredLists}. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    /** Page text: analyzed, stored, with offsets so highlighting need not re-analyze. */
    private static final FieldType TEXT_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_TYPE.freeze();
    }

    /** Digits a unit carries at its end, with the hyphen before them: {@code CG139}, {@code ACU-CG-001}. */
    private static final Pattern ATTACHED_NUMBER = Pattern.compile("-?\\d+$");

    private EntryCodec() {}

    /** The stamp record of an input file (see {@link IndexSchema#KIND_STAMP}). */
    static Document stampRecord(String path, PathStamp stamp) {
        Document doc = new Document();
        doc.add(new StringField(IndexSchema.KIND, IndexSchema.KIND_STAMP, Field.Store.YES));
        doc.add(new StringField(IndexSchema.STAMP_PATH, path, Field.Store.YES));
        doc.add(new StoredField(IndexSchema.STAMP, stamp.toString()));
        return doc;
    }

    static List<Document> toBlock(ArchiveDocument entry) {
        List<Document> block = new ArrayList<>();
        Document doc = new Document();
        doc.add(new StringField(IndexSchema.KIND, IndexSchema.KIND_DOC, Field.Store.YES));
        doc.add(new StringField(IndexSchema.SHA256, entry.sha256(), Field.Store.YES));
        entry.paths().forEach(path -> doc.add(new StringField(IndexSchema.PATH, path, Field.Store.YES)));
        doc.add(new StringField(IndexSchema.STATUS, entry.status().label(), Field.Store.YES));
        if (entry.reason() != null) {
            doc.add(new StoredField(IndexSchema.REASON, entry.reason()));
        }
        if (entry.failure() != null) {
            doc.add(new StringField(IndexSchema.FAILURE, entry.failure(), Field.Store.YES));
        }
        if (entry.mediaType() != null) {
            doc.add(new StoredField(IndexSchema.MEDIA_TYPE, entry.mediaType()));
        }
        if (entry.documentDate() != null) {
            doc.add(new StringField(IndexSchema.DOCUMENT_DATE, entry.documentDate(), Field.Store.YES));
        }
        doc.add(new StoredField(IndexSchema.OCR_PAGES, entry.ocrPages()));
        doc.add(new StoredField(IndexSchema.PAGE_COUNT, entry.pageCount()));
        if (entry.wordQuality() != null) {
            doc.add(new StoredField(IndexSchema.WORD_QUALITY, entry.wordQuality()));
        }
        doc.add(new StoredField(IndexSchema.MENTIONS, Json.MAPPER.writeValueAsString(entry.mentions())));
        doc.add(new StoredField(IndexSchema.RELATIONS, Json.MAPPER.writeValueAsString(entry.relations())));
        doc.add(new StoredField(IndexSchema.EVENTS, Json.MAPPER.writeValueAsString(entry.events())));
        block.add(doc);
        List<Field> facets = facetFields(entry);
        for (int i = 0; i < entry.pages().size(); i++) {
            int pageNumber = i + 1;
            Document page = new Document();
            facets.forEach(page::add);
            entry.mentions().stream()
                    .filter(m -> m.page() == pageNumber && m.type() == MentionType.DATE)
                    .mapToInt(m -> IndexSchema.day(m.value()))
                    .filter(day -> day > 0)
                    .distinct()
                    .forEach(day -> page.add(new IntPoint(IndexSchema.MENTION_DAY, day)));
            page.add(new StringField(IndexSchema.KIND, IndexSchema.KIND_PAGE, Field.Store.YES));
            page.add(new StringField(IndexSchema.SHA256, entry.sha256(), Field.Store.YES));
            page.add(new SortedDocValuesField(IndexSchema.PAGE_OF, new BytesRef(entry.sha256())));
            page.add(new IntField(IndexSchema.PAGE, pageNumber, Field.Store.YES));
            page.add(new Field(IndexSchema.TEXT, entry.pages().get(i), TEXT_TYPE));
            entry.mentions().stream()
                    .filter(m -> m.page() == pageNumber && m.type().isIdentifier() && m.value() != null)
                    .map(Mention::value)
                    .distinct()
                    .forEach(id -> page.add(new StringField(IndexSchema.IDENTIFIER, id, Field.Store.NO)));
            block.add(page);
        }
        return block;
    }

    /** The document-level filter and facet fields every page record carries (see {@link IndexSchema}). */
    private static List<Field> facetFields(ArchiveDocument entry) {
        List<Field> fields = new ArrayList<>();
        Set<String> types = new TreeSet<>();
        Set<String> bodies = new TreeSet<>();
        Set<String> units = new TreeSet<>();
        for (Mention m : entry.mentions()) {
            if (m.type().isIdentifier() && m.value() != null) {
                types.add(m.type().label());
                // A number without a body (CG112/2010, SUP-RAP-123/2021) starts with its unit; one that
                // Identifier reads only in its place (an oficio's JD/03/439/06, a bare 203/2009) is split as stored.
                java.util.Optional<Identifier> id = Identifier.tryParse(m.value());
                java.util.Optional<String> body = id.flatMap(Identifier::issuer);
                body.ifPresent(bodies::add);
                List<String> parts = id.filter(parsed -> parsed.value().equals(m.value()))
                        .map(Identifier::parts)
                        .orElseGet(() -> List.of(m.value().split("/")));
                for (int i = body.isPresent() ? 1 : 0; i < parts.size(); i++) {
                    // CG139 is the Consejo General's acuerdo 139: the unit is CG.
                    String unit = ATTACHED_NUMBER.matcher(parts.get(i)).replaceAll("");
                    if (unit.chars().anyMatch(Character::isLetter)) {
                        units.add(unit);
                    }
                }
            }
        }
        types.forEach(t -> fields.add(new KeywordField(IndexSchema.MENTION_TYPE, t, Field.Store.YES)));
        bodies.forEach(b -> fields.add(new KeywordField(IndexSchema.BODY, b, Field.Store.YES)));
        units.forEach(u -> fields.add(new StringField(IndexSchema.UNIT, u, Field.Store.NO)));
        int day = IndexSchema.day(entry.documentDate());
        if (day > 0) {
            fields.add(new IntPoint(IndexSchema.DOCUMENT_DAY, day));
            fields.add(new NumericDocValuesField(IndexSchema.DOCUMENT_DAY, day));
            fields.add(new IntPoint(IndexSchema.YEAR, day / 10_000));
            fields.add(new StoredField(IndexSchema.YEAR, day / 10_000));
        }
        return fields;
    }

    /** Rebuilds a document with its text from its doc record and its page records (in any order). */
    static ArchiveDocument fromBlock(Document doc, List<Document> pages) {
        List<Document> sorted = new ArrayList<>(pages);
        sorted.sort(Comparator.comparingInt(
                p -> p.getField(IndexSchema.PAGE).numericValue().intValue()));
        return decode(doc, 0, null)
                .withText(sorted.stream().map(p -> p.get(IndexSchema.TEXT)).toList());
    }

    /**
     * Reads a doc record alone, without its pages.
     *
     * @return null for a record written before doc records held their page count: read it whole instead
     */
    static ArchiveDocument summary(Document doc) {
        if (doc.getField(IndexSchema.PAGE_COUNT) == null) {
            return null;
        }
        Number quality = doc.getField(IndexSchema.WORD_QUALITY) == null
                ? null
                : doc.getField(IndexSchema.WORD_QUALITY).numericValue();
        return decode(
                doc,
                doc.getField(IndexSchema.PAGE_COUNT).numericValue().intValue(),
                quality == null ? null : quality.doubleValue());
    }

    /** The document a doc record holds, without its text. */
    private static ArchiveDocument decode(Document doc, int pageCount, Double wordQuality) {
        return new ArchiveDocument(
                doc.get(IndexSchema.SHA256),
                Arrays.asList(doc.getValues(IndexSchema.PATH)),
                DocumentStatus.valueOf(doc.get(IndexSchema.STATUS).toUpperCase(java.util.Locale.ROOT)),
                doc.get(IndexSchema.REASON),
                doc.get(IndexSchema.FAILURE),
                doc.get(IndexSchema.MEDIA_TYPE),
                doc.get(IndexSchema.DOCUMENT_DATE),
                doc.getField(IndexSchema.OCR_PAGES).numericValue().intValue(),
                pageCount,
                wordQuality,
                mentions(doc),
                relations(doc),
                events(doc),
                null);
    }

    private static List<Relation> relations(Document doc) {
        String json = doc.get(IndexSchema.RELATIONS);
        return isEmpty(json) ? List.of() : StoredLists.relations(json);
    }

    private static List<Event> events(Document doc) {
        String json = doc.get(IndexSchema.EVENTS);
        return isEmpty(json) ? List.of() : StoredLists.events(json);
    }

    /** No list, or an empty one: a failed document's. */
    private static boolean isEmpty(String json) {
        return json == null || json.equals("[]");
    }

    static List<Mention> mentions(Document doc) {
        String json = doc.get(IndexSchema.MENTIONS);
        return isEmpty(json) ? List.of() : StoredLists.mentions(json);
    }
}
