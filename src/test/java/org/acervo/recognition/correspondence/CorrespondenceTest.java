package org.acervo.recognition.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.acervo.document.Event;
import org.acervo.document.Mention;
import org.acervo.document.Relation;
import org.acervo.recognition.DocumentRecognizer;
import org.acervo.recognition.Recognition;
import org.junit.jupiter.api.Test;

/** Relations (answers, cites) and dated events read from sentences. */
class CorrespondenceTest {

    private final DocumentRecognizer recognizer = new DocumentRecognizer();

    private Recognition recognize(String... pages) {
        return recognizer.recognize(List.of(pages));
    }

    @Test
    void anOficioThatAnswersAnother() {
        Recognition r = recognize("El 27 de octubre de 2021 se envía a UNICOM del INE, oficio IEPC/SE/2119/2021, "
                + "por el que se da respuesta a oficio INE/UNICOM/4756/2021 sobre temas del PREP.");
        assertThat(r.relations())
                .containsExactly(new Relation("IEPC/SE/2119/2021", "INE/UNICOM/4756/2021", Relation.ANSWERS, 1));
        assertThat(r.events()).containsExactly(new Event("2021-10-27", "envía", List.of("IEPC/SE/2119/2021"), 1));
    }

    @Test
    void remittingAndComplyingAreCitations() {
        Recognition r =
                recognize("Mediante oficio IEPC/SE/0190/2022 se remite a la UTVOPL el oficio INE/UNICOM/0450/2022. "
                        + "El Acuerdo IEPC/CG27/2022 se emite en cumplimiento del Acuerdo INE/CG1601/2021.");
        assertThat(r.relations())
                .containsExactly(
                        new Relation("IEPC/SE/0190/2022", "INE/UNICOM/0450/2022", Relation.CITES, 1),
                        new Relation("IEPC/CG27/2022", "INE/CG1601/2021", Relation.CITES, 1));
        assertThat(r.events()).as("no date in either sentence").isEmpty();
    }

    @Test
    void theSubjectIsTheSentencesFirstNumberEvenAfterAnotherRelation() {
        Recognition r = recognize(
                "El 14 de marzo de 2022 se envía el oficio IEPC/UTC/22/034, en atención al oficio "
                        + "INE/UNICOM/0611/2022, por el que se remite el calendario aprobado mediante el Acuerdo IEPC/CTPREP/02/2022.");
        assertThat(r.relations())
                .containsExactly(
                        new Relation("IEPC/UTC/22/034", "INE/UNICOM/0611/2022", Relation.ANSWERS, 1),
                        new Relation("IEPC/UTC/22/034", "IEPC/CTPREP/02/2022", Relation.CITES, 1));
        assertThat(r.events()).containsExactly(new Event("2022-03-14", "envía", List.of("IEPC/UTC/22/034"), 1));
    }

    @Test
    void severalSubjectsAndObjectsArePairedOnlyWhenTheTextSaysRespectively() {
        String sentence =
                "El 25 de octubre de 2021 se envían los oficios IEPC/UTC/21/105 y IEPC/UTC/21/106 por el que se "
                        + "remiten constancias de los oficios INE/UNICOM/4745/2021 y INE/UNICOM/4759/2021";
        assertThat(recognize(sentence + ".").relations()).isEmpty();
        assertThat(recognize(sentence + ", respectivamente.").relations())
                .containsExactly(
                        new Relation("IEPC/UTC/21/105", "INE/UNICOM/4745/2021", Relation.CITES, 1),
                        new Relation("IEPC/UTC/21/106", "INE/UNICOM/4759/2021", Relation.CITES, 1));
    }

    @Test
    void noSubjectNoRelation() {
        assertThat(recognize("En atención al oficio INE/UNICOM/4547/2021, le remito el oficio IEPC/UTC/21/104.")
                        .relations())
                .isEmpty();
    }

