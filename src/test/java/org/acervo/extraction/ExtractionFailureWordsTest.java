package org.acervo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.acervo.language.Texts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every failure's stored sentence is the one messages_en.properties holds, so it can be said in Spanish. */
class ExtractionFailureWordsTest {

    @ParameterizedTest
    @EnumSource(ExtractionFailure.class)
    void everyStoredSentenceIsKnownToTheMessageFiles(ExtractionFailure failure) {
        assertThat(Texts.of(Texts.ENGLISH).get("reason." + failure.name())).isEqualTo(failure.sentence());
        assertThat(Texts.of(Texts.SPANISH).reason(failure.sentence()))
                .isEqualTo(Texts.of(Texts.SPANISH).get("reason." + failure.name()))
                .isNotEqualTo(failure.sentence());
    }
}
