package org.acervo.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.acervo.document.Event;
import org.acervo.document.FileStamp;
import org.acervo.document.Mention;
import org.acervo.document.MentionType;
import org.acervo.document.Relation;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;

class SolrRecordsTest {

    static final ArchiveDocument ENTRY = new ArchiveDocument(
            "aaa",
            List.of("/archivo/b.pdf", "/archivo/a.pdf"),
            DocumentStatus.INDEXED,
            null,
            "application/pdf",
            "2021-11-04",
            1,
            List.of("oficio IEPC/UTC/21/104 del 27 de octubre de 2021", "", "tercera página"),
            List.of(
                    new Mention(MentionType.OFICIO, "IEPC/UTC/21/104", "IEPC/UTC/21/104", 1, 7, 22),
                    new Mention(MentionType.DATE, "2021-10-27", "27 de octubre de 2021", 1, 27, 48)),
            List.of(new Relation("IEPC/UTC/21/104", "INE/UNICOM/4756/2021", Relation.ANSWERS, 1)),
            List.of(new Event("2021-10-27", "envía", List.of("IEPC/UTC/21/104"), 1)));

    /** What Solr gives back of a record written with every field stored. */
    private static SolrDocument stored(SolrInputDocument input) {
        SolrDocument doc = new SolrDocument();
        input.forEach(field -> field.getValues().forEach(v -> doc.addField(field.getName(), v)));
        return doc;
    }

    @Test
    void aBlockIsADocRecordThenOnePageRecordPerPageKeyedByContentAndPage() {
        List<SolrInputDocument> block = SolrRecords.block(ENTRY);

        assertThat(block)
                .extracting(r -> r.getFieldValue(SolrRecords.ID))
                .containsExactly("aaa", "aaa!1", "aaa!2", "aaa!3"); // pages routed by their content
        assertThat(block.get(0).getFieldValue(IndexSchema.KIND)).isEqualTo(IndexSchema.KIND_DOC);
        assertThat(block.get(0).getFieldValues(IndexSchema.PATH)).containsExactly("/archivo/a.pdf", "/archivo/b.pdf");
        SolrInputDocument page1 = block.get(1);
        // a point and its doc values, or a point and its stored value, are one Solr value
        assertThat(page1.getFieldValues(IndexSchema.DOCUMENT_DAY)).containsExactly(20211104L);
        assertThat(page1.getFieldValues(IndexSchema.YEAR)).containsExactly(2021L);
        assertThat(page1.getFieldValues(IndexSchema.MENTION_DAY)).containsExactly(20211027L);
        assertThat(page1.getFieldValue(IndexSchema.PAGE_OF)).isEqualTo("aaa");
        assertThat(page1.getFieldValues(IndexSchema.IDENTIFIER)).containsExactly("IEPC/UTC/21/104");
        assertThat(page1.getFieldValues(IndexSchema.MENTION_TYPE)).containsExactly("oficio");
        assertThat(page1.getFieldValues(IndexSchema.BODY)).containsExactly("IEPC");
    }

    @Test
    void storedRecordsReadBackAsTheDocumentWritten() {
        List<SolrInputDocument> block = SolrRecords.block(ENTRY);
        List<org.apache.lucene.document.Document> pages = new ArrayList<>();
        // in any order, as a real-time get may return them
        for (int i = block.size() - 1; i >= 1; i--) {
            pages.add(SolrRecords.stored(stored(block.get(i))));
        }

        ArchiveDocument read = EntryCodec.fromBlock(SolrRecords.stored(stored(block.get(0))), pages);

        assertThat(read).isEqualTo(ENTRY);
    }

    @Test
    void aStampRecordIsKeyedByItsPath() {
        PathStamp stamp = new PathStamp("aaa", new FileStamp(10, 20, 30, "1/2"));

        SolrInputDocument record = SolrRecords.stamp("/a,b.pdf", stamp);

        assertThat(record.getFieldValue(SolrRecords.ID)).isEqualTo("stamp:/a,b.pdf");
        assertThat(record.getFieldValue(IndexSchema.KIND)).isEqualTo(IndexSchema.KIND_STAMP);
        assertThat(PathStamp.parse(record.getFieldValue(IndexSchema.STAMP).toString()))
                .isEqualTo(stamp);
    }
}
