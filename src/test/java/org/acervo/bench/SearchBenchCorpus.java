package org.acervo.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates the search benchmark's corpus (never committed): plain-text IEPC-style reports of 1 to 3
 * pages (pages split by form feeds, as pdftotext writes them), one file per report under
 * {@code texts/NNN/}, a thousand to a folder.
 *
 * <p>Report {@code i} carries its own number in its heading, unique in the corpus and computed by
 * {@link #ownNumber(int)}: an oficio {@code IEPC/UTC/21/123}, an oficio {@code INE/UNICOM/4547/2021}
 * or an acuerdo {@code IEPC/CG139/2021}, in turn. Its body cites the numbers of other reports, so an
 * identifier is found in a handful of documents, as in a real archive. Words are drawn with a skewed
 * frequency (some in most reports, some in few); municipalities and names are rarer still.
 */
final class SearchBenchCorpus {

    static final String[] WORDS = ("informe avance implementación operación programa resultados electorales "
                    + "preliminares instituto electoral participación ciudadana estado durango unidad técnica cómputo "
                    + "comisión temporal consejo general sesión ordinaria extraordinaria acuerdo oficio remite constancia "
                    + "conocimiento consejeros integrantes lineamientos proceso local ordinario plan trabajo calendario "
                    + "comité técnico asesor auditoría sistema informático centros acopio transmisión datos captura "
                    + "verificación personal simulacro publicación actualizaciones representaciones partidistas "
                    + "presupuesto licitación contrato proveedor digitalización escáner boletas actas casillas paquetes "
                    + "capacitación asistentes supervisores bodega custodia resguardo seguridad protocolo sanitario "
                    + "observaciones requerimiento respuesta atención seguimiento vinculación coordinación evaluación")
            .split(" ");
    static final String[] MUNICIPALITIES = {
        "Canatlán",
        "Canelas",
        "Coneto de Comonfort",
        "Cuencamé",
        "Gómez Palacio",
        "Guadalupe Victoria",
        "Guanaceví",
        "Hidalgo",
        "Indé",
        "Lerdo",
        "Mapimí",
        "Mezquital",
        "Nazas",
        "Nombre de Dios",
        "Ocampo",
        "El Oro",
        "Otáez",
        "Pánuco de Coronado",
        "Peñón Blanco",
        "Poanas",
        "Pueblo Nuevo",
        "Rodeo",
        "San Bernardo",
        "San Dimas",
        "San Juan de Guadalupe",
        "San Juan del Río",
        "San Luis del Cordero",
        "San Pedro del Gallo",
        "Santa Clara",
        "Santiago Papasquiaro",
        "Súchil",
        "Tamazula",
        "Tepehuanes",
        "Tlahualilo",
        "Topia",
        "Vicente Guerrero",
        "Nuevo Ideal"
    };
    static final String[] GIVEN = {
        "María",
        "José",
        "Juan",
        "Guadalupe",
        "Francisco",
        "Rosa",
        "Manuel",
        "Patricia",
        "Alejandro",
        "Verónica",
        "Roberto",
        "Leticia",
        "Arturo",
        "Norma",
        "Héctor",
        "Silvia"
    };
    static final String[] FAMILY = {
        "Hernández",
        "García",
        "Martínez",
        "López",
        "González",
        "Rodríguez",
        "Pérez",
        "Sánchez",
        "Ramírez",
        "Flores",
        "Gutiérrez",
        "Soto",
        "Reyes",
        "Cháirez",
        "Quiñones",
        "Valenzuela",
        "Ibarra",
        "Meraz",
        "Arreola",
        "Nevárez"
    };
    static final String[] MONTHS = {
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre"
    };
    private static final int LINES_PER_PAGE = 10;

    private final Random random = new Random(20211104);
    private final int documents;

    SearchBenchCorpus(int documents) {
        this.documents = documents;
    }

    /** The unique number in the heading of report {@code i}: three kinds in turn, seven years, then a sequence. */
    static String ownNumber(int i) {
        int j = i / 3;
        int year = 2017 + j % 7;
        int seq = 1 + j / 7;
        return switch (i % 3) {
            case 0 -> "IEPC/UTC/" + (year - 2000) + "/" + seq;
            case 1 -> "INE/UNICOM/" + seq + "/" + year;
            default -> "IEPC/CG" + seq + "/" + year;
        };
    }

    /** The file of report {@code i} under the corpus folder. */
    static Path file(Path texts, int i) {
        return texts.resolve(String.format("%03d", i / 1000)).resolve(String.format("informe-%06d.txt", i));
    }

    /** Writes every report under {@code texts}; returns the total of bytes written. */
    long write(Path texts) throws IOException {
        long bytes = 0;
        for (int i = 0; i < documents; i++) {
            Path file = file(texts, i);
            if (i % 1000 == 0) {
                Files.createDirectories(file.getParent());
            }
            byte[] content = String.join("\f", report(i)).getBytes(StandardCharsets.UTF_8);
            Files.write(file, content);
            bytes += content.length;
        }
        return bytes;
    }

    private List<String> report(int i) {
        String own = ownNumber(i);
        String kind = i % 3 == 2 ? "Acuerdo" : "Oficio No.";
        List<String> pages = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int p = 0; p < count; p++) {
            StringBuilder page = new StringBuilder();
            if (p == 0) {
                page.append("Victoria de Durango, Dgo., a ")
                        .append(date())
                        .append('\n')
                        .append(kind)
                        .append(' ')
                        .append(own)
                        .append('\n');
            }
            for (int l = 0; l < LINES_PER_PAGE; l++) {
                page.append(line()).append('\n');
            }
            pages.add(page.toString().strip());
        }
        return pages;
    }

    private String line() {
        StringBuilder line = new StringBuilder();
        switch (random.nextInt(10)) {
            case 0 ->
                line.append("El ")
                        .append(date())
                        .append(" se envía el oficio ")
                        .append(ownNumber(random.nextInt(documents)))
                        .append(' ');
            case 1 ->
                line.append("se da respuesta al oficio ")
                        .append(ownNumber(random.nextInt(documents)))
                        .append(' ');
            case 2 ->
                line.append("conforme al Acuerdo ")
                        .append(ownNumber(random.nextInt(documents)))
                        .append(' ');
            case 3 ->
                line.append("en el municipio de ")
                        .append(MUNICIPALITIES[random.nextInt(MUNICIPALITIES.length)])
                        .append(' ');
            case 4 ->
                line.append("firma el C. ")
                        .append(GIVEN[random.nextInt(GIVEN.length)])
                        .append(' ')
                        .append(FAMILY[random.nextInt(FAMILY.length)])
                        .append(' ')
                        .append(FAMILY[random.nextInt(FAMILY.length)])
                        .append(' ');
            default -> {}
        }
        while (line.length() < 80) {
            line.append(skewedWord()).append(' ');
        }
        return line.toString().strip();
    }

    /** A word with a skewed frequency: the first words of the list in most reports, the last in few. */
    private String skewedWord() {
        double u = random.nextDouble();
        return WORDS[(int) (u * u * u * WORDS.length)];
    }

    private String date() {
        return (1 + random.nextInt(28)) + " de " + MONTHS[random.nextInt(12)] + " de " + (2017 + random.nextInt(7));
    }
}
