package org.acervo.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.acervo.document.Event;
import org.acervo.document.Mention;
import org.acervo.document.MentionType;
import org.acervo.document.Relation;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;

/** The lists a doc record holds read back with the streaming parser exactly as the codec wrote them. */
class StoredListsTest {

    @Test
    void mentionsRelationsAndEventsReadBackAsWritten() {
        String page =
                "Oficio \"IEPC/UTC/21/104\" — Durango, a 11 de octubre de 2021\n\tcon acentos: número, año, señor \\ fin";
        ArchiveDocument entry = new ArchiveDocument(
                "ab12",
                List.of("archivo/oficio-104.txt"),
                DocumentStatus.INDEXED,
                null,
                "text/plain",
                "2021-10-11",
                0,
                List.of(page),
                List.of(
                        new Mention(MentionType.OFICIO, "IEPC/UTC/21/104", "\"IEPC/UTC/21/104\"", 1, 7, 24),
                        new Mention(MentionType.DATE, "2021-10-11", "11 de octubre de 2021", 1, 39, 60),
                        new Mention(MentionType.ACUERDO, null, "acuerdo sin número ¿?", 1, 0, 3)),
                List.of(new Relation("IEPC/UTC/21/104", "INE/UNICOM/4547/2021", Relation.ANSWERS, 1)),
                List.of(
                        new Event("2021-10-11", "envía", List.of("IEPC/UTC/21/104", "INE/UNICOM/4547/2021"), 1),
                        new Event("2021-10", "recibe", List.of(), 2)));

        Document doc = EntryCodec.toBlock(entry).get(0);
        ArchiveDocument read = EntryCodec.summary(doc);

        assertThat(read.mentions()).isEqualTo(entry.mentions());
        assertThat(read.relations()).isEqualTo(entry.relations());
        assertThat(read.events()).isEqualTo(entry.events());
        assertThat(new DocRecord(doc).mentions()).isEqualTo(entry.mentions());
    }

    @Test
    void namesItDoesNotKnowAreSkippedAndMissingNumbersAreZero() {
        assertThat(
                        StoredLists.relations(
                                "[{\"from\":\"A/1/2021\",\"to\":\"B/2/2021\",\"kind\":\"cites\",\"weight\":0.5,\"later\":{\"x\":[1]},\"page\":3}]"))
                .containsExactly(new Relation("A/1/2021", "B/2/2021", Relation.CITES, 3));
        assertThat(StoredLists.relations("[{\"from\":\"A/1/2021\",\"to\":\"B/2/2021\",\"kind\":\"cites\"}]"))
                .containsExactly(new Relation("A/1/2021", "B/2/2021", Relation.CITES, 0));
    }

    @Test
    void somethingElseThanAListOfObjectsIsAnError() {
        assertThatThrownBy(() -> StoredLists.mentions("{\"type\":\"date\"}"))
                .hasMessageContaining("expected START_ARRAY");
    }
}
