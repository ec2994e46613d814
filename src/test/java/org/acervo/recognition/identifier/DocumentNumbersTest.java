package org.acervo.recognition.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.acervo.recognition.DocumentRecognizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The number a document gives itself, from headings as real documents write them. */
class DocumentNumbersTest {

    private final DocumentRecognizer recognizer = new DocumentRecognizer();

    static Stream<Arguments> headings() {
        return Stream.of(
                arguments(
                        "Instituto Nacional Electoral\nCONSEJO GENERAL\n\nINE/CG329/2017\n\nACUERDO DEL CONSEJO GENERAL ... "
                                + "Acuerdo INE/CG59/2017.",
                        "INE/CG329/2017"),
                arguments(
                        "COORDINACIÓN GENERAL.\nOFICIO: OPDM/DG/CCTI/0296/2025.\nASUNTO: PRÉSTAMO\n"
                                + "en atención al oficio OPDM/ST/CAPHS/085/2025, referente",
                        "OPDM/DG/CGTI/0296/2025"),
                arguments("Oficio No. IEPC/UTC/21/104\nen atención al oficio INE/UNICOM/4547/2021", "IEPC/UTC/21/104"),
                // An IFE resolución: its expediente heads it, its own number follows.
                arguments(
                        "CONSEJO GENERAL\nEXP. JGE/QJEGT/JD13/PUE/621/2006\n\nCG28/2007\n\nRESOLUCIÓN DEL CONSEJO GENERAL",
                        "CG28/2007"),
                // A Word file's old title above the real number: the most recent year wins.
                arguments("CG220/2003\n\nCG164/2006\n\nAcuerdo del Consejo General", "CG164/2006"),
                // A sentencia is its expediente.
                arguments("EXPEDIENTES: SUP-JDC-101/2017 Y\nSUP-JRC-63/2017 ACUMULADOS\n", "SUP-JDC-101/2017"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("headings")
    void findsTheHeadingNumber(String page, String own) {
        assertThat(recognizer.recognize(List.of(page)).documentNumber()).isEqualTo(own);
    }

    static Stream<Arguments> noOwnNumber() {
        return Stream.of(
                arguments(
                        "El 15 de marzo de 2017, este Consejo aprobó, mediante Acuerdo INE/CG59/2017, la demarcación."),
                arguments("Informe\n\nEn el Acuerdo INE/CG59/2017 se aprobó"),
                arguments("Oficio No. IEPC/SE/----/2025\n"),
                arguments(
                        "OFICIO No. IEPC/SE/0-157/2023\nremito copia del oficio IEPC/UTC/23/041 y del expediente\nTEED-JE-012/2023, así como del Acuerdo"),
                arguments("página uno\f\nOficio No. IEPC/UTC/21/104\n"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("noOwnNumber")
    void citedNumbersAreNotTheDocumentsOwn(String text) {
        assertThat(recognizer.recognize(List.of(text.split("\f"))).documentNumber())
                .isNull();
    }
}
