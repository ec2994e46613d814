package org.acervo.recognition.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.acervo.document.Mention;
import org.acervo.recognition.DocumentRecognizer;
import org.acervo.recognition.Recognition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table tests for the document date ({@link DocumentDates}): the document's approval statement,
 * then a dated place line, then the first date. Texts imitate INE, IEPC, IEEM, IFE and TEPJF styles.
 */
class DocumentDatesTest {

    private final DocumentRecognizer recognizer = new DocumentRecognizer();

    /** An INE acuerdo's page 1: antecedents, each with an older date. */
    private static final String INE_ANTECEDENTS = """
            Instituto Nacional Electoral
            CONSEJO GENERAL

            INE/CG329/2017

            ACUERDO DEL CONSEJO GENERAL DEL INSTITUTO NACIONAL ELECTORAL, POR EL QUE SE APRUEBA EL ÁMBITO
            TERRITORIAL DE LAS CINCO CIRCUNSCRIPCIONES PLURINOMINALES ELECTORALES FEDERALES

            ANTECEDENTES

            1. Definición de las circunscripciones. El 31 de julio de 1996, el Consejo General del otrora
            Instituto Federal Electoral estableció la demarcación territorial, publicada en el DOF el 12 de
            agosto de 1996.

            2. Reforma constitucional. El 10 de febrero de 2014, se publicó en el Diario Oficial de la
            Federación el Decreto en materia político-electoral.
            """;

    /** pages, then the document date a careful reader gives. */
    static Stream<Arguments> approvalStatements() {
        return Stream.of(
                // INE: the acuerdo's own date is at its end; page 1 holds only antecedents.
                arguments(
                        List.of(
                                INE_ANTECEDENTS,
                                "TERCERO. Publíquese en el Diario Oficial de la Federación.\n\n"
                                        + "El presente Acuerdo fue aprobado en sesión extraordinaria del Consejo General \n"
                                        + "celebrada el 14 de julio de 2017, por votación unánime de los Consejeros Electorales.\n\n"
                                        + "EL CONSEJERO PRESIDENTE DEL CONSEJO GENERAL",
                                "ANEXO ÚNICO\n\nMapa 1. Circunscripciones 2017"),
                        "2017-07-14"),
                arguments(
                        List.of(
                                INE_ANTECEDENTS,
                                "El presente Acuerdo fue aprobado en lo general en sesión ordinaria del "
                                        + "Consejo General celebrada el 26 de febrero de dos mil dieciséis, por ocho votos a favor."),
                        "2016-02-26"),
                arguments(
                        List.of(
                                INE_ANTECEDENTS,
                                "El presente Acuerdo fue aprobado en sesión extraordinaria de la Junta General\n"
                                        + "Ejecutiva celebrada el 13 de marzo de 2017, por votación unánime de los Directores Ejecutivos."),
                        "2017-03-13"),
                // The statement runs on across a page break.
                arguments(
                        List.of(
                                INE_ANTECEDENTS,
                                "CUARTO. Notifíquese.\n\nEl presente Acuerdo fue aprobado en sesión "
                                        + "extraordinaria del Consejo General",
                                "celebrada el 20 de julio de 2017, por votación unánime."),
                        "2017-07-20"),
                // IFE resolutions, IEPC acuerdos with the date in words, plural subjects.
                arguments(
                        List.of(
                                "RESOLUCIÓN CG203/2009\n\nEl 5 de marzo de 2008 se presentó la queja.",
                                "La presente Resolución fue aprobada en sesión ordinaria del Consejo General celebrada el 29 de mayo de "
                                        + "2009, por votación unánime."),
                        "2009-05-29"),
                arguments(
                        List.of("Acuerdo IEPC/CG139/2021\n\nI. El 1 de noviembre de 2020 inició el proceso.\n\n"
                                + "El presente acuerdo fue aprobado en sesión extraordinaria número 39 del Consejo General del Instituto "
                                + "Electoral y de Participación Ciudadana del Estado de Durango, de fecha veintisiete de octubre de dos "
                                + "mil veintiuno, por votación unánime."),
                        "2021-10-27"),
                arguments(
                        List.of("LINEAMIENTOS\n\nEl 3 de enero de 2019 se emitió la convocatoria.\n\n"
                                + "Los presentes Lineamientos fueron aprobados por el Consejo General en sesión ordinaria de 5 de marzo de "
                                + "2020."),
                        "2020-03-05"),
                // IEEM and IECM close with "Así lo aprobaron ...".
                arguments(
                        List.of(
                                "ACUERDO N.° IEEM/CG/15/2022\n\n1. En sesión extraordinaria del 16 de diciembre de 2021, este "
                                        + "Consejo General aprobó el acuerdo IEEM/CG/72/2021.\n\nAsí lo aprobaron por unanimidad de votos, en la "
                                        + "tercera sesión ordinaria celebrada en la ciudad de Toluca de Lerdo, Estado de México, el veintitrés de "
                                        + "febrero de dos mil veintidós."),
                        "2022-02-23"),
                arguments(
                        List.of(
                                "ACUERDO\n\nVeracruz\n\nI. El 16 de diciembre de 2020 se instaló el Consejo.\n\nEste acuerdo fue "
                                        + "aprobado en la ciudad de Xalapa-Enríquez, Veracruz, en sesión extraordinaria celebrada el cuatro de "
                                        + "enero de dos mil veintiuno."),
                        "2021-01-04"),
                // The last statement counts: a resolución appended to an acuerdo.
                arguments(
                        List.of(
                                INE_ANTECEDENTS,
                                "El presente Acuerdo fue aprobado en sesión ordinaria del Consejo General celebrada el 1 de marzo de 2017.",
                                "La presente Resolución fue aprobada en sesión extraordinaria del Consejo General celebrada el 28 de "
                                        + "marzo de 2017."),
                        "2017-03-28"),
                // A statement is trusted over a dated place line.
                arguments(
                        List.of(
                                "Ciudad de México, a 28 de febrero de 2017\n\nACUERDO INE/JGE34/2017",
                                "El presente Acuerdo fue aprobado en sesión extraordinaria de la Junta General Ejecutiva celebrada el "
                                        + "22 de febrero de 2017."),
                        "2017-02-22"));
    }

