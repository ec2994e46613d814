package org.acervo.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.acervo.document.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the recognizer on the project's seed report, IEPC Durango's PREP progress report of October 2021. */
class DocumentRecognizerSeedTest {

    /** Pages 2 to 4 of the seed begin with this header block; the cover has the same lines in another order. */
    private static final Pattern PAGE_HEADER = Pattern.compile(
            "(?=Unidad Técnica de Cómputo\\s*\\n\\s*Proceso Electoral Local Ordinario 2021-2022\\s*\\n\\s*Informe de avances)");

    /** Every mention in the seed, in order: page | type | value | raw. */
    private static final List<String> EXPECTED = List.of(
            "1 | date | 2021-11-04 | 04-11-2021",
            "2 | date | 2021-10-05 | 05 de octubre de 2021",
            "2 | date | 2021-10-11 | 11 de octubre de 2021",
            "2 | oficio | IEPC/UTC/21/104 | IEPC/UTC/21/104",
            "2 | oficio | INE/UNICOM/4547/2021 | INE / UNICOM / 4547 / 2021",
            "2 | date | 2021-10-21 | 21 de octubre de 2021",
            "2 | date | 2021-10-25 | 25 de octubre de 2021",
            "2 | oficio | IEPC/UTC/21/105 | IEPC/UTC/21/105",
            "2 | oficio | IEPC/UTC/21/106 | IEPC/UTC/21/106",
            "2 | oficio | INE/UNICOM/4745/2021 | INE / UNICOM / 4745 / 2021",
            "2 | oficio | INE/UNICOM/4759/2021 | INE / UNICOM / 4759 / 2021",
            "3 | date | 2021-10-27 | 27 de octubre de 2021",
            "3 | oficio | IEPC/SE/2119/2021 | IEPC/SE/2119/2021",
            "3 | oficio | INE/UNICOM/4756/2021 | INE/UNICOM/4756/2021",
            "3 | date | 2021-10-29 | 29 de octubre",
            "3 | acuerdo | IEPC/CG139/2021 | IEPC/CG139/2021",
            "3 | acuerdo | IEPC/CG139/2021 | IEPC/CG139/2021",
            "3 | date | 2021-10-27 | 27 de octubre de 2021",
            "4 | date | 2021-10-05 | 05 de octubre de 2021",
            "4 | date | 2021-09 | septiembre de 2021",
            "4 | date | 2021-10-21 | 21 de octubre de 2021");

    private static List<String> pages;
    private static Recognition recognition;

    @BeforeAll
    static void recognizeSeed() throws IOException {
        String text;
        try (InputStream in = DocumentRecognizerSeedTest.class.getResourceAsStream("seed-report.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        pages = List.of(PAGE_HEADER.split(text));
        recognition = new DocumentRecognizer().recognize(pages);
    }

    @Test
    void seedSplitsIntoFourPagesWithTheCoverFirst() {
        assertThat(pages).hasSize(4);
        assertThat(pages.get(0).strip()).endsWith("04-11-2021");
        assertThat(pages.subList(1, 4)).allSatisfy(page -> assertThat(page).startsWith("Unidad Técnica de Cómputo"));
    }

    @Test
    void documentDateIsTheCoverDate() {
        assertThat(recognition.documentDate()).isEqualTo("2021-11-04");
    }

    @Test
    void findsEveryMentionAndNothingElse() {
        List<String> found = recognition.mentions().stream()
                .map(m -> m.page() + " | " + m.type().label() + " | " + m.value() + " | " + m.raw())
                .toList();
        assertThat(found).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void rawIsThePageTextAtTheOffsets() {
        assertThat(recognition.mentions()).isNotEmpty().allSatisfy(m -> {
            assertThat(m.start()).isLessThan(m.end());
            assertThat(pages.get(m.page() - 1).substring(m.start(), m.end())).isEqualTo(m.raw());
        });
    }

    @Test
    void mentionsAreInPageThenOffsetOrderAndDoNotOverlap() {
        List<Mention> mentions = recognition.mentions();
        for (int i = 1; i < mentions.size(); i++) {
            Mention before = mentions.get(i - 1);
            Mention after = mentions.get(i);
            assertThat(after.page() > before.page() || after.start() >= before.end())
                    .as("%s then %s", before, after)
                    .isTrue();
        }
    }
}
