package org.acervo.recognition.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Table tests for {@link DateRecognizer}: well-formed, OCR-damaged and must-not-match text. */
class DateRecognizerTest {

    private final DateRecognizer recognizer = new DateRecognizer();

    /** text, value (--MM-DD while the year is unknown), raw, start. */
    static Stream<Arguments> wellFormed() {
        return Stream.of(
                arguments("05 de octubre de 2021", "2021-10-05", "05 de octubre de 2021", 0),
                arguments("El 5 de octubre del 2021 se envió", "2021-10-05", "5 de octubre del 2021", 3),
                arguments("el 1o. de octubre de 2021", "2021-10-01", "1o. de octubre de 2021", 3),
                arguments("el 1º de octubre de 2021", "2021-10-01", "1º de octubre de 2021", 3),
                arguments("el 1ro. de octubre de 2021", "2021-10-01", "1ro. de octubre de 2021", 3),
                arguments("el primero de octubre de 2021", "2021-10-01", "primero de octubre de 2021", 3),
                arguments("Durango, Dgo., a 05 de OCTUBRE de 2021.", "2021-10-05", "05 de OCTUBRE de 2021", 17),
                arguments("30 de Setiembre de 2021", "2021-09-30", "30 de Setiembre de 2021", 0),
                arguments("30 de septiembre de 2021", "2021-09-30", "30 de septiembre de 2021", 0),
                arguments("29 de febrero de 2024", "2024-02-29", "29 de febrero de 2024", 0),
                arguments("5 de febrero de 1917", "1917-02-05", "5 de febrero de 1917", 0),
                // The weekday is accepted but left out of the mention.
                arguments("viernes 28 de enero de 2022", "2022-01-28", "28 de enero de 2022", 8),
                arguments("Viernes, 28 de enero de 2022", "2022-01-28", "28 de enero de 2022", 9),
                arguments("04-11-2021", "2021-11-04", "04-11-2021", 0),
                arguments("Fecha: 04/11/2021", "2021-11-04", "04/11/2021", 7),
                arguments("(4/11/21)", "2021-11-04", "4/11/21", 1),
                arguments("04-11-21", "2021-11-04", "04-11-21", 0),
                arguments("04.11.2021", "2021-11-04", "04.11.2021", 0),
                arguments("2021-11-04", "2021-11-04", "2021-11-04", 0),
                arguments("al 2021-11-04.", "2021-11-04", "2021-11-04", 3),
                arguments("octubre de 2021", "2021-10", "octubre de 2021", 0),
                arguments("durante octubre del 2021,", "2021-10", "octubre del 2021", 8),
                arguments("al mes de septiembre de 2021.", "2021-09", "septiembre de 2021", 10),
                arguments("El 29 de octubre se envía", "--10-29", "29 de octubre", 3),
                arguments("El 29 de febrero", "--02-29", "29 de febrero", 3));
    }

    static Stream<Arguments> ocrAndSpacing() {
        return Stream.of(
                arguments("05  de   octubre  de  2021", "2021-10-05", "05  de   octubre  de  2021", 0),
                arguments("05 de octubre de\n2021", "2021-10-05", "05 de octubre de\n2021", 0),
                arguments("05 de\noctubre de 2021", "2021-10-05", "05 de\noctubre de 2021", 0),
                arguments("05de octubre de 2021", "2021-10-05", "05de octubre de 2021", 0),
                arguments("05 de octubre de2021", "2021-10-05", "05 de octubre de2021", 0),
                arguments("05 de octubre, de 2021", "2021-10-05", "05 de octubre, de 2021", 0),
                // a table cell wrapped after the month's hyphen
                arguments("reunión de trabajo\n17-may-\n17\n", "2017-05-17", "17-may-\n17", 19),
                arguments("Primera Sesión Ordinaria.\n16 de enero, 2007.", "2007-01-16", "16 de enero, 2007", 26),
                arguments("el O3 de abril de 2019", "2019-04-03", "O3 de abril de 2019", 3),
                arguments("El 1 O de febrero de 2014, se", "2014-02-10", "1 O de febrero de 2014", 3),
                arguments("el 1 o de julio de 2012 se", "2012-07-01", "1 o de julio de 2012", 3),
                arguments("El 19 diciembre de 2016, la Junta", "2016-12-19", "19 diciembre de 2016", 3),
                arguments("15 de  MAYO  de 2014", "2014-05-15", "15 de  MAYO  de 2014", 0),
                arguments(
                        "el veinticuatro de febrero de dos mil \n\ndiecisiete,",
                        "2017-02-24",
                        "veinticuatro de febrero de dos mil \n\ndiecisiete",
                        3),
                arguments(
                        "el catorce de diciembre del año dos mil cinco",
                        "2005-12-14",
                        "catorce de diciembre del año dos mil cinco",
                        3),
                arguments("de fecha 22 de mayo del año 2006,", "2006-05-22", "22 de mayo del año 2006", 9),
                arguments("05 de Octubré de 2021", "2021-10-05", "05 de Octubré de 2021", 0),
                arguments("05 DE OCTUBRE DEL 2021", "2021-10-05", "05 DE OCTUBRE DEL 2021", 0),
                arguments("1° de octubre de 2021", "2021-10-01", "1° de octubre de 2021", 0),
                arguments("1o de octubre de 2021", "2021-10-01", "1o de octubre de 2021", 0),
                arguments("PRIMERO DE OCTUBRE DE 2021", "2021-10-01", "PRIMERO DE OCTUBRE DE 2021", 0),
                arguments("SEPTIEMBRE   DE 2021", "2021-09", "SEPTIEMBRE   DE 2021", 0),
                arguments("a 2l de febrero de 2O22", "2022-02-21", "2l de febrero de 2O22", 2),
                arguments("el día l5 de febrero de 2022", "2022-02-15", "l5 de febrero de 2022", 7));
    }