    /** Approval words that do not state the document's own approval, or name no usable date. */
    static Stream<Arguments> notApprovalStatements() {
        return Stream.of(
                // An antecedent's approval, not the document's.
                arguments(
                        List.of(
                                "Durango, Dgo., a 5 de abril de 2017\n\nSe notifica el Acuerdo INE/CG59/2017, que fue aprobado en "
                                        + "sesión extraordinaria celebrada el 15 de marzo de 2017."),
                        "2017-04-05"),
                // When no rule finds the document's own date, none rather than an antecedent's (the dates after
                // ANTECEDENTES).
                arguments(
                        List.of(
                                INE_ANTECEDENTS,
                                "9. En sesión pública celebrada el 28 de octubre de 2015, los Magistrados "
                                        + "de la Sala Superior aprobaron por unanimidad de votos la jurisprudencia 37/2015."),
                        null),
                // An acta approving an earlier acta.
                arguments(
                        List.of(
                                "ACTA DE LA SESIÓN EXTRAORDINARIA NÚMERO TRES\n\nEn la ciudad de Victoria de Durango, Dgo., siendo "
                                        + "las diecisiete horas del día veinte de enero de dos mil veintidós, se reunieron los integrantes.\n\nLa "
                                        + "Secretaria dio cuenta del acta de la sesión celebrada el 16 de noviembre de 2021, que fue aprobada por "
                                        + "unanimidad."),
                        "2022-01-20"),
                // The statement's sentence ends before any date.
                arguments(
                        List.of(
                                INE_ANTECEDENTS,
                                "El presente Acuerdo fue aprobado por unanimidad. El 5 de mayo de 2021 se "
                                        + "publicó en el Diario Oficial."),
                        null),
                // Its date has no year of its own: nothing to trust it with.
                arguments(
                        List.of(
                                INE_ANTECEDENTS,
                                "El presente Acuerdo fue aprobado en sesión extraordinaria celebrada el 20 de "
                                        + "julio del presente año."),
                        null),
                // Too far on: a date 400 characters after the words is not the statement's.
                arguments(
                        List.of(
                                INE_ANTECEDENTS,
                                "El presente Acuerdo fue aprobado en sesión extraordinaria " + "del Consejo ".repeat(40)
                                        + "celebrada el 20 de julio de 2017."),
                        null),
                // "desaprobado" is not "aprobado", and "el presente año" is not the document.
                arguments(
                        List.of(
                                INE_ANTECEDENTS,
                                "El presente Acuerdo fue desaprobado en sesión celebrada el 2 de mayo de 2017.",
                                "En el presente año fue aprobado el presupuesto en sesión celebrada el 3 de mayo de 2017."),
                        null));
    }

