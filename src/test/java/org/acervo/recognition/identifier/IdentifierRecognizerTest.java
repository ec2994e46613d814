package org.acervo.recognition.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Table tests for {@link IdentifierRecognizer}: numbers, their kind, and text that must be left alone. */
class IdentifierRecognizerTest {

    private final IdentifierRecognizer recognizer = new IdentifierRecognizer();

    /** text, type, canonical value, raw, start. */
    static Stream<Arguments> wellFormed() {
        return Stream.of(
                arguments("IEPC/UTC/21/104", "oficio", "IEPC/UTC/21/104", "IEPC/UTC/21/104", 0),
                arguments(
                        "oficio IEPC/SE/2119/2021, por el que", "oficio", "IEPC/SE/2119/2021", "IEPC/SE/2119/2021", 7),
                arguments("Acuerdo IEPC/CG139/2021.", "acuerdo", "IEPC/CG139/2021", "IEPC/CG139/2021", 8),
                arguments(
                        "INE/JLE/DGO/VS/0345/2022",
                        "oficio",
                        "INE/JLE/DGO/VS/0345/2022",
                        "INE/JLE/DGO/VS/0345/2022",
                        0),
                arguments("el IEPC/SE/BE/184/2025", "oficio", "IEPC/SE/BE/184/2025", "IEPC/SE/BE/184/2025", 3),
                arguments(
                        "el oficio INE / UNICOM / 4547 / 2021, por",
                        "oficio",
                        "INE/UNICOM/4547/2021",
                        "INE / UNICOM / 4547 / 2021",
                        10),
                arguments(
                        "INE/UNICOM/4756/2021 sobre temas",
                        "oficio",
                        "INE/UNICOM/4756/2021",
                        "INE/UNICOM/4756/2021",
                        0),
                arguments("según INE/JGE34/2017", "acuerdo", "INE/JGE34/2017", "INE/JGE34/2017", 6),
                arguments("IEPC/CG/01/2025", "acuerdo", "IEPC/CG/01/2025", "IEPC/CG/01/2025", 0),
                // A CG unit makes an acuerdo even when the text calls it an oficio.
                arguments("oficio IEPC/CG139/2021", "acuerdo", "IEPC/CG139/2021", "IEPC/CG139/2021", 7),
                arguments("IEEM/ACU-CG-001/2025", "acuerdo", "IEEM/ACU-CG-001/2025", "IEEM/ACU-CG-001/2025", 0),
                arguments("circular INE/DEA/0012/2023", "circular", "INE/DEA/0012/2023", "INE/DEA/0012/2023", 9),
                arguments("Circular No. INE/DEA/0012/2023", "circular", "INE/DEA/0012/2023", "INE/DEA/0012/2023", 13),
                arguments("el Acuerdo número IEPC/SE/5/2021", "acuerdo", "IEPC/SE/5/2021", "IEPC/SE/5/2021", 18),
                arguments("ACUERDO IEPC/SE/5/2021", "acuerdo", "IEPC/SE/5/2021", "IEPC/SE/5/2021", 8),
                arguments("TEPJF/SGA/123/2022", "oficio", "TEPJF/SGA/123/2022", "TEPJF/SGA/123/2022", 0),
                arguments("IEPC/SE/0007/2025", "oficio", "IEPC/SE/0007/2025", "IEPC/SE/0007/2025", 0),
                arguments("INE/DECEyEC/0123/2020", "oficio", "INE/DECEYEC/0123/2020", "INE/DECEyEC/0123/2020", 0),
                arguments("(IEPC/UTC/21/104)", "oficio", "IEPC/UTC/21/104", "IEPC/UTC/21/104", 1),
                arguments("IEPC/UTC/21/104; y", "oficio", "IEPC/UTC/21/104", "IEPC/UTC/21/104", 0),
                arguments("IEPC/UTC/21/104-bis", "oficio", "IEPC/UTC/21/104", "IEPC/UTC/21/104", 0));
    }

