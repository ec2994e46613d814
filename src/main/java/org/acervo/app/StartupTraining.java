package org.acervo.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training runs of {@code ./acervo}'s class-data-sharing archives, each in a JVM of its own so that
 * the JVM can list the classes it loads ({@code -XX:DumpLoadedClassList}); the launcher archives the
 * lists once per build ({@code -Xshare:dump}). {@code ingest} ingests one text file into a scratch data
 * directory; {@code commands} then runs there every command that should answer at once (status, search,
 * xref, the version and the help). Not a command of its own.
 *
 * <p>Usage: {@code StartupTraining ingest|commands SCRATCH_DIR}; prints the exit code of every command it ran.
 */
public final class StartupTraining {

    /** Two oficios and an acuerdo, cited and dated, as the tables and searches need them. */
    private static final String OFICIO = """
            Oficio No. IEPC/UTC/21/104
            Durango, Dgo., a 11 de octubre de 2021.
            En atención al oficio INE/UNICOM/4547/2021 del 5 de octubre de 2021, se remite la constancia
            del acuerdo IEPC/CG139/2021 aprobado por el Consejo General en sesión del 30 de septiembre de 2021.
            """;

    private StartupTraining() {}

    public static void main(String[] args) throws IOException {
        Path scratch = Path.of(args[1]);
        String data = scratch.resolve("data").toString();
        List<String[]> commands;
        if (args[0].equals("ingest")) {
            // Two runs, so that the index has two segments, as most indexes have.
            Path archive = Files.createDirectories(scratch.resolve("archivo"));
            Files.writeString(archive.resolve("oficio-104.txt"), OFICIO);
            Path second = Files.writeString(scratch.resolve("oficio-105.txt"), OFICIO.replace("104", "105"));
            commands = List.of(
                    new String[] {"ingest", archive.toString(), "--data", data, "--ocr", "never", "--threads", "1"},
                    new String[] {
                        "ingest",
                        archive.toString(),
                        second.toString(),
                        "--data",
                        data,
                        "--ocr",
                        "never",
                        "--threads",
                        "1"
                    });
        } else {
            Path list = Files.writeString(
                    scratch.resolve("lista.txt"), "INE / UNICOM / 4547 / 2021\n4547/2021\nIEPC/UTC/21/1O4\n");
            commands = List.of(
                    new String[] {"batch", list.toString(), "--data", data},
                    new String[] {"batch", list.toString(), "--format", "csv", "--data", data},
                    new String[] {"status", "--data", data},
                    new String[] {"status", "--data", data, "--json"},
                    new String[] {"search", "oficio", "--data", data},
                    new String[] {"search", "INE/UNICOM/4547/2021", "--data", data, "--json"},
                    new String[] {"search", "consejo", "--fuzzy", "--year", "2021", "--sort", "newest", "--data", data},
                    new String[] {"xref", "--data", data},
                    new String[] {"xref", "--matrix", "--format", "csv", "--data", data},
                    new String[] {"xref", "--chains", "--format", "html", "--data", data},
                    new String[] {"xref", "--register", "--data", data},
                    new String[] {
                        "xref",
                        "--quality",
                        "--format",
                        "xlsx",
                        "--out",
                        scratch.resolve("quality.xlsx").toString(),
                        "--data",
                        data
                    },
                    new String[] {"-V"},
                    new String[] {"--help"},
                    new String[] {"search", "--help"},
                    new String[] {"serch", "oficio"});
        }
        run(commands);
    }

    private static void run(List<String[]> commands) {
        List<Integer> codes = new ArrayList<>();
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        try {
            System.setOut(discard);
            System.setErr(discard);
            for (String[] command : commands) {
                codes.add(AcervoCommand.execute(command));
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        out.println("training run, exit codes: " + codes);
    }
}
