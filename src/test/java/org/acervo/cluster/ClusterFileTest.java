package org.acervo.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.acervo.language.BadArgument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cluster file as cluster/up.sh writes it: read whole, secrets only from the variables it names. */
class ClusterFileTest {

    @TempDir
    Path dir;

    /** What cluster/up.sh writes, ports aside. */
    private static final String LOCAL = """
            # Acervo local cluster, written by cluster/up.sh
            cluster:
              job-repository:
                url: jdbc:postgresql://127.0.0.1:41234/acervo
                user: acervo
                password-env: ACERVO_DB_PASSWORD
              broker:
                url: "tcp://127.0.0.1:40111?consumerWindowSize=0"
                user-env: ACERVO_BROKER_USER
                password-env: ACERVO_BROKER_PASSWORD
              solr:
                urls:
                  - http://127.0.0.1:42095/solr
                  - http://127.0.0.1:33025/solr
                zk-host: "127.0.0.1:39999/solr"
                collection: acervo
            """;

    private static final Map<String, String> ENV =
            Map.of("ACERVO_DB_PASSWORD", "db-secret", "ACERVO_BROKER_USER", "acervo", "ACERVO_BROKER_PASSWORD", "mq");

    @Test
    void withoutOptionOrVariableAnAcervoYamlInTheWorkingFolderNamesTheCluster() throws Exception {
        ClusterOption option = new ClusterOption();
        assertThat(option.read(dir, name -> null)).isEmpty();

        Files.writeString(dir.resolve("acervo.yaml"), LOCAL);
        assertThat(option.read(dir, name -> null).orElseThrow().file()).isEqualTo(dir.resolve("acervo.yaml"));

        // the variable comes first
        Path named = Files.writeString(dir.resolve("otro.yaml"), LOCAL);
        assertThat(option.read(dir, name -> name.equals("ACERVO_CLUSTER") ? named.toString() : null)
                        .orElseThrow()
                        .file())
                .isEqualTo(named);
    }

    @Test
    void theFileUpShWritesPointsTheJobAtTheClusterWithTheSecretsOfTheEnvironment() throws Exception {
        ClusterFile cluster = ClusterFile.read(Files.writeString(dir.resolve("local.yaml"), LOCAL));

        assertThat(cluster.solr().urls()).containsExactly("http://127.0.0.1:42095/solr", "http://127.0.0.1:33025/solr");
        assertThat(cluster.solr().zkHost()).isEqualTo("127.0.0.1:39999/solr");
        Map<String, Object> properties = cluster.springProperties("worker", ENV::get);
        assertThat(properties)
                .containsEntry("acervo.cluster.role", "worker")
                .containsEntry("spring.datasource.url", "jdbc:postgresql://127.0.0.1:41234/acervo")
                .containsEntry("spring.datasource.username", "acervo")
                .containsEntry("spring.datasource.password", "db-secret")
                .containsEntry("spring.batch.jdbc.initialize-schema", "never")
                .containsEntry("acervo.cluster.broker-url", "tcp://127.0.0.1:40111?consumerWindowSize=0")
                .containsEntry("acervo.cluster.broker-user", "acervo")
                .containsEntry("acervo.cluster.broker-password", "mq")
                .containsEntry("acervo.cluster.solr-urls", "http://127.0.0.1:42095/solr,http://127.0.0.1:33025/solr")
                .containsEntry("acervo.cluster.solr-collection", "acervo");
    }

    @Test
    void aSecretWhoseVariableIsNotSetIsSaidByName() throws Exception {
        ClusterFile cluster = ClusterFile.read(Files.writeString(dir.resolve("local.yaml"), LOCAL));

        assertThatThrownBy(() -> cluster.springProperties("manager", Map.of("ACERVO_DB_PASSWORD", "x")::get))
                .isInstanceOf(BadArgument.class)
                .hasMessageContaining("ACERVO_BROKER_USER")
                .hasMessageContaining("secrets.env");
    }

    @Test
    void aFileWithoutTheSolrCollectionOrWithAnUnknownKeyIsRefusedWithWhatItNeeds() throws Exception {
        Path noSolr = Files.writeString(dir.resolve("sin-solr.yaml"), LOCAL.substring(0, LOCAL.indexOf("  solr:")));
        assertThatThrownBy(() -> ClusterFile.read(noSolr))
                .isInstanceOf(BadArgument.class)
                .hasMessageContaining("cluster.solr.collection");

        Path typo = Files.writeString(dir.resolve("typo.yaml"), LOCAL.replace("zk-host", "zookeeper"));
        assertThatThrownBy(() -> ClusterFile.read(typo))
                .isInstanceOf(BadArgument.class)
                .hasMessageContaining("zookeeper");
    }

    @Test
    void anIngestWhoseClusterRepositoryDoesNotAnswerSaysWhichAndWhyInSpanish() throws Exception {
        // Port 1 on loopback: nothing listens there, the connection is refused at once.
        Path file = Files.writeString(
                dir.resolve("caido.yaml"),
                LOCAL.replace("127.0.0.1:41234", "127.0.0.1:1").replaceAll("(?m)^\\s*(password-env|user-env):.*$", ""));
        org.acervo.fixtures.CliRun run = org.acervo.fixtures.CliRun.of(
                "ingest",
                Path.of("samples/2021").toAbsolutePath().toString(),
                "--cluster",
                file.toString(),
                "--data",
                dir.resolve("data").toString());

        assertThat(run.code()).isNotZero();
        assertThat(run.err())
                .contains("el repositorio de trabajos del clúster, jdbc:postgresql://127.0.0.1:1/acervo")
                .contains("no responde")
                .doesNotContain("Error creating bean");
    }
}
