package org.acervo.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.acervo.Application;
import org.acervo.document.ArchiveDocument;
import org.acervo.extraction.TestDocuments;
import org.acervo.fixtures.CliRun;
import org.acervo.fixtures.LocalCluster;
import org.acervo.index.DocumentIndex;
import org.acervo.index.LuceneDocumentIndex;
import org.acervo.index.SolrDocumentIndex;
import org.acervo.web.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The whole distributed ingest on a real local cluster (PostgreSQL, Artemis, a 2-node SolrCloud): two worker
 * JVMs and a manager over an archive with scans, one worker killed with SIGKILL in the middle of the run and
 * started again. Every file must end in Solr exactly once, each document as the single-machine ingest of the
 * same files indexes it (text, pages, mentions, relations, events: what search, facets and tables read), and
 * the run COMPLETED in PostgreSQL (as status --cluster says, with the documents it counts in Solr), and the
 * cross-reference tables read from Solr the single machine's.
 */
@Tag("slow")
class ClusterIngestTest {

    @RegisterExtension
    static final LocalCluster CLUSTER = new LocalCluster();

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopWhatWasStarted() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void twoWorkersOneKilledMidRunIndexEveryFileOnceAsOneMachineDoes() throws Exception {
        String scanned;
        Path archive = archive(dir.resolve("archivo"));
        try (DocumentIndex solr = SolrDocumentIndex.open(CLUSTER.solrUrls(), CLUSTER.collection())) {
            clear();

            Process first = worker("w1");
            worker("w2");
            Process manager = acervo(
                    dir.resolve("manager.log"),
                    "ingest",
                    archive.toString(),
                    "--cluster",
                    CLUSTER.localYaml().toString(),
                    "--data",
                    dir.resolve("manager").toString());
            // Killed once it has finished a file: the partition it holds then is part done.
            awaitLine(dir.resolve("w1.log"), "indexado", Duration.ofMinutes(5));
            first.destroyForcibly().waitFor();
            // mid-run: the manager still waits and files are still to be read
            assertThat(manager.isAlive())
                    .as("manager running when the worker is killed")
                    .isTrue();
            assertThat(linesWith("indexado", dir.resolve("w1.log"), dir.resolve("w2.log")))
                    .as("files indexed when the worker is killed")
                    .isLessThan(filesIn(archive));
            worker("w1-again");

            assertThat(manager.waitFor(10, TimeUnit.MINUTES))
                    .as("manager finished")
                    .isTrue();
            String managerOut = Files.readString(dir.resolve("manager.log"));
            assertThat(manager.exitValue()).as(managerOut).isZero();
            assertThat(managerOut).contains("terminados en el clúster").contains("fallidos              0");

            Path single = dir.resolve("single");
            Process alone =
                    acervo(dir.resolve("single.log"), "ingest", archive.toString(), "--data", single.toString());
            assertThat(alone.waitFor(10, TimeUnit.MINUTES)).isTrue();
            assertThat(alone.exitValue())
                    .as(Files.readString(dir.resolve("single.log")))
                    .isZero();

            Map<String, String> paths = solr.paths();
            scanned = paths.get(archive.resolve("escaneos/oficio-1.pdf").toString());
            try (DocumentIndex lucene = LuceneDocumentIndex.open(single)) {
                assertThat(new TreeMap<>(paths)).isEqualTo(new TreeMap<>(lucene.paths()));
                assertThat(paths).hasSize(filesIn(archive));
                for (String sha : Set.copyOf(paths.values())) {
                    ArchiveDocument onCluster = solr.find(sha).orElseThrow();
                    ArchiveDocument alone1 = lucene.find(sha).orElseThrow();
                    assertThat(onCluster.paths()).as(sha).hasSize(1);
                    assertThat(onCluster.withPaths(alone1.paths())).as(sha).isEqualTo(alone1);
                }
            }
        }
        // The cross-reference tables, read from Solr, are the single machine's, row for row.
        for (String table : List.of("", "--register", "--chains")) {
            CliRun fromSolr =
                    CliRun.of(xref(table, "--cluster", CLUSTER.localYaml().toString()));
            CliRun fromLucene =
                    CliRun.of(xref(table, "--data", dir.resolve("single").toString()));
            assertThat(fromSolr.code()).as(fromSolr.err()).isZero();
            assertThat(fromSolr.out())
                    .as("xref " + table)
                    .isEqualTo(fromLucene.out())
                    .contains("IEPC/");
        }
        // A search on the cluster finds what it finds on the single machine: the same documents, pages,
        // snippets, totals, facets and identifiers ("searched as"), whatever the spelling or filter.
        List<List<String>> searches = List.of(
                List.of("INE/UNICOM/4547/2021"),
                List.of("INE / UNICOM / 4547 / 2021"),
                List.of("4547/2021"),
                List.of("lNE/UNlCOM/4547/2O21"),
                List.of("IEPC/UTC/*"),
                List.of("oficio", "--type", "oficio", "--year", "2021"),
                List.of("\"se remite el informe\""),
                List.of("respuesta NOT atención", "--sort", "date"),
                List.of("Durnago", "--fuzzy"),
                List.of("--body", "IEPC", "--from", "2021-10", "--to", "2022-03"),
                List.of("informe", "--mention-from", "2022"));
        for (List<String> search : searches) {
            JsonNode fromSolr =
                    searchJson(search, "--cluster", CLUSTER.localYaml().toString());
            JsonNode fromLucene =
                    searchJson(search, "--data", dir.resolve("single").toString());
            assertThat(fromLucene.path("total").asInt()).as("%s", search).isPositive();
            for (String key : List.of("total", "pages", "identifiers", "facets")) {
                assertThat(fromSolr.path(key)).as("%s: %s", search, key).isEqualTo(fromLucene.path(key));
            }
            // Scores may differ in their last digits (Solr's statistics count the records a replayed partition
            // replaced until they merge away), so hits are compared without them, as sets.
            assertThat(hitsWithoutScores(fromSolr)).as("%s: hits", search).isEqualTo(hitsWithoutScores(fromLucene));
        }

        // serve --cluster: the pages and the JSON API read Solr, and answer as the single machine's server does.
        try (WebServer onCluster = WebServer.start(
                        dir.resolve("web-cluster"),
                        "127.0.0.1",
                        0,
                        Optional.of(new ClusterFile.Solr(CLUSTER.solrUrls(), null, CLUSTER.collection())));
                WebServer alone = WebServer.start(dir.resolve("single"), "127.0.0.1", 0)) {
            for (String q :
                    List.of("4547%2F2021", "oficio&type=oficio&year=2021", "&body=IEPC", "Durnago&fuzzy=true")) {
                JsonNode fromSolr = new ObjectMapper().readTree(get(onCluster, "/api/search?size=100&q=" + q));
                JsonNode fromLucene = new ObjectMapper().readTree(get(alone, "/api/search?size=100&q=" + q));
                assertThat(fromLucene.path("total").asInt()).as(q).isPositive();
                assertThat(fromSolr.path("facets")).as(q).isEqualTo(fromLucene.path("facets"));
                assertThat(hitsWithoutScores(fromSolr)).as(q).isEqualTo(hitsWithoutScores(fromLucene));
            }
            for (String path : List.of(
                    "/api/xref",
                    "/api/xref?table=chains",
                    "/api/id/INE/UNICOM/4547/2021",
                    "/api/doc/" + scanned,
                    "/doc/" + scanned + "?q=informe")) {
                assertThat(get(onCluster, path)).as(path).isEqualTo(get(alone, path));
            }
            // the home page: the archive's overview and its timeline, counted from Solr
            String home = get(onCluster, "/");
            assertThat(home).contains("<svg").contains("IEPC");
            assertThat(svg(home)).isEqualTo(svg(get(alone, "/")));
        }

        // status reads the documents from Solr and the runs from PostgreSQL.
        Process status = acervo(
                dir.resolve("status.json"),
                "status",
                "--json",
                "--cluster",
                CLUSTER.localYaml().toString());
        assertThat(status.waitFor(2, TimeUnit.MINUTES)).isTrue();
        JsonNode said = new ObjectMapper().readTree(Files.readString(dir.resolve("status.json")));
        assertThat(said.path("documents").path("indexed").asInt()).isEqualTo(filesIn(archive));
        assertThat(said.path("documents").path("failed").asInt()).isZero();
        assertThat(said.path("jobs").get(0).path("status").asString()).isEqualTo("COMPLETED");
        try (Connection db =
                        DriverManager.getConnection(CLUSTER.jdbcUrl(), CLUSTER.jdbcUser(), CLUSTER.jdbcPassword());
                ResultSet last = db.createStatement()
                        .executeQuery(
                                "select status from batch_job_execution order by job_execution_id desc limit 1")) {
            assertThat(last.next()).isTrue();
            assertThat(last.getString(1)).isEqualTo("COMPLETED");
        }
    }

