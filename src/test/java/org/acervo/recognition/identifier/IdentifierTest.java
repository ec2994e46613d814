package org.acervo.recognition.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Well-formed, malformed and nonsense input for {@link Identifier} and {@link Identifiers}. */
class IdentifierTest {

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(
            delimiter = '|',
            ignoreLeadingAndTrailingWhitespace = false,
            value = {
                "INE/UNICOM/4547/2021|INE/UNICOM/4547/2021",
                "INE / UNICOM / 4547 / 2021|INE/UNICOM/4547/2021",
                "  ine / unicom / 4547 / 2021  |INE/UNICOM/4547/2021",
                "iepc/cg139/2021|IEPC/CG139/2021",
                "IEPC/UTC/21/104|IEPC/UTC/21/104",
                "IEPC/SE/BE/184/2025|IEPC/SE/BE/184/2025",
                "INE/JLE/DGO/VS/0345/2022|INE/JLE/DGO/VS/0345/2022",
                "INE/DECEyEC/0123/2020|INE/DECEYEC/0123/2020",
                "ieem/acu-cg-001/2025|IEEM/ACU-CG-001/2025",
                "IEPC/CG/2025/01|IEPC/CG/2025/01",
                "IEPC/SE/O311/2022|IEPC/SE/0311/2022",
                "IEPC/UTC/22/O2l|IEPC/UTC/22/021",
                "lNE/UNlCOM/0611/2022|INE/UNICOM/0611/2022",
                "IEPC/CG 23/2022|IEPC/CG23/2022",
                "INE/ CG1601 /2021|INE/CG1601/2021",
                "INE/CG/195/2015|INE/CG/195/2015",
                "1EPC/UTC/21/104|IEPC/UTC/21/104",
                "1EEG/CG/031/2021|IEEG/CG/031/2021",
                "JEEPCO/CG/22/2022|IEEPCO/CG/22/2022",
                "INE/JGE72!2016|INE/JGE72/2016",
                "INE/DERFE/0231/20'17|INE/DERFE/0231/2017",
                "INE/CG3 12/2016|INE/CG312/2016",
                "OPDM/DG/CCTI/0296/2025|OPDM/DG/CGTI/0296/2025",
                "TEPC/SE/0457/2023|IEPC/SE/0457/2023",
                "tEPC/CG12/2022|IEPC/CG12/2022",
                "INE/UTVOPL/02 33/2022|INE/UTVOPL/0233/2022",
                "INE/UTVOPL/02 3 3/2022|INE/UTVOPL/0233/2022",
                "IEPC/SE/21 19/2021|IEPC/SE/2119/2021",
                "1TEPC/SE/0457/2023|IEPC/SE/0457/2023",
                "1IEPC/SE/0457/2023|IEPC/SE/0457/2023",
                "¡EPC/CG23/2023|IEPC/CG23/2023",
                "IEPO/CO23/2023|IEPC/CG23/2023",
                "INE/OG1601/2022|INE/CG1601/2022",
                "IEPC/UTO/23/041|IEPC/UTC/23/041",
                "TEEDJE-012/2023|TEED-JE-012/2023",
                "SUPRAP-123/2021|SUP-RAP-123/2021",
                "SC/SGA/12/2021|SC/SGA/12/2021",
                "IEPC/UTE/23/041|IEPC/UTE/23/041",
                "INE/CRFE-05SE:12/07/2016|INE/CRFE-05SE:12/07/2016",
                "INE/CRFE-05SE: 12/07/2016|INE/CRFE-05SE:12/07/2016",
                "CG112/2010|CG112/2010",
                "cg 112/2010|CG112/2010",
                "JGE57/2008|JGE57/2008",
                "DJ-1092/2006|DJ-1092/2006",
                "DJ/2890/06|DJ/2890/06",
                "P-CFRPAP 28/04|P-CFRPAP28/04",
                "12JDE/VE/150/06|12JDE/VE/150/06",
                "JD13/VE/VS/1688/06|JD13/VE/VS/1688/06",
                "SCG/PE/JFPM/JL/OAX/098/PEF/14/2011|SCG/PE/JFPM/JL/OAX/098/PEF/14/2011",
                "SUP-RAP677/2015|SUP-RAP677/2015",
                "SUP-RAP-020/98|SUP-RAP-020/98",
                "IEPC/CG/01/2025|IEPC/CG/01/2025",
                "IEPC/JLE/DGO/0345/2O22|IEPC/JLE/DGO/0345/2022",
                "SUP-RAP-123/2021|SUP-RAP-123/2021",
                "sup-jdc-101/2017|SUP-JDC-101/2017",
                "TEED-JE-012 / 2021|TEED-JE-012/2021",
                "IECM/ACU-CG-001/2021|IECM/ACU-CG-001/2021",
            })
    void wellFormed(String text, String canonical) {
        assertThat(Identifier.parse(text).value()).isEqualTo(canonical);
        assertThat(Identifier.parse(text)).hasToString(canonical);
        assertThat(Identifiers.canonical(text)).contains(canonical);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "   ",
                "IEPC/SE/XXX/2025",
                "IEPC/SE/----/2025",
                "IE PC/SE/2119/2021",
                "IEPC/SE/21 y 19/2021",
                "oficio IEPC/SE/2119/2021",
                "IEPC/SE/2119/2021 sobre",
                "IEPC/SE/2119/2021.",
                "IEPC/UTC/21/104 IEPC/UTC/21/105",
                "04/11/2021",
                "3/4",
                "y/o",
                "IEPC/2021",
                "IEPC/UTC/104",
                "IEPC/UTC/1/3/2021",
                "https://ine.mx/2021/11/x",
                "123ABC/UTC/21/104",
                "tXYZ/SE/12/2021",
                "[ABCD/SE/2119/2021",
                "CG112/210",
                "DJ/2021/05",
                "ABC 12/2006",
                "IEPC/UTC/21/104/5",
                "IEPC/UTC 104/2021",
                "SN-2019-883",
                "SUP-RAP-123",
                "IEPC/SE/OOO/2025",
            })
    void malformed(String text) {
        assertThat(Identifiers.canonical(text)).isEmpty();
        assertThat(Identifier.tryParse(text)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> Identifier.parse(text));
    }

    @Test
    void constructorTakesOnlyTheCanonicalForm() {
        assertThat(new Identifier("INE/UNICOM/4547/2021").value()).isEqualTo("INE/UNICOM/4547/2021");
        assertThatIllegalArgumentException().isThrownBy(() -> new Identifier("INE / UNICOM / 4547 / 2021"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Identifier("ine/unicom/4547/2021"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Identifier("IEPC/SE/XXX/2025"));
    }

    @Test
    void namesItsIssuerAndParts() {
        Identifier id = Identifier.parse("INE / JLE / DGO / VS / 0345 / 2022");
        assertThat(id.issuer()).contains("INE");
        assertThat(Identifier.parse("CG112/2010").issuer()).isEmpty();
        assertThat(Identifier.parse("DJ/2890/06").issuer()).isEmpty();
        assertThat(Identifier.parse("SUP-RAP-123/2021").issuer()).isEmpty();
        // The body facet lists issuing bodies only: not a court's case, not a bare vote-record number.
        assertThat(Identifiers.issuer("IEPC/CG139/2021")).contains("IEPC");
        assertThat(Identifiers.issuer("SUP-RAP-677/2015")).isEmpty();
        assertThat(Identifiers.issuer("203/2009")).isEmpty();
        assertThat(Identifiers.issuer("CG112/2010")).isEmpty();
        assertThat(id.parts()).containsExactly("INE", "JLE", "DGO", "VS", "0345", "2022");
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "INE/CG/195/2015|INE/CG195/2015",
                "INE/JGE/34/2017|INE/JGE34/2017",
                "IEPC/CG/01/2025|IEPC/CG/01/2025",
                "INE/CG195/2015|INE/CG195/2015",
            })
    void attachedFormIsTheUsualSpellingSearchAlsoLooksFor(String text, String attached) {
        assertThat(Identifier.parse(text).attachedForm()).isEqualTo(attached);
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}, numbered {2}")
    @CsvSource({
        "IEPC/CG139/2021, true, true",
        "INE/JGE34/2017, true, true",
        "IEPC/CG/01/2025, true, false",
        "IEEM/ACU-CG-001/2025, true, true",
        "IECM/ACU-CG014/2019, true, true",
        "SCG/PE/PRD/CG/015/2009, true, false",
        "UT/SCG/Q/PAN/CG/23/2017, true, false",
        "SCG/QCG/001/2009, false, false",
        "IEPC/SE/2119/2021, false, false",
        "INE/CGE/1/2021, false, false",
        "INE/DECEYEC/0123/2020, false, false",
    })
    void knowsAcuerdoNumbersByTheirUnit(String text, boolean acuerdo, boolean numbered) {
        assertThat(Identifier.parse(text).isAcuerdoNumber()).isEqualTo(acuerdo);
        assertThat(Identifier.parse(text).isNumberedAcuerdo()).isEqualTo(numbered);
    }
}