    static Stream<Arguments> ocrAndSpacing() {
        return Stream.of(
                arguments("INE /UNICOM/ 4547 /2021", "oficio", "INE/UNICOM/4547/2021", "INE /UNICOM/ 4547 /2021", 0),
                arguments("IEPC/UTC /21/ 104", "oficio", "IEPC/UTC/21/104", "IEPC/UTC /21/ 104", 0),
                arguments(
                        "oficio INE/UNICOM/\n4547/2021.",
                        "oficio",
                        "INE/UNICOM/4547/2021",
                        "INE/UNICOM/\n4547/2021",
                        7),
                arguments("oficio\tIEPC/SE/2119/2021", "oficio", "IEPC/SE/2119/2021", "IEPC/SE/2119/2021", 7),
                arguments("acuerdos\nIEPC/SE/5/2021", "acuerdo", "IEPC/SE/5/2021", "IEPC/SE/5/2021", 9),
                arguments(
                        "oficio INE/UNI-\nCOM/0233/2022,",
                        "oficio",
                        "INE/UNICOM/0233/2022",
                        "INE/UNI-\nCOM/0233/2022",
                        7),
                arguments(
                        "Acuerdo IECM/ACU-\nCG-001/2021 ",
                        "acuerdo",
                        "IECM/ACU-CG-001/2021",
                        "IECM/ACU-\nCG-001/2021",
                        8),
                arguments("oficio lNE/UNlCOM/0611/2022.", "oficio", "INE/UNICOM/0611/2022", "lNE/UNlCOM/0611/2022", 7),
                arguments("acuerdo IEPC/CG 23/2022,", "acuerdo", "IEPC/CG23/2022", "IEPC/CG 23/2022", 8),
                arguments("EXPEDIENTE: SUP-RAP-123/2021", "expediente", "SUP-RAP-123/2021", "SUP-RAP-123/2021", 12),
                arguments("juicio TEED-JE-012/2021,", "expediente", "TEED-JE-012/2021", "TEED-JE-012/2021", 7),
                arguments("el acuerdo CT-IECM-05/2023", "acuerdo", "CT-IECM-05/2023", "CT-IECM-05/2023", 11));
    }