    /** pages, then the document date: a place or label line on page 1, else closing the last page. */
    static Stream<Arguments> datelines() {
        return Stream.of(
                // An oficio's dated place line beats an earlier date on page 1.
                arguments(
                        List.of("OFICIO No. IEPC/SE/BE/184/2025\n\nReferencia: su escrito del 1 de marzo de 2025\n\n"
                                + "Victoria de Durango, Dgo., a 04 de marzo de 2025\n\nC. Jhovana"),
                        "2025-03-04"),
                arguments(
                        List.of(
                                "Ref. 2 de octubre de 2021\n\nDurango, Dgo., 5 de octubre de 2021\n\nASUNTO: Se informa"),
                        "2021-10-05"),
                arguments(
                        List.of("EXPEDIENTE: SUP-JDC-101/2017\n\nEl 3 de febrero de 1983 nació el actor.\n\n"
                                + "Ciudad de México, a cinco de abril de dos mil diecisiete.\n\nS E N T E N C I A"),
                        "2017-04-05"),
                // OCR'd letterhead: doubled spaces, a stop and no comma before "a".
                arguments(
                        List.of(
                                "OFICIO: OPDM/DG/CGTl/0296/2025. ASUNTO: PRÉSTAMO.\n\nVigente desde el 1 de enero de 2025\n\n"
                                        + "Tlalnepantla  de  Baz.  Estado  de  México  a 08 de julio de  2025.\n\nMTRA. YOLANDA"),
                        "2025-07-08"),
                arguments(
                        List.of("Oficio Número: OPDM/ST/0415/2025\n\nVigente desde el 1 de enero de 2025\n\n"
                                + "Tlalnepantla de Baz, México; a 29 de mayo de 2025\n\nRECIBIDO 03 JUN 2025"),
                        "2025-05-29"),
                arguments(List.of("VICTORIA DE DURANGO, DGO., A 27 DE OCTUBRE DE 2021"), "2021-10-27"),
                arguments(
                        List.of(
                                "Vigente: 3 de enero de 2022\n\nVictoria de Durango, Dgo., viernes 28 de enero de 2022"),
                        "2022-01-28"),
                arguments(
                        List.of(
                                "Vigente: 1 de enero de 2021\n\nVictoria de Durango, Dgo., a los dieciséis días del mes de noviembre "
                                        + "de dos mil veintiuno."),
                        "2021-11-16"),
                // A DOCX is one page: its closing dated place line comes after antecedents' dates.
                arguments(
                        List.of(
                                "Diagnóstico\n\nAbril de 2016\n\nEl 10 de febrero de 2014, se publicó en el DOF la reforma.\n\n"
                                        + "c. Conclusión\n\nResulta evidente la necesidad de una nueva delimitación.\n\nMéxico, D.F., a 25 de abril de "
                                        + "2016.\n\nIng. René Miranda Jaimes"),
                        "2016-04-25"),
                // Beside other text across a column gap.
                arguments(
                        List.of(
                                "El 2 de mayo de 2021 se recibió.\nOFICIO No. IEPC/SE/12/2021        Durango, Dgo., a 3 de mayo de 2021"),
                        "2021-05-03"),
                // No place on page 1: the last page's closing.
                arguments(
                        List.of(
                                INE_ANTECEDENTS,
                                "CUARTO. Publíquese.\n\nCiudad de México, a 28 de febrero de 2017\n\n"
                                        + "EL SECRETARIO DEL CONSEJO GENERAL"),
                        "2017-02-28"),
                // A label naming the document's own date.
                arguments(
                        List.of(
                                "AVISO DE PRIVACIDAD\n\nConstitución publicada en el DOF el 5/02/1917; última reforma el 22/03/2024.",
                                "Datos de contacto.",
                                "Última fecha de actualización: 15 de julio de 2024."),
                        "2024-07-15"));
    }

    /** A date after a comma or "a" that is not on a place line: the first date stays the document's, unless a numbered item holds it. */
    static Stream<Arguments> notDatelines() {
        return Stream.of(
                // Not a place line, and numbered items tell antecedents: no date of the document's own.
                arguments(
                        List.of(
                                "I. El 26 de agosto de 2021, la Junta aprobó.\n\nII. El 1 de septiembre de 2021, se publicó."),
                        null),
                arguments(
                        List.of("Orden del día del 3 de enero de 2022\n\nViernes, 28 de enero de 2022"), "2022-01-03"),
                // A wrapped sentence: the line before runs on into the "place".
                arguments(
                        List.of(
                                "Nota del 1 de marzo de 2021 sobre lo aprobado por el Consejo\nGeneral, a 5 de marzo de 2021, y"),
                        "2021-03-01"),
                arguments(
                        List.of("Nota del 1 de marzo de 2021.\n\npublicado en el DOF, el 31 de julio de 1996"),
                        "2021-03-01"),
                arguments(
                        List.of("Nota del 1 de marzo de 2021.\n\nOficio IEPC/SE/12/2021, 5 de marzo de 2021"),
                        "2021-03-01"),
                // On a middle page, a dated place line is an annex's or a quotation's.
                arguments(
                        List.of(
                                "Informe del 2 de enero de 2017",
                                "Mexicali, B.C., a 18 de enero de 2017",
                                "Conclusiones."),
                        "2017-01-02"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource({"approvalStatements", "notApprovalStatements", "datelines", "notDatelines"})
    void findsTheDocumentsOwnDate(List<String> pages, String documentDate) {
        assertThat(recognizer.recognize(pages).documentDate()).isEqualTo(documentDate);
    }

    @Test
    void theApprovalYearIsTheYearOfDelPresenteAno() {
        List<String> pages = List.of(
                INE_ANTECEDENTS,
                "15. El 15 de marzo del presente año se aprobó el plan de trabajo.",
                "El presente Acuerdo fue aprobado en sesión extraordinaria del Consejo General celebrada el 14 de julio de 2017.");
        Recognition recognition = recognizer.recognize(pages);
        assertThat(recognition.documentDate()).isEqualTo("2017-07-14");
        assertThat(recognition.mentions())
                .filteredOn(m -> m.raw().startsWith("15 de marzo"))
                .extracting(Mention::value)
                .containsExactly("2017-03-15");
    }
}