    @Test
    void theDocumentsOwnNumberSpeaksWhereTheSentenceNamesNoSubject() {
        Recognition r = recognize("OFICIO: OPDM/DG/CCTI/0296/2025.\nASUNTO: PRÉSTAMO\n\n"
                + "Por medio de la presente reciba un cordial saludo y al mismo tiempo en atención al oficio "
                + "OPDM/ST/CAPHS/085/2025, referente a la solicitud de préstamo.");
        assertThat(r.relations())
                .containsExactly(new Relation("OPDM/DG/CGTI/0296/2025", "OPDM/ST/CAPHS/085/2025", Relation.ANSWERS, 1));
    }

    @Test
    void aDatedAntecedentIsNotTheDocumentSpeaking() {
        Recognition r =
                recognize("INE/JGE34/2017\n\nACUERDO DE LA JUNTA\n\n12. Plan de Trabajo. El 25 de abril de 2016, "
                        + "esta Junta, en cumplimiento del Acuerdo INE/JGE104/2016, aprobó el Plan. III. En cumplimiento al acuerdo "
                        + "referido en el resultando anterior, con fecha doce de junio de dos mil seis se giraron los oficios "
                        + "SJGE/734/2006 y SJGE/735/2006.");
        assertThat(r.documentNumber()).isEqualTo("INE/JGE34/2017");
        assertThat(r.relations()).isEmpty();
    }

    @Test
    void everydayOficioPhrasesRelateTheOficioToTheOneItAnswersOrFollows() {
        String head = "OFICIO No. IEPC/SE/0457/2023\nASUNTO: Respuesta.\n\n";
        assertThat(recognize(head + "Por este medio acuso recibo de su oficio INE/JLE/DGO/VE/0312/2023, y le informo.")
                        .relations())
                .containsExactly(new Relation("IEPC/SE/0457/2023", "INE/JLE/DGO/VE/0312/2023", Relation.ANSWERS, 1));
        assertThat(recognize(head + "En alcance al oficio IEPC/SE/0401/2023, remito a usted el anexo.")
                        .relations())
                .containsExactly(new Relation("IEPC/SE/0457/2023", "IEPC/SE/0401/2023", Relation.CITES, 1));
        assertThat(recognize(head + "Hago referencia a su oficio INE/UTVOPL/0045/2023, relativo al PREP.")
                        .relations())
                .containsExactly(new Relation("IEPC/SE/0457/2023", "INE/UTVOPL/0045/2023", Relation.CITES, 1));
        assertThat(recognize("INE/CG60/2017\n\nACUERDO ... POR EL QUE SE DEJA SIN EFECTOS EL ACUERDO INE/CG59/2016")
                        .relations())
                .containsExactly(new Relation("INE/CG60/2017", "INE/CG59/2016", Relation.CITES, 1));
    }

    @Test
    void theMeansNamedByMedianteIsNotWhatIsCompliedWith() {
        Recognition r = recognize(
                "CG221/2006\n\nRESOLUCIÓN\n\nIII. En cumplimiento al acuerdo señalado en el resultando anterior, "
                        + "mediante el oficio SJGE/72/2006, notificado a la Coalición, se le emplazó.");
        assertThat(r.documentNumber()).isEqualTo("CG221/2006");
        assertThat(r.relations()).isEmpty();
    }

    @Test
    void aQuotedComplaintDoesNotSpeakForTheDocument() {
        Recognition r = recognize(
                "CONSEJO GENERAL\nEXP. JGE/QJEGT/JD13/PUE/621/2006\n\nCG28/2007\n\nRESOLUCIÓN. El escrito expresa:\n\n"
                        + "“Por medio del presente y en atención a su oficio número JD13/VE/1589/2005, donde solicitan información”");
        assertThat(r.documentNumber()).isEqualTo("CG28/2007");
        assertThat(r.relations()).isEmpty();
    }

    @Test
    void aDoubleSpacedParagraphAndATitledSalaAreOneSentence() {
        Recognition r = recognize(
                "En la \n\nfecha antes indicada, se recibió en la Oficialía de \n\nPartes de la Sala Superior, el oficio "
                        + "SG-SGA-OA-150/2017, suscrito por el \n\nActuario de la Sala Regional Guadalajara, mediante el cual, \n\n"
                        + "en cumplimiento al acuerdo plenario antes enunciado, \n\nremite las constancias del expediente SG-JRC-8/2017; y la",
                "24. El 20 de julio de 2017, el Consejo General, mediante el\nacuerdo  INE/CG325/2017,  en  acatamiento  a  la  sentencia  "
                        + "emitida  por  la  H.  Sala\nSuperior del Tribunal Electoral del Poder Judicial de la Federación, recaída dentro del\n"
                        + "expediente SUP-RAP677/2015, aprobó la modificación");
        assertThat(r.relations())
                .containsExactly(
                        new Relation("SG-SGA-OA-150/2017", "SG-JRC-8/2017", Relation.CITES, 1),
                        new Relation("INE/CG325/2017", "SUP-RAP677/2015", Relation.CITES, 2));
    }

