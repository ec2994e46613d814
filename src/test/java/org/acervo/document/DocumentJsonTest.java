package org.acervo.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Mentions, relations and events have one JSON shape: the one the index stores, extract prints and /api/doc shows. */
class DocumentJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aMentionIsWrittenWithItsTypesLabelAndANullValueWhenItHasNone() {
        List<Mention> mentions = List.of(
                new Mention(MentionType.OFICIO, "INE/UNICOM/4547/2021", "INE / UNICOM / 4547 / 2021", 1, 10, 36),
                new Mention(MentionType.DATE, null, "30 de febrero", 2, 0, 13));

        assertThat(json.writeValueAsString(mentions))
                .isEqualTo(
                        "[{\"type\":\"oficio\",\"value\":\"INE/UNICOM/4547/2021\","
                                + "\"raw\":\"INE / UNICOM / 4547 / 2021\",\"page\":1,\"start\":10,\"end\":36},"
                                + "{\"type\":\"date\",\"value\":null,\"raw\":\"30 de febrero\",\"page\":2,\"start\":0,\"end\":13}]");
    }

    @Test
    void relationsAndEventsCarryTheirPage() {
        assertThat(json.writeValueAsString(new Relation("A/1/2021", "B/2/2021", Relation.ANSWERS, 3)))
                .isEqualTo("{\"from\":\"A/1/2021\",\"to\":\"B/2/2021\",\"kind\":\"answers\",\"page\":3}");
        assertThat(json.writeValueAsString(new Event("2021-10-11", "envía", List.of("A/1/2021"), 2)))
                .isEqualTo("{\"date\":\"2021-10-11\",\"action\":\"envía\",\"ids\":[\"A/1/2021\"],\"page\":2}");
    }
}