    /** The bundled samples' oficios, informes and scans, three scanned PDFs and forty one-page oficios. */
    private static Path archive(Path into) throws IOException {
        Path samples = Path.of("samples").toAbsolutePath();
        for (String folder : List.of("2021", "2022")) {
            FileSystemUtils.copyRecursively(samples.resolve(folder), into.resolve(folder));
        }
        String page = "Oficio No. IEPC/SE/%d/2022\nDurango, Dgo., a 14 de marzo de 2022\n"
                + "En atención al oficio INE/UNICOM/4547/2021 se remite el informe.\n";
        Files.createDirectories(into.resolve("escaneos"));
        for (int i = 1; i <= 3; i++) {
            TestDocuments.pdf(
                    into.resolve("escaneos").resolve("oficio-" + i + ".pdf"),
                    List.of(page.formatted(300 + i), page.formatted(400 + i)),
                    Set.of(0, 1));
        }
        // More files than partitions (16), so the killed worker dies with files of its partition left to read.
        Files.createDirectories(into.resolve("oficios"));
        for (int i = 1; i <= 40; i++) {
            TestDocuments.pdf(
                    into.resolve("oficios").resolve("oficio-" + i + ".pdf"),
                    List.of(
                            "Oficio No. IEPC/UTC/21/%d\nDurango, Dgo., %d de octubre de 2021\nEn respuesta al oficio IEPC/SE/%d/2021."
                                    .formatted(100 + i, 1 + i % 28, 2000 + i)),
                    Set.of());
        }
        return into;
    }