    @Test
    void aRulingThatRevokesAnAcuerdoCitesIt() {
        Recognition r = recognize(
                "19. El 22 de febrero de 2017, el Tribunal Electoral, mediante la sentencia contenida en el expediente "
                        + "SUP-JDC-1959/2016, revocó el acuerdo INE/CG691/2016 mediante el cual se aprobó la demarcación.");
        assertThat(r.relations())
                .containsExactly(new Relation("SUP-JDC-1959/2016", "INE/CG691/2016", Relation.CITES, 1));
    }

    @Test
    void aQuotedResolutivePointIsTheRulingsNotTheQuotingDocuments() {
        String head =
                "CG82/2007\n\nACUERDO DEL CONSEJO GENERAL\n\nIX. El veintidós de marzo de dos mil siete, la Sala Superior resolvió "
                        + "el recurso identificado con el número de expediente SUP-RAP-085/2006, en el cual determinó:\n\n";
        assertThat(recognize(
                                head
                                        + "ÚNICO. En lo que es materia del recurso, se revoca la resolución CG165/2006 de veinte de septiembre.")
                        .relations())
                .containsExactly(new Relation("SUP-RAP-085/2006", "CG165/2006", Relation.CITES, 1));
        String unnamed =
                "CG69/2007\n\nACUERDO\n\nVII. La Sala Superior resolvió el recurso referido, expresando en el punto resolutivo "
                        + "lo que a continuación se transcribe:\n\n";
        assertThat(recognize(unnamed
                                + "“ÚNICO. Se revoca el Acuerdo CG165/2006, emitido por el Consejo General, en la parte que fue "
                                + "objeto del recurso de apelación SUP-RAP-79/2006, para el efecto precisado.”")
                        .relations())
                .as("the point names its case after what it revokes")
                .containsExactly(new Relation("SUP-RAP-79/2006", "CG165/2006", Relation.CITES, 1));
        assertThat(recognize(unnamed
                                + "ÚNICO. Se modifica la resolución CG97/2006 emitida por el Consejo General, para los efectos "
                                + "precisados en la presente ejecutoria.")
                        .relations())
                .as("a ruling that names no case of its own is still not the document modifying")
                .isEmpty();
        assertThat(recognize(
                                "CG198/2006\n\nEl Consejo General emite el siguiente:\n\nPRIMERO. Se modifica el Acuerdo CG60/2005.")
                        .relations())
                .as("the document's own points, introduced without a ruling")
                .containsExactly(new Relation("CG198/2006", "CG60/2005", Relation.CITES, 1));
    }

