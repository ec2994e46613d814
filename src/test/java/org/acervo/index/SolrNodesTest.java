package org.acervo.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SolrNodesTest {

    /** Nothing listens on the discard port of the loopback interface. */
    static final String NOBODY = "http://127.0.0.1:9/solr";

    @Test
    void whenNoNodeAnswersTheIndexSaysSoAsAnIoFailure() throws IOException {
        try (SolrNodes nodes = SolrNodes.open(List.of(NOBODY, NOBODY), "acervo")) {
            assertThatThrownBy(() -> nodes.get("aaa", null))
                    .isInstanceOf(IOException.class)
                    .hasMessageStartingWith("no node of the Solr collection acervo answers (" + NOBODY)
                    .isInstanceOfSatisfying(
                            SolrUnreachableException.class,
                            e -> assertThat(e.sentence().key()).isEqualTo("error.solrUnreachable"));
        }
    }

    @Test
    void anIndexNeedsANode() {
        assertThatThrownBy(() -> SolrDocumentIndex.open(List.of(), "acervo"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
