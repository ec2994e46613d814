package org.acervo.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON of a search, as {@code search --json} prints it and {@code /api/search} answers: keys and order stable. */
class SearchJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aSearchIsWrittenWithTheDocumentedKeysInOrder() {
        SearchHit hit = new SearchHit(
                "ab12",
                "oficios/respuesta.pdf",
                List.of("oficios/respuesta.pdf", "copia/respuesta.pdf"),
                "2021-11-04",
                1.5f,
                List.of(1, 3),
                List.of(new Snippet(3, "el oficio " + Snippet.START + "INE/UNICOM/4547/2021" + Snippet.END)));
        SearchResult result = new SearchResult(
                new SearchRequest("4547/2021", SearchFilters.NONE, SearchOrder.RELEVANCE, 1, 10, false),
                1,
                List.of(hit),
                Map.of("type", Map.of("oficio", 1)),
                List.of("INE/UNICOM/4547/2021"));

        JsonNode json = JSON.valueToTree(SearchJson.of(result));

        assertThat(json.propertyNames()).containsExactly("total", "page", "pages", "identifiers", "hits", "facets");
        JsonNode first = json.get("hits").get(0);
        assertThat(first.propertyNames())
                .containsExactly("id", "path", "paths", "documentDate", "score", "pages", "snippet", "snippets");
        assertThat(first.get("snippet").asString()).isEqualTo("el oficio **INE/UNICOM/4547/2021**");
        assertThat(first.get("snippets").get(0).propertyNames()).containsExactly("page", "text");
        assertThat(first.get("snippets").get(0).get("page").asInt()).isEqualTo(3);
        assertThat(first.get("score").asDouble()).isEqualTo(1.5);
        assertThat(json.get("identifiers").get(0).asString()).isEqualTo("INE/UNICOM/4547/2021");
        assertThat(json.get("facets").get("type").get("oficio").asInt()).isEqualTo(1);
    }
}