    @Test
    void anAcuerdoThatAbidesByARulingDescribedAtLengthCitesIt() {
        Recognition r = recognize(
                "CG226/2007\n\nAcuerdo del Consejo General por el que se acata la resolución emitida por la H. Sala "
                        + "Superior del Tribunal Electoral del Poder Judicial de la Federación identificada con el número de expediente "
                        + "SUP-RAP-06/2007, referente al Acuerdo.");
        assertThat(r.relations()).containsExactly(new Relation("CG226/2007", "SUP-RAP-06/2007", Relation.CITES, 1));
        Recognition title = recognize(
                "CG82/2007\n\nACUERDO ... EN ACATAMIENTO A LA SENTENCIA DE LA SALA SUPERIOR DEL TRIBUNAL ELECTORAL "
                        + "DEL PODER JUDICIAL DE LA FEDERACIÓN, RECAÍDA AL RECURSO DE APELACIÓN INTERPUESTO POR LA “AGRUPACIÓN LIBRE DE "
                        + "PROMOCIÓN A LA JUSTICIA SOCIAL” AGRUPACIÓN POLÍTICA NACIONAL, EN CONTRA DE DICHA RESOLUCIÓN, IDENTIFICADA CON EL "
                        + "NÚMERO DE EXPEDIENTE SUP-RAP-085/2006.");
        assertThat(title.relations()).containsExactly(new Relation("CG82/2007", "SUP-RAP-085/2006", Relation.CITES, 1));
        Recognition bound = recognize(
                "CG229/2007\n\nACUERDO\n\n2. Que este Consejo General, conforme al artículo 5 de la Ley, está "
                        + "obligado a acatar las resoluciones del Tribunal Electoral del Poder Judicial de la Federación, en este caso el recurso "
                        + "de apelación identificado como SUP-RAP- 30/2007.");
        assertThat(bound.relations()).containsExactly(new Relation("CG229/2007", "SUP-RAP-30/2007", Relation.CITES, 1));
        Recognition ordered = recognize(
                "CG198/2006\n\nACUERDO\n\nEl anteproyecto fue elaborado como lo ordena el COFIPE y el Acuerdo "
                        + "CG60/2005 del Consejo General, por la Secretaría Ejecutiva.");
        assertThat(ordered.relations()).containsExactly(new Relation("CG198/2006", "CG60/2005", Relation.CITES, 1));
    }

    @Test
    void relationWordsOnAPronounGovernNoNumber() {
        Recognition r =
                recognize("CG82/2007\n\nACUERDO\n\nDerivado de lo anterior, la Comisión de Fiscalización le formuló "
                        + "requerimiento mediante oficio STCFRPAP/1492/06, a fin de que presentara aclaraciones.");
        assertThat(r.relations()).isEmpty();
        Recognition closed =
                recognize("CG11/2007\n\nRESOLUCIÓN\n\nEn respuesta, la SECODAM mediante oficio 200/237/2002 remitió "
                        + "copia certificada de la auditoría 019/02.");
        assertThat(closed.relations()).isEmpty();
    }

    @Test
    void aNumberInAClauseOfItsOwnIsNotWhatTheWordsGovern() {
        Recognition r = recognize(
                "CG49/2007\n\nRESOLUCIÓN\n\nV. En cumplimiento a lo ordenado en el acuerdo detallado en el resultando "
                        + "inmediato anterior, se giró el oficio número SJGE/1135/2006, suscrito por el Secretario.");
        assertThat(r.relations()).isEmpty();
    }

    @Test
    void aRelativeClauseAfterADescriptionActsForTheNumberItDescribes() {
        Recognition r = recognize(
                "CG11/2007\n\nRESOLUCIÓN\n\nVIII. El veintinueve de julio de dos mil dos, mediante oficio PCFRPAP/157/02, "
                        + "la Presidencia de la Comisión remitió a su Secretaría Técnica el oficio 200/119/2002, suscrito por la Subsecretaría de "
                        + "Atención Ciudadana, mediante el cual dio respuesta al oficio PCG/192/02.");
        assertThat(r.relations())
                .contains(new Relation("200/119/2002", "PCG/192/02", Relation.ANSWERS, 1))
                .doesNotContain(new Relation("PCFRPAP/157/02", "PCG/192/02", Relation.ANSWERS, 1));
    }

    @Test
    void aRelativeClauseActsForTheNumberItFollows() {
        Recognition comma = recognize(
                "CG227/2007\n\nACUERDO DEL CONSEJO GENERAL POR EL QUE SE MODIFICA EL ACUERDO CG82/2007, QUE A SU VEZ, "
                        + "MODIFICÓ LA RESOLUCIÓN CG165/2006, DICTADA EN LA SESIÓN EXTRAORDINARIA.");
        assertThat(comma.relations())
                .containsExactly(
                        new Relation("CG227/2007", "CG82/2007", Relation.CITES, 1),
                        new Relation("CG82/2007", "CG165/2006", Relation.CITES, 1));
        Recognition r = recognize(
                "CG229/2007\n\nACUERDO DEL CONSEJO GENERAL POR EL QUE SE MODIFICA LA RESOLUCIÓN CG73/2007, QUE A SU VEZ "
                        + "MODIFICÓ LA RESOLUCIÓN CG97/2006, RESPECTO DE LAS IRREGULARIDADES.");
        assertThat(r.relations())
                .containsExactly(
                        new Relation("CG229/2007", "CG73/2007", Relation.CITES, 1),
                        new Relation("CG73/2007", "CG97/2006", Relation.CITES, 1));
    }

