package org.acervo.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.acervo.document.Mention;
import org.acervo.document.MentionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Document-wide rules: the document date, years for dates written without one, order, speed. */
class DocumentRecognizerTest {

    private final DocumentRecognizer recognizer = new DocumentRecognizer();

    /** pages, expected document date, expected date values in order. */
    static Stream<Arguments> years() {
        return Stream.of(
                // The nearest full date before it, on an earlier page, gives the year.
                arguments(
                        List.of(
                                "Durango, 04-11-2021",
                                "El 5 de octubre de 2020 se envió.",
                                "El 29 de octubre se aprobó."),
                        "2021-11-04",
                        List.of("2021-11-04", "2020-10-05", "2020-10-29")),
                // Nothing before it: the document date's year, even though that date comes later.
                arguments(
                        List.of("Reunión del 29 de octubre. Durango, 4 de noviembre de 2021"),
                        "2021-11-04",
                        List.of("2021-10-29", "2021-11-04")),
                // Neither: reported with a null value rather than guessed.
                arguments(List.of("El 29 de octubre se envió el informe."), null, Arrays.asList((String) null)),
                // Month precision names a year but not a day; it neither dates the document nor lends its year.
                arguments(
                        List.of("informe de septiembre de 2021", "El 29 de octubre"),
                        null,
                        Arrays.asList("2021-09", null)),
                // 29 February does not exist in 2021: not placed either.
                arguments(
                        List.of("4 de enero de 2021. El 29 de febrero y el 28 de febrero"),
                        "2021-01-04",
                        Arrays.asList("2021-01-04", null, "2021-02-28")),
                // "Del presente año" is the document's year even after a date of another year.
                arguments(
                        List.of("Durango, 2 de marzo de 2022. El 5 de mayo de 2021 y el 15 de marzo del presente año."),
                        "2022-03-02",
                        List.of("2022-03-02", "2021-05-05", "2022-03-15")),
                // A yearless start of a range takes the year of its end.
                arguments(
                        List.of("Del 29 de diciembre al 2 de enero de 2022."),
                        "2021-12-29",
                        List.of("2021-12-29", "2022-01-02")),
                // A weekday settles the year: 26 November was a Saturday in 2005, not in 2006.
                arguments(
                        List.of(
                                "Distrito Federal, a 30 de noviembre de dos mil seis.\n\nCon fecha sábado 26 de noviembre "
                                        + "del presente año, el Consejero. El domingo 9 de julio se reanudó."),
                        "2006-11-30",
                        List.of("2006-11-30", "2005-11-26", "2006-07-09")),
                // ... and leaves the year alone when no year near agrees with it.
                arguments(
                        List.of("Toluca, 23 de marzo de 2007. El pasado jueves 4 de abril del año en curso."),
                        "2007-03-23",
                        List.of("2007-03-23", "2007-04-04")),
                // A complaint quoted in a resolución speaks of its own year.
                arguments(
                        List.of(
                                "Distrito Federal, a 23 de marzo de dos mil siete.\n\nEl escrito del 30 de junio de 2006 dice:\n\n"
                                        + "“el pasado 4 de abril del año en curso se colocó propaganda”. El 5 de marzo del presente año se resolvió."),
                        "2007-03-23",
                        List.of("2007-03-23", "2006-06-30", "2006-04-04", "2007-03-05")),
                // A day dated by the date before it.
                arguments(
                        List.of(
                                "El 27 de junio de 2006 se recibió el oficio fechado el día veintitrés del mismo mes y año."),
                        "2006-06-27",
                        List.of("2006-06-27", "2006-06-23")),
                // "Del año próximo pasado" in a quoted complaint counts from the complaint's year.
                arguments(
                        List.of(
                                "CG215/2007\n\nEscrito de fecha veinticuatro de febrero de dos mil seis, que dice:\n\n"
                                        + "“Que desde el día 14 de diciembre del año próximo pasado, el partido tuvo conocimiento”"),
                        "2006-02-24",
                        List.of("CG215/2007", "2006-02-24", "2005-12-14")),
                // ... and a day written in full before is the same event told again.
                arguments(
                        List.of(
                                "CG30/2007\n\nEl escrito recibido el treinta de septiembre de dos mil cinco. Se dijo:\n\n"
                                        + "“la documentación aportada el día treinta de septiembre del año próximo pasado no incluía las actas”"),
                        "2005-09-30",
                        List.of("CG30/2007", "2005-09-30", "2005-09-30")),
                // "Del presente año" is the year of the document's number when its text has no date of its own.
                arguments(
                        List.of(
                                "CG18/2007\n\nACUERDO\n\n3. La Junta celebró sesión el 24 de mayo de 2006.\n\n"
                                        + "4. Con fecha 29 de enero del presente año, mediante oficio CEALR/013/07, la Consejera solicitó."),
                        null,
                        List.of("CG18/2007", "2006-05-24", "2007-01-29", "CEALR/013/07")),
                // An antecedent copied from an older acuerdo: "del año en curso" after a date of that year in one
                // sentence.
                arguments(
                        List.of(
                                "CG25/2007\n\nVIII. El Consejo aprobó las Bases, aprobadas en sesión de fecha dieciséis de marzo "
                                        + "del 2005, publicado en el Diario Oficial el once de abril del año en curso."),
                        null,
                        List.of("CG25/2007", "2005-03-16", "2005-04-11")),
                // A period the law sets is in no year; "del año de 2005" is 2005.
                arguments(
                        List.of(
                                "Que con fecha 19 de diciembre del año de 2005, el Consejo aprobó. Las solicitudes se presentan "
                                        + "del 15 al 30 de marzo del año de la elección."),
                        "2005-12-19",
                        Arrays.asList("2005-12-19", null, null)),
                // A year written without "de".
                arguments(
                        List.of(
                                "El veintiuno de marzo dos mil siete, la Sala resolvió; el 22 de marzo 2007 se notificó."),
                        "2007-03-21",
                        List.of("2007-03-21", "2007-03-22")),
                // "Del año que transcurre" is the document's year.
                arguments(
                        List.of(
                                "Ciudad de México, a cinco de abril de dos mil diecisiete.\n\nEl veinticuatro de febrero "
                                        + "del año que transcurre, José presentó"),
                        "2017-04-05",
                        List.of("2017-04-05", "2017-02-24")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("years")
    void suppliesMissingYears(List<String> pages, String documentDate, List<String> dates) {
        Recognition recognition = recognizer.recognize(pages);
        assertThat(recognition.documentDate()).isEqualTo(documentDate);
        assertThat(recognition.mentions()).extracting(Mention::value).containsExactlyElementsOf(dates);
    }

    @Test
    void documentDateIsTheFirstFullDateOnPageOneHoweverFar() {
        String cover = "x".repeat(3_000) + " Durango, Dgo., 04-11-2021 y 5 de noviembre de 2021";
        assertThat(recognizer
                        .recognize(List.of(cover, "10 de noviembre de 2021"))
                        .documentDate())
                .isEqualTo("2021-11-04");
    }

    @Test
    void documentDateFallsBackToTheFirstFifteenHundredCharacters() {
        String cover = "Informe de octubre de 2021";
        assertThat(recognizer
                        .recognize(List.of(cover, "x".repeat(100) + " 5 de octubre de 2021"))
                        .documentDate())
                .isEqualTo("2021-10-05");
        assertThat(recognizer
                        .recognize(List.of(cover + " ".repeat(1_500), "5 de octubre de 2021"))
                        .documentDate())
                .isNull();
    }

    @Test
    void mentionsAreByPageThenOffsetWithPageOffsets() {
        List<String> pages = List.of(
                "Oficio IEPC/UTC/21/104 del 11 de octubre de 2021",
                "",
                "El 25 de octubre de 2021 circular INE/DEA/2/2021");
        assertThat(recognizer.recognize(pages).mentions())
                .containsExactly(
                        new Mention(MentionType.OFICIO, "IEPC/UTC/21/104", "IEPC/UTC/21/104", 1, 7, 22),
                        new Mention(MentionType.DATE, "2021-10-11", "11 de octubre de 2021", 1, 27, 48),
                        new Mention(MentionType.DATE, "2021-10-25", "25 de octubre de 2021", 3, 3, 24),
                        new Mention(MentionType.CIRCULAR, "INE/DEA/2/2021", "INE/DEA/2/2021", 3, 34, 48));
    }

    @Test
    void readsNoPagesAndNullPagesAsNothing() {
        assertThat(recognizer.recognize(List.of())).isEqualTo(new Recognition(null, List.of()));
        assertThat(recognizer.recognize(Arrays.asList(null, "04-11-2021")).mentions())
                .extracting(Mention::page, Mention::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "2021-11-04"));
        assertThatNullPointerException().isThrownBy(() -> recognizer.recognize(null));
    }

    @Test
    void oneRecognizerServesManyThreads() throws Exception {
        List<String> pages = List.of(
                "Durango, 04-11-2021",
                "El 29 de octubre, oficio INE / UNICOM / 4547 / 2021 y Acuerdo IEPC/CG139/2021.");
        Recognition expected = recognizer.recognize(pages);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Recognition>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> recognizer.recognize(pages)));
            }
            for (Future<Recognition> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected.mentions()).hasSize(4);
    }

    /** Each unit, repeated to a megabyte, probes a place where a careless pattern would backtrack. */
    @ParameterizedTest(name = "[{index}] \"{0}\" x 1 MB")
    @ValueSource(
            strings = {
                "INE / ",
                "A/",
                "AB/CD/",
                "1/",
                "12-",
                "1.",
                "IEPC/UTC/21/104/",
                "IEPC/UTC/21/104 04/11/2021 ",
                "de octubre de ",
                "1 de ",
                "primero de 2021 ",
                "ACUERDO ",
                "El presente Acuerdo fue aprobado en sesión celebrada el ",
                "Así lo aprobaron el 5 de mayo de 2021 y ",
                "Durango, Dgo., a 5 de mayo de 2021\n",
                "\nDurango, Dgo., a 5 de mayo de ",
                "aprob",
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                "9",
                " ",
            })
    void aMegabyteOfPathologicalTextTakesWellUnderFiveSeconds(String unit) {
        String page = unit.repeat(1_000_000 / unit.length() + 1);
        Recognition recognition =
                assertTimeoutPreemptively(Duration.ofSeconds(5), () -> recognizer.recognize(List.of(page)));
        assertThat(recognition.mentions())
                .allSatisfy(m -> assertThat(m.raw()).isEqualTo(page.substring(m.start(), m.end())));
    }
}