    static Stream<Arguments> otherForms() {
        return Stream.of(
                arguments(
                        "del día veinte de enero de dos mil veintidós.",
                        "2022-01-20",
                        "veinte de enero de dos mil veintidós",
                        8),
                arguments(
                        "a los dieciséis días del mes de noviembre de dos mil veintiuno",
                        "2021-11-16",
                        "dieciséis días del mes de noviembre de dos mil veintiuno",
                        6),
                arguments(
                        "el treinta y uno de marzo de mil novecientos noventa y seis",
                        "1996-03-31",
                        "treinta y uno de marzo de mil novecientos noventa y seis",
                        3),
                arguments("a los 6 días del mes de junio de 2022", "2022-06-06", "6 días del mes de junio de 2022", 6),
                arguments("el primero de junio de dos mil", "2000-06-01", "primero de junio de dos mil", 3),
                // PDF text breaks lines, blank line included, inside a year in words.
                arguments(
                        "el ocho de febrero de dos mil \n\ndiecisiete, dirigido",
                        "2017-02-08",
                        "ocho de febrero de dos mil \n\ndiecisiete",
                        3),
                arguments("Recibido: 5 oct. 2021", "2021-10-05", "5 oct. 2021", 10),
                arguments("05/oct/2021", "2021-10-05", "05/oct/2021", 0),
                arguments(
                        "ST-V-RIN-202/94. Partido Acción Nacional. 25-IX-94. Unanimidad", "1994-09-25", "25-IX-94", 42),
                arguments("Tesis, 30-IX-1994.", "1994-09-30", "30-IX-1994", 7),
                arguments("RECIBIDO 5-OCT-21", "2021-10-05", "5-OCT-21", 9),
                arguments("RECIBIDO 03 JUN 2025", "2025-06-03", "03 JUN 2025", 9),
                arguments("12 de Jul. de 1993", "1993-07-12", "12 de Jul. de 1993", 0),
                arguments("Vence: marzo 2, 2022", "2022-03-02", "marzo 2, 2022", 7),
                arguments("(09.11.2016)", "2016-11-09", "09.11.2016", 1),
                arguments("el 15 de marzo del presente año", "--03-15", "15 de marzo del presente año", 3),
                arguments("el 4 de enero del año en curso", "--01-04", "4 de enero del año en curso", 3));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource({"wellFormed", "ocrAndSpacing", "otherForms"})
    void findsOneDate(String text, String value, String raw, int start) {
        List<FoundDate> dates = recognizer.find(text);
        assertThat(dates).hasSize(1);
        FoundDate date = dates.get(0);
        assertThat(describe(date)).isEqualTo(value);
        assertThat(date.start()).isEqualTo(start);
        assertThat(date.end()).isEqualTo(start + raw.length());
        assertThat(text.substring(date.start(), date.end())).isEqualTo(raw);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "Proceso Electoral Local Ordinario 2021-2022",
                "en el año 2021",
                "a las 17:30 horas",
                "Tel. 618 825 2200",
                "Tel. (618) 825-2200",
                "Tel. 618-825-2200",
                "Informe del mes de octubre, sobre el avance",
                "marzo",
                "de 2021",
                "versión 2.1.5",
                "versión 10.2.15",
                "sección 1.2.2021.3",
                "3/4 partes",
                "Página 1 de 4",
                "oficio IEPC/UTC/21/104",
                "IEPC/UTC/21/10/2021",
                "INE / UNICOM / 4547 / 2021",
                "inventario 2021/0456",
                "folio 000123/22",
                "https://ine.mx/2021/11/04/nota",
                "31 de septiembre de 2021",
                "29 de febrero de 2021",
                "0 de octubre de 2021",
                "00 de octubre",
                "32 de octubre",
                "32/01/2021",
                "04/13/2021",
                "00/01/2021",
                "04/11-2021",
                "2021-13-01",
                "2021-02-30",
                "04/11/1850",
                "Sesión Ordinaria número 1 de la Comisión",
                "Av. 20 de Noviembre 1200",
                "frente al mercado municipal 20 de Noviembre Izcalli",
                "la escuela primaria 16 de Septiembre",
                "calle 5 de Mayo número 120",
                "Gubernatura 2023",
                "SN-2019-883",
                "Se revisaron 25 de 30 actas (5 de 6 mesas)",
                "10/10 grupos",
                "Victoria de Durango, Dgo., -------- de 2025",
                "Fecha: ____/____/2022",
                "los dos de la tarde",
                "un de enero",
                "el mar de 2021",
                "mayo 2 2022",
            })
    void findsNothing(String text) {
        assertThat(recognizer.find(text)).isEmpty();
    }

