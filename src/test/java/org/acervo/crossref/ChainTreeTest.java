package org.acervo.crossref;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.acervo.document.Mention;
import org.acervo.document.MentionType;
import org.acervo.document.Relation;
import org.acervo.fixtures.SmallArchive;
import org.acervo.index.IndexSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An identifier's correspondence as indented trees: who answers whom, which acuerdo cites what. */
class ChainTreeTest {

    @TempDir
    static Path data;

    static SmallArchive archive;
    static IndexSnapshot snapshot;
    static XrefSource source;

    @BeforeAll
    static void index() throws Exception {
        archive = SmallArchive.build(data);
        snapshot = IndexSnapshot.open(data);
        source = XrefSource.of(snapshot);
    }

    @AfterAll
    static void close() throws Exception {
        snapshot.close();
    }

    private static ChainTree tree(String identifier) {
        return IdentifierReport.of(identifier, source).tree();
    }

    @Test
    void theOficioAnswersOneAndIsCitedByTheAcuerdoEachWithItsDocumentsAndDates() {
        ChainTree tree = tree("IEPC/SE/2119/2021");

        assertThat(tree.identifier()).isEqualTo("IEPC/SE/2119/2021");
        assertThat(tree.reaches()).singleElement().satisfies(n -> {
            assertThat(n.identifier()).isEqualTo("INE/UNICOM/4756/2021");
            assertThat(n.kind()).isEqualTo("answers");
            assertThat(n.held().id()).isEqualTo(archive.oficio4756.sha256());
            assertThat(n.held().path()).endsWith("oficio-4756.txt");
            assertThat(n.date()).isEqualTo("2021-10-20");
            assertThat(n.statedIn().id()).isEqualTo(archive.oficio2119.sha256());
            assertThat(n.page()).isEqualTo(1);
            assertThat(n.children()).isEmpty();
        });
        assertThat(tree.reachedBy()).singleElement().satisfies(n -> {
            assertThat(n.identifier()).isEqualTo("IEPC/CG139/2021");
            assertThat(n.kind()).isEqualTo("citedBy");
            assertThat(n.held().id()).isEqualTo(archive.acuerdo139.sha256());
            assertThat(n.statedIn().id()).isEqualTo(archive.acuerdo139.sha256());
            assertThat(n.date()).isEqualTo("2021-10-27");
        });
        assertThat(tree.left()).isZero();
    }

    @Test
    void theFirstOficioHasTheWholeChainLeadingToItIndented() {
        ChainTree tree = tree("INE/UNICOM/4756/2021");

        assertThat(tree.reaches()).isEmpty();
        // Answered by the IEPC's oficio, which the acuerdo then cites: two levels.
        assertThat(tree.reachedBy()).singleElement().satisfies(n -> {
            assertThat(n.identifier()).isEqualTo("IEPC/SE/2119/2021");
            assertThat(n.kind()).isEqualTo("answeredBy");
            assertThat(n.children()).singleElement().satisfies(c -> {
                assertThat(c.identifier()).isEqualTo("IEPC/CG139/2021");
                assertThat(c.kind()).isEqualTo("citedBy");
                assertThat(c.children()).isEmpty();
            });
        });
    }

    @Test
    void anIdentifierWithoutRelationsHasAnEmptyTree() {
        ChainTree tree = tree("INE/UNICOM/5388/2021");
        assertThat(tree.isEmpty()).isTrue();
    }

    @Test
    void aLoopShowsEachIdentifierOnceAndEnds() {
        // A answers B, B answers C, C answers A: a circle, as misread numbers can make.
        List<ArchiveDocument> entries = new ArrayList<>();
        String[] ids = {"INE/UNICOM/1/2021", "INE/UNICOM/2/2021", "INE/UNICOM/3/2021"};
        for (int i = 0; i < ids.length; i++) {
            String to = ids[(i + 1) % ids.length];
            String text = "Oficio " + ids[i] + " en respuesta al oficio " + to;
            entries.add(new ArchiveDocument(
                    "%064x".formatted(i),
                    List.of("/a/" + i + ".txt"),
                    DocumentStatus.INDEXED,
                    null,
                    "text/plain",
                    "2021-01-0" + (i + 1),
                    0,
                    List.of(text),
                    List.of(
                            new Mention(MentionType.OFICIO, ids[i], ids[i], 1, 7, 7 + ids[i].length()),
                            new Mention(MentionType.OFICIO, to, to, 1, text.indexOf(to, 8), text.length())),
                    List.of(new Relation(ids[i], to, Relation.ANSWERS, 1)),
                    List.of()));
        }
        ChainTree tree = IdentifierReport.of(ids[0], XrefSource.of(entries)).tree();

        assertThat(tree.reaches()).singleElement().satisfies(b -> {
            assertThat(b.identifier()).isEqualTo(ids[1]);
            assertThat(b.children()).singleElement().satisfies(c -> {
                assertThat(c.identifier()).isEqualTo(ids[2]);
                assertThat(c.children()).as("A is the root, not shown again").isEmpty();
            });
        });
        assertThat(tree.reachedBy()).singleElement().satisfies(c -> {
            assertThat(c.identifier()).isEqualTo(ids[2]);
            assertThat(c.kind()).isEqualTo("answeredBy");
            assertThat(c.children())
                    .singleElement()
                    .satisfies(b -> assertThat(b.identifier()).isEqualTo(ids[1]));
        });
    }
}