    @Test
    void aQuotationLeftOpenDoesNotQuoteTheRestOfThePage() {
        String quoted =
                "CG82/2007\n\nACUERDO\n\nXII. La Sala Superior concluyó:\n\n“… la autoridad debe considerar la gravedad.\n\n"
                        + "Las indicadas circunstancias, sobre la intención de obviarla…\n\n";
        String later =
                "Ahora bien en acatamiento a la sentencia emitida en el recurso de apelación identificado con el número de "
                        + "expediente SUP-RAP-85/2006, este órgano procede a la individualización de la sanción.";
        String filler = "x".repeat(6500) + " la agrupación “Agrupación Libre” se califica como leve.\n\n";
        assertThat(recognize(quoted + filler + later).relations())
                .as("a quoted name inside does not keep the quotation open")
                .containsExactly(new Relation("CG82/2007", "SUP-RAP-85/2006", Relation.CITES, 1));
        assertThat(recognize(quoted + later).relations())
                .as("right after the open quotation, still the Sala's words")
                .isEmpty();
    }

    @Test
    void aVoteRecordsRowCitesTheRulingItComplies() {
        Recognition r = recognize("No.\nCG Asunto\n679/2012 Resolución del Consejo General respecto del procedimiento "
                + "identificado con el número de expediente SCG/PE/PRD/CG/059/PEF/136/2012, en cumplimiento a lo ordenado "
                + "en la sentencia SUP-RAP-184/2012.");
        assertThat(r.relations()).containsExactly(new Relation("679/2012", "SUP-RAP-184/2012", Relation.CITES, 1));
    }

    @Test
    void aSentenceEndsAtAStopBeforeACapitalisedWordButNotAtOficioNo() {
        Recognition r = recognize("El 8 de abril de 2022 se recibe el oficio No. INE/UNICOM/1045/2022. "
                + "Se aprobó el Acuerdo IEPC/CG61/2022.");
        assertThat(r.events()).containsExactly(new Event("2022-04-08", "recibe", List.of("INE/UNICOM/1045/2022"), 1));
    }

    @Test
    void eventsUseThePlacedDateAndSkipUnplacedOnes() {
        Recognition r = recognize("El 29 de octubre se notificó el Acuerdo IEPC/CG139/2021.");
        assertThat(r.mentions()).extracting(Mention::value).containsExactly(null, "IEPC/CG139/2021");
        assertThat(r.events()).isEmpty();
        Recognition placed =
                recognize("Durango, 3 de noviembre de 2021. El 29 de octubre se notificó el Acuerdo IEPC/CG139/2021.");
        assertThat(placed.events()).containsExactly(new Event("2021-10-29", "notificó", List.of("IEPC/CG139/2021"), 1));
    }

    @Test
    void theSeedReportsChainsOfCorrespondence() {
        String seed = new String(readSeed(), java.nio.charset.StandardCharsets.UTF_8);
        Recognition r = recognize(seed);
        assertThat(r.relations())
                .containsExactly(
                        new Relation("IEPC/UTC/21/104", "INE/UNICOM/4547/2021", Relation.CITES, 1),
                        new Relation("IEPC/SE/2119/2021", "INE/UNICOM/4756/2021", Relation.ANSWERS, 1));
        assertThat(r.events())
                .extracting(Event::date, Event::action, Event::ids)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("2021-10-11", "envía", List.of("IEPC/UTC/21/104")),
                        org.assertj.core.groups.Tuple.tuple("2021-10-27", "envía", List.of("IEPC/SE/2119/2021")),
                        org.assertj.core.groups.Tuple.tuple("2021-10-29", "envía", List.of("IEPC/CG139/2021")));
    }

    private static byte[] readSeed() {
        try (var in = CorrespondenceTest.class.getResourceAsStream("/org/acervo/recognition/seed-report.txt")) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