    /** Real documents' shapes: numbers without a body, commission acuerdos, OCR damage, layout breaks. */
    static Stream<Arguments> realArchives() {
        return Stream.of(
                arguments("el Acuerdo CG112/2010 del", "acuerdo", "CG112/2010", "CG112/2010", 11),
                arguments("Resolución CG201/2005.", "acuerdo", "CG201/2005", "CG201/2005", 11),
                arguments("mediante JGE57/2008,", "acuerdo", "JGE57/2008", "JGE57/2008", 9),
                arguments("Acuerdos CG 119/99 y", "acuerdo", "CG119/99", "CG 119/99", 9),
                arguments("y CG 17 4/2002, se", "acuerdo", "CG174/2002", "CG 17 4/2002", 2),
                arguments("el oficio DJ-1092/2006 de", "oficio", "DJ-1092/2006", "DJ-1092/2006", 10),
                arguments("oficio DJ/2890/06,", "oficio", "DJ/2890/06", "DJ/2890/06", 7),
                arguments("oficio 12JDE/VE/150/06 de", "oficio", "12JDE/VE/150/06", "12JDE/VE/150/06", 7),
                arguments(
                        "Acuerdo INE/CRFE-05SE:12/07/2016.",
                        "acuerdo",
                        "INE/CRFE-05SE:12/07/2016",
                        "INE/CRFE-05SE:12/07/2016",
                        8),
                arguments(
                        "acuerdo INE/CRFE-\n05SE: 12/07/2016,",
                        "acuerdo",
                        "INE/CRFE-05SE:12/07/2016",
                        "INE/CRFE-\n05SE: 12/07/2016",
                        8),
                arguments("el acuerdo 1EEG/CG/031/2021 del", "acuerdo", "IEEG/CG/031/2021", "1EEG/CG/031/2021", 11),
                arguments("el acuerdo [EEQ/CG/A/012/2021", "acuerdo", "IEEQ/CG/A/012/2021", "[EEQ/CG/A/012/2021", 11),
                arguments("acuerdo JEEPCO/CG/22/2022.", "acuerdo", "IEEPCO/CG/22/2022", "JEEPCO/CG/22/2022", 8),
                arguments("acuerdo INE/CG3 12/2016.", "acuerdo", "INE/CG312/2016", "INE/CG3 12/2016", 8),
                arguments("acuerdo INE/JGE72!2016.", "acuerdo", "INE/JGE72/2016", "INE/JGE72!2016", 8),
                arguments("oficio INE/DERFE/0231/20'17.", "oficio", "INE/DERFE/0231/2017", "INE/DERFE/0231/20'17", 7),
                arguments(
                        "OFICIO: OPDM/DG/CCTI/0296/2025.",
                        "oficio",
                        "OPDM/DG/CGTI/0296/2025",
                        "OPDM/DG/CCTI/0296/2025",
                        8),
                arguments(
                        "expediente SUP-JDC-\n1045/2015,",
                        "expediente",
                        "SUP-JDC-1045/2015",
                        "SUP-JDC-\n1045/2015",
                        11),
                arguments(
                        "mediante oficio SCAGP/200/054/2004, la Subsecretaría",
                        "oficio",
                        "SCAGP/200/054/2004",
                        "SCAGP/200/054/2004",
                        16),
                arguments("identificado como Q-\nUFRPP 15/12 y", "expediente", "Q-UFRPP15/12", "Q-\nUFRPP 15/12", 18),
                arguments(
                        "identificado como SUP-RAP- 30/2007.", "expediente", "SUP-RAP-30/2007", "SUP-RAP- 30/2007", 18),
                arguments("acuerdo IEEN-\n\nCLE-035/2017,", "acuerdo", "IEEN-CLE-035/2017", "IEEN-\n\nCLE-035/2017", 8),
                arguments("acuerdo INE/CG/312/2016,", "acuerdo", "INE/CG/312/2016", "INE/CG/312/2016", 8),
                arguments("el SUP-RAP677/2015,", "expediente", "SUP-RAP677/2015", "SUP-RAP677/2015", 3));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "artículo 41/2006",
                "ABC 12/2006",
                "NUMERO\n12/2006",
                "CG112/20101",
                "CG112/2010/ANEXO",
                "DJ/2021/05",
                "el Cg112/2010",
                "[ABCD/SE/2119/2021",
                "póliza PE-15/09-05 por $4,523.00",
                "el CG 17 y 4/2002",
            })
    void leavesLookAlikesOfRealShapesAlone(String text) {
        assertThat(recognizer.find(text)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource({"wellFormed", "ocrAndSpacing", "realArchives"})
    void findsOneNumber(String text, String type, String value, String raw, int start) {
        List<FoundIdentifier> found = recognizer.find(text);
        assertThat(found).hasSize(1);
        FoundIdentifier id = found.get(0);
        assertThat(id.type().label()).isEqualTo(type);
        assertThat(id.identifier().value()).isEqualTo(value);
        assertThat(id.start()).isEqualTo(start);
        assertThat(id.end()).isEqualTo(start + raw.length());
        assertThat(text.substring(id.start(), id.end())).isEqualTo(raw);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "IEPC/SE/----/2025",
                "IEPC/SE/XXX/2025",
                "IEPC/SE/___/2025",
                "https://ine.mx/2021/11/x",
                "HTTPS://INE.MX/2021/11/X",
                "WWW.INE.MX/DS/2021/11",
                "3/4",
                "04/11/2021",
                "inventario 2021/0456",
                "folio 000123/22",
                "y/o",
                "iepc/utc/21/104",
                "Iepc/Utc/21/104",
                "IEPC/UTC/21/104/5",
                "INE/UNICOM/4547/2021/ANEXO",
                "INE/UNICOM/4547/2021/",
                "IEPC/2021",
                "IEPC/UTC",
                "IEPC/UTC/104",
                "IEPC/21/104",
                "I/UTC/21/104",
                "ABCDEFGHIJK/UTC/21/104",
                "IEPC/UTC/1234567/2021",
                "IEPC/UTC/104A/2021",
                "IEPC/UTC/1/3/2021",
                "IEPC/UTC/1/3",
                "IEPC/UTC/21/104abc",
                "C:/IEPC/UTC/21/104",
                "oficio núm. 2119/2021",
                "PREP/IEPC 2021",
                "serie SN-2019-883",
                "SUP-RAP-123/20211",
                "SUP-RAP-123/2021/ANEXO",
                "lnstituto Electoral",
                "oficio INE/DCE/0084/20~7.",
                "el CP/2005/05/2005 y DOF/12/05/2005",
                "ANEXO-\nPUNTO 4/06",
            })
    void findsNothing(String text) {
        assertThat(recognizer.find(text)).isEmpty();
    }

    /** text, then type=value of each number in order. */
    static Stream<Arguments> kinds() {
        return Stream.of(
                arguments(
                        "los acuerdos IEPC/SE/1/2021, IEPC/SE/2/2021 y IEPC/SE/3/2021 fueron",
                        List.of("acuerdo=IEPC/SE/1/2021", "acuerdo=IEPC/SE/2/2021", "acuerdo=IEPC/SE/3/2021")),
                arguments(
                        "las circulares INE/DEA/1/2022 e INE/DEA/2/2022",
                        List.of("circular=INE/DEA/1/2022", "circular=INE/DEA/2/2022")),
                arguments(
                        "oficios IEPC/UTC/21/105 y IEPC/UTC/21/106 por el que",
                        List.of("oficio=IEPC/UTC/21/105", "oficio=IEPC/UTC/21/106")),
                arguments(
                        "Acuerdo IEPC/SE/1/2021 y oficio IEPC/SE/2/2021",
                        List.of("acuerdo=IEPC/SE/1/2021", "oficio=IEPC/SE/2/2021")),
                // The semicolon ends the list the word acuerdos began.
                arguments(
                        "acuerdos IEPC/SE/1/2021; IEPC/SE/2/2021",
                        List.of("acuerdo=IEPC/SE/1/2021", "oficio=IEPC/SE/2/2021")),
                // The nearest word decides.
                arguments("el acuerdo se notificó mediante oficio IEPC/SE/5/2021", List.of("oficio=IEPC/SE/5/2021")),
                // Too far from the word, or in another sentence, it is not introduced by it.
                arguments(
                        "el acuerdo del Consejo General del Instituto IEPC/SE/5/2021",
                        List.of("oficio=IEPC/SE/5/2021")),
                arguments("Se aprobó el acuerdo. Después IEPC/SE/5/2021", List.of("oficio=IEPC/SE/5/2021")),
                arguments(
                        "la circular INE/DEA/1/2022, luego se recibió INE/DEA/2/2022",
                        List.of("circular=INE/DEA/1/2022", "oficio=INE/DEA/2/2022")));
    }

    /** IFE and INE complaints and procedures, and a Sala's own oficios: text, then type=value of each number. */
    static Stream<Arguments> proceduresAndSalaOficios() {
        return Stream.of(
                arguments("la queja SCG/QCG/001/2009 fue desechada", List.of("expediente=SCG/QCG/001/2009")),
                arguments(
                        "identificado con el número de expediente\nJGE/QCG/039/2007,",
                        List.of("expediente=JGE/QCG/039/2007")),
                // A CG unit standing alone is the complainant, not an acuerdo: the word decides.
                arguments("el expediente SCG/PE/PRD/CG/015/2009", List.of("expediente=SCG/PE/PRD/CG/015/2009")),
                arguments(
                        "procedimiento sancionador ordinario UT/SCG/Q/PAN/CG/23/2017",
                        List.of("expediente=UT/SCG/Q/PAN/CG/23/2017")),
                arguments("QUEJA: SCG/QPSD/CG/275/2008", List.of("expediente=SCG/QPSD/CG/275/2008")),
                arguments(
                        "las quejas SCG/QCG/001/2009, SCG/QCG/002/2009 y SCG/QCG/003/2009",
                        List.of(
                                "expediente=SCG/QCG/001/2009",
                                "expediente=SCG/QCG/002/2009",
                                "expediente=SCG/QCG/003/2009")),
                arguments(
                        "los procedimientos SCG/QCG/001/2009 y el oficio IFE/SCG/1234/2009",
                        List.of("expediente=SCG/QCG/001/2009", "oficio=IFE/SCG/1234/2009")),
                // A number attached to the CG unit is the council's own series whatever introduces it.
                arguments("la queja resuelta mediante INE/CG640/2017", List.of("acuerdo=INE/CG640/2017")),
                // The nearest word still decides.
                arguments("en el expediente obra el oficio IEPC/SE/5/2021", List.of("oficio=IEPC/SE/5/2021")),
                arguments("en el expediente se glosó el Acuerdo INE/CG329/2017", List.of("acuerdo=INE/CG329/2017")),
                // Without the word, a complaint's units (Q..., PE) make an expediente, a CG unit an acuerdo, and a bare
                // number an oficio.
                arguments("conforme a SCG/PE/PRD/CG/015/2009", List.of("expediente=SCG/PE/PRD/CG/015/2009")),
                arguments("se recibió SCG/QCG/001/2009", List.of("expediente=SCG/QCG/001/2009")),
                arguments("EXP. JGE/QJEGT/JD13/PUE/621/2006", List.of("expediente=JGE/QJEGT/JD13/PUE/621/2006")),
                arguments("identificada como Q-CFRPAP \n45/06 Coalición", List.of("expediente=Q-CFRPAP45/06")),
                arguments("conforme a SCG/PRD/CG/015/2009", List.of("acuerdo=SCG/PRD/CG/015/2009")),
                arguments("se recibió SCG/DJ/001/2009", List.of("oficio=SCG/DJ/001/2009")),
                // A Sala's oficio has a case number's shape; the word oficio makes it one.
                arguments("mediante oficio SG-SGA-OA-123/2017 se notificó", List.of("oficio=SG-SGA-OA-123/2017")),
                arguments("OFICIO: SG-SGA-OA-123/2017", List.of("oficio=SG-SGA-OA-123/2017")),
                arguments("el oficio de la Sala en el juicio SG-JRC-8/2017", List.of("expediente=SG-JRC-8/2017")),
                arguments("se notificó el oficio; SG-JRC-8/2017", List.of("expediente=SG-JRC-8/2017")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource({"kinds", "proceduresAndSalaOficios"})
    void tellsKindsApart(String text, List<String> expected) {
        assertThat(recognizer.find(text))
                .extracting(id -> id.type().label() + "=" + id.identifier().value())
                .containsExactlyElementsOf(expected);
    }

    @org.junit.jupiter.api.Test
    void findsNumbersNextToDatesWithExactOffsets() {
        String text = "El 11 de octubre de 2021, oficio IEPC/UTC/21/104 y Acuerdo IEPC/CG139/2021.";
        assertThat(recognizer.find(text))
                .extracting(id -> id.identifier().value(), FoundIdentifier::start, FoundIdentifier::end)
                .containsExactly(tuple("IEPC/UTC/21/104", 33, 48), tuple("IEPC/CG139/2021", 59, 74));
    }
}
