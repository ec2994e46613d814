package org.acervo.samples;

import static org.acervo.samples.Sample.Format.BROKEN;
import static org.acervo.samples.Sample.Format.DOCX;
import static org.acervo.samples.Sample.Format.PNG;
import static org.acervo.samples.Sample.Format.SCANNED_PDF;
import static org.acervo.samples.Sample.Format.TEXT_PDF;
import static org.acervo.samples.Sample.Format.TIFF;

import java.util.List;

/**
 * Every file of the sample corpus with its declared date and identifiers: the single source the
 * generator writes files and the README table from, and the tests check the texts against.
 */
final class SampleCatalog {

    /** The seed report: its text is the one copy of the real report the project holds. */
    static final String SEED_TEXT = "informe-prep-octubre-2021.txt";

    private static final List<Sample.DeclaredId> SEED_IDS = List.of(
            oficio("IEPC/UTC/21/104"),
            oficio("INE/UNICOM/4547/2021"),
            oficio("IEPC/UTC/21/105"),
            oficio("IEPC/UTC/21/106"),
            oficio("INE/UNICOM/4745/2021"),
            oficio("INE/UNICOM/4759/2021"),
            oficio("IEPC/SE/2119/2021"),
            oficio("INE/UNICOM/4756/2021"),
            acuerdo("IEPC/CG139/2021"));