    @Test
    void findsSeveralDatesInTextOrder() {
        String text = "Del 04-11-2021 al 5 de noviembre, y en octubre de 2021 (2021-10-01).";
        assertThat(recognizer.find(text))
                .extracting(DateRecognizerTest::describe, FoundDate::start, FoundDate::end)
                .containsExactly(
                        tuple("2021-11-04", 4, 14),
                        tuple("--11-05", 18, 32),
                        tuple("2021-10", 39, 54),
                        tuple("2021-10-01", 56, 66));
    }

    @Test
    void listsAndRangesGiveADatePerDay() {
        assertThat(recognizer.find("del 22 al 26 de noviembre de 2021"))
                .extracting(DateRecognizerTest::describe, FoundDate::start, FoundDate::end)
                .containsExactly(tuple("2021-11-22", 4, 6), tuple("2021-11-26", 10, 33));
        assertThat(recognizer.find("entre el 4 y el 8 de octubre"))
                .extracting(DateRecognizerTest::describe)
                .containsExactly("--10-04", "--10-08");
        assertThat(recognizer.find("los días 15, 22 y 29 de mayo de 2022"))
                .extracting(DateRecognizerTest::describe)
                .containsExactly("2022-05-15", "2022-05-22", "2022-05-29");
        // The first day written as an ordinal: 1º, 1o.
        assertThat(recognizer.find("entre el 1º y el 31 de enero de 2008"))
                .extracting(DateRecognizerTest::describe)
                .containsExactly("2008-01-01", "2008-01-31");
        assertThat(recognizer.find("del 1o. al 31 de enero de 2008"))
                .extracting(DateRecognizerTest::describe)
                .containsExactly("2008-01-01", "2008-01-31");
        assertThat(recognizer.find("del 29 de octubre al 2 de noviembre de 2021"))
                .extracting(DateRecognizerTest::describe)
                .containsExactly("2021-10-29", "2021-11-02");
        // A bare comma is not a list: "numeral 2, 5 de octubre" names one date.
        assertThat(recognizer.find("numeral 2, 5 de octubre de 2021"))
                .extracting(DateRecognizerTest::describe)
                .containsExactly("2021-10-05");
        assertThat(recognizer.find("del 30 al 31 de septiembre de 2021"))
                .as("no 31 September, so no list")
                .isEmpty();
    }

    @Test
    void listsInWordsGiveADatePerDay() {
        assertThat(recognizer.find(
                        "permaneció fijado los días cuatro, cinco, seis y siete de noviembre de dos mil cinco"))
                .extracting(DateRecognizerTest::describe, FoundDate::start)
                .containsExactly(
                        tuple("2005-11-04", 27),
                        tuple("2005-11-05", 35),
                        tuple("2005-11-06", 42),
                        tuple("2005-11-07", 49));
        assertThat(recognizer.find("del veintidós al veintiséis de noviembre de dos mil veintiuno"))
                .extracting(DateRecognizerTest::describe)
                .containsExactly("2021-11-22", "2021-11-26");
        assertThat(recognizer.find("el numeral cinco, siete de noviembre de dos mil cinco"))
                .as("a bare comma is no list")
                .extracting(DateRecognizerTest::describe)
                .containsExactly("2005-11-07");
    }

    @Test
    void anImpossibleDayHidesNoSmallerDate() {
        // Not "2021-09": the text names a day, and that day does not exist.
        assertThat(recognizer.find("el 31 de septiembre de 2021 y el 1 de octubre de 2021"))
                .extracting(DateRecognizerTest::describe)
                .containsExactly("2021-10-01");
    }

    private static String describe(FoundDate date) {
        return date.needsYear() ? String.format("--%02d-%02d", date.month(), date.day()) : date.iso();
    }
}