    /** {@code search --json --limit 100} with a search's words and options, then where it reads. */
    private static JsonNode searchJson(List<String> search, String... where) {
        List<String> args = new ArrayList<>(List.of("search", "--json", "--limit", "100"));
        args.addAll(search);
        args.addAll(List.of(where));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.code()).as("%s: %s", search, run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String get(WebServer server, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** A page's first drawing: the home page's timeline. */
    private static String svg(String page) {
        int start = page.indexOf("<svg");
        assertThat(start).as("a drawing").isNotNegative();
        return page.substring(start, page.indexOf("</svg>", start));
    }

    private static Set<JsonNode> hitsWithoutScores(JsonNode search) {
        Set<JsonNode> hits = new HashSet<>();
        for (JsonNode hit : search.path("hits")) {
            ObjectNode copy = (ObjectNode) hit.deepCopy();
            copy.remove("score");
            hits.add(copy);
        }
        assertThat(hits).hasSize(search.path("hits").size());
        return hits;
    }

    /** {@code xref --format csv}, a table's option (none: the identifier index), then where it reads. */
    private static String[] xref(String table, String... where) {
        List<String> args = new ArrayList<>(List.of("xref", "--format", "csv"));
        if (!table.isEmpty()) {
            args.add(table);
        }
        args.addAll(List.of(where));
        return args.toArray(String[]::new);
    }

    private static long linesWith(String text, Path... logs) throws IOException {
        long lines = 0;
        for (Path log : logs) {
            try (Stream<String> read = Files.lines(log)) {
                lines += read.filter(l -> l.contains(text)).count();
            }
        }
        return lines;
    }

    private static int filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return (int) files.filter(Files::isRegularFile).count();
        }
    }

    private Process worker(String name) throws IOException {
        return acervo(
                dir.resolve(name.replace("-again", "") + ".log"),
                "worker",
                "--cluster",
                CLUSTER.localYaml().toString(),
                "--data",
                dir.resolve(name).toString(),
                "--threads",
                "1");
    }

    /** Acervo in a JVM of its own, as a user runs it, with the cluster's secrets in its environment. */
    private Process acervo(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                Application.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(CLUSTER.secrets());
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private static void awaitLine(Path log, String text, Duration limit) throws Exception {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no '" + text + "' in " + log + " after " + limit);
    }

    private static void clear() throws Exception {
        String url = CLUSTER.solrUrls().get(0) + "/" + CLUSTER.collection() + "/update?commit=true";
        java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                                .header("Content-Type", "application/json")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                        "{\"delete\":{\"query\":\"*:*\"}}"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
    }
}