    static final List<Sample> SAMPLES = List.of(
            new Sample("seed/informe-prep-octubre-2021.pdf", TEXT_PDF, "2021-11-04", SEED_TEXT, SEED_IDS),
            new Sample("seed/informe-prep-octubre-2021-escaneado.pdf", SCANNED_PDF, "2021-11-04", SEED_TEXT, SEED_IDS),
            new Sample("seed/informe-prep-octubre-2021.docx", DOCX, "2021-11-04", SEED_TEXT, SEED_IDS),
            new Sample(
                    "2021/oficio-iepc-utc-21-098.pdf",
                    TEXT_PDF,
                    "2021-09-24",
                    "oficio-iepc-utc-21-098.txt",
                    List.of(oficio("IEPC/UTC/21/098"), circular("INE/UTVOPL/0045/2021"), acuerdo("IEPC/CG118/2021"))),
            new Sample(
                    "2021/oficio-ine-unicom-4547-2021.png",
                    PNG,
                    "2021-10-01",
                    "oficio-ine-unicom-4547-2021.txt",
                    List.of(oficio("INE/UNICOM/4547/2021"), oficio("IEPC/UTC/21/098"))),
            new Sample(
                    "2021/informe-prep-septiembre-2021.pdf",
                    TEXT_PDF,
                    "2021-10-04",
                    "informe-prep-septiembre-2021.txt",
                    List.of(
                            oficio("INE/UNICOM/4210/2021"), acuerdo("IEPC/CG118/2021"),
                            circular("INE/UTVOPL/0045/2021"), oficio("IEPC/UTC/21/098"))),
            new Sample(
                    "2021/oficio-iepc-utc-21-104.docx",
                    DOCX,
                    "2021-10-11",
                    "oficio-iepc-utc-21-104.txt",
                    List.of(oficio("IEPC/UTC/21/104"), oficio("INE/UNICOM/4547/2021"))),
            new Sample(
                    "2021/acta-sesion-ordinaria-1-comision-prep.pdf",
                    SCANNED_PDF,
                    "2021-10-21",
                    "acta-sesion-ordinaria-1-comision-prep.txt",
                    List.of(oficio("INE/UNICOM/4547/2021"), oficio("IEPC/UTC/21/104"), acuerdo("IEPC/CG118/2021"))),
            new Sample(
                    "2021/oficio-iepc-se-2119-2021.docx",
                    DOCX,
                    "2021-10-27",
                    "oficio-iepc-se-2119-2021.txt",
                    List.of(oficio("IEPC/SE/2119/2021"), oficio("INE/UNICOM/4756/2021"), acuerdo("IEPC/CG139/2021"))),
            new Sample(
                    "2021/acuerdo-iepc-cg139-2021.pdf",
                    TEXT_PDF,
                    "2021-10-27",
                    "acuerdo-iepc-cg139-2021.txt",
                    List.of(
                            acuerdo("IEPC/CG139/2021"),
                            acuerdo("INE/CG661/2016"),
                            acuerdo("IEPC/CG118/2021"),
                            oficio("INE/UNICOM/4547/2021"),
                            oficio("INE/UNICOM/4756/2021"),
                            oficio("IEPC/SE/2119/2021"))),
            new Sample(
                    "2021/informe-prep-noviembre-2021.pdf",
                    TEXT_PDF,
                    "2021-12-03",
                    "informe-prep-noviembre-2021.txt",
                    List.of(
                            acuerdo("IEPC/CG139/2021"),
                            oficio("INE/UNICOM/5120/2021"),
                            oficio("IEPC/UTC/21/112"),
                            acuerdo("IEPC/CG152/2021"),
                            oficio("IEPC/UTC/21/115"))),
            new Sample(
                    "2021/oficio-iepc-utc-21-118.tiff",
                    TIFF,
                    "2021-12-09",
                    "oficio-iepc-utc-21-118.txt",
                    List.of(oficio("IEPC/UTC/21/118"), oficio("INE/UNICOM/5120/2021"), acuerdo("IEPC/CG152/2021"))),
            new Sample(
                    "2022/informe-prep-diciembre-2021.pdf",
                    TEXT_PDF,
                    "2022-01-05",
                    "informe-prep-diciembre-2021.txt",
                    List.of(
                            oficio("IEPC/UTC/21/118"),
                            oficio("INE/UNICOM/5120/2021"),
                            oficio("INE/UNICOM/5388/2021"),
                            oficio("IEPC/UTC/21/124"),
                            acuerdo("IEPC/CG152/2021"))),
            new Sample(
                    "2022/informe-prep-enero-2022.docx",
                    DOCX,
                    "2022-02-04",
                    "informe-prep-enero-2022.txt",
                    List.of(
                            oficio("INE/UNICOM/0233/2022"),
                            oficio("INE/UNICOM/5388/2021"),
                            acuerdo("IEPC/CG12/2022"),
                            oficio("IEPC/UTC/22/012"))),
            new Sample(
                    "2022/informe-prep-febrero-2022.pdf",
                    TEXT_PDF,
                    "2022-03-04",
                    "informe-prep-febrero-2022.txt",
                    List.of(
                            acuerdo("IEPC/CG27/2022"),
                            oficio("IEPC/UTC/22/021"),
                            oficio("INE/UNICOM/0611/2022"),
                            acuerdo("IEPC/CTPREP/02/2022"),
                            acuerdo("IEPC/CG12/2022"))),
            new Sample(
                    "2022/informe-prep-marzo-2022.pdf",
                    TEXT_PDF,
                    "2022-04-04",
                    "informe-prep-marzo-2022.txt",
                    List.of(
                            acuerdo("IEPC/JGE/07/2022"),
                            oficio("IEPC/UTC/22/034"),
                            oficio("INE/UNICOM/0611/2022"),
                            acuerdo("IEPC/CTPREP/02/2022"),
                            oficio("IEPC/UTC/22/038"),
                            acuerdo("IEPC/CG27/2022"))),
            new Sample(
                    "2022/informe-prep-abril-2022.pdf",
                    TEXT_PDF,
                    "2022-05-04",
                    "informe-prep-abril-2022.txt",
                    List.of(
                            oficio("INE/UNICOM/1045/2022"),
                            oficio("IEPC/UTC/22/038"),
                            oficio("IEPC/UTC/22/047"),
                            acuerdo("IEPC/CG61/2022"),
                            acuerdo("IEPC/JGE/07/2022"))),
            new Sample(
                    "2022/informe-prep-mayo-2022.pdf",
                    TEXT_PDF,
                    "2022-05-31",
                    "informe-prep-mayo-2022.txt",
                    List.of(
                            oficio("IEPC/UTC/22/059"),
                            acuerdo("IEPC/CG61/2022"),
                            acuerdo("IEPC/CTPREP/02/2022"),
                            acuerdo("IEPC/CG27/2022"))),
            new Sample("broken/vacio.pdf", BROKEN, "", null, List.of()),
            new Sample("broken/truncado.pdf", BROKEN, "", null, List.of()),
            new Sample("broken/protegido.pdf", BROKEN, "", null, List.of()),
            new Sample("broken/no-es-pdf.pdf", BROKEN, "", null, List.of()));

    private SampleCatalog() {}

    private static Sample.DeclaredId oficio(String id) {
        return new Sample.DeclaredId(id, "oficio");
    }

    private static Sample.DeclaredId acuerdo(String id) {
        return new Sample.DeclaredId(id, "acuerdo");
    }

    private static Sample.DeclaredId circular(String id) {
        return new Sample.DeclaredId(id, "circular");
    }
}
