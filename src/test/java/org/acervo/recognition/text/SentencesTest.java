package org.acervo.recognition.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

    private static String sentenceOf(String text, String mention) {
        int start = text.indexOf(mention);
        return Sentences.around(text, start, start + mention.length());
    }

    @Test
    void cutsTheSentenceHoldingTheMention() {
        String text = "Primera oración. El 27 de octubre de 2021 se envía el oficio IEPC/SE/2119/2021, por el que\n"
                + "se da respuesta. Otra oración.";
        assertThat(sentenceOf(text, "IEPC/SE/2119/2021"))
                .isEqualTo(
                        "El 27 de octubre de 2021 se envía el oficio IEPC/SE/2119/2021, por el que se da respuesta.");
    }

    @Test
    void aBlankLineEndsASentence() {
        String text = "Oficio No. IEPC/UTC/21/104\n\nAsunto: constancia";
        assertThat(sentenceOf(text, "IEPC/UTC/21/104")).isEqualTo("Oficio No. IEPC/UTC/21/104");
    }

    @Test
    void aVeryLongSentenceIsShortenedAroundTheMention() {
        String text = "palabra ".repeat(100) + "INE/UNICOM/4547/2021 " + "otra ".repeat(100);
        String sentence = sentenceOf(text, "INE/UNICOM/4547/2021");
        assertThat(sentence).contains("INE/UNICOM/4547/2021").startsWith("…").endsWith("…");
        assertThat(sentence.length()).isLessThan(360);
    }
}
