package org.acervo.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.acervo.language.BadArgument;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What a cluster is made of, as {@code cluster/up.sh} writes it in {@code local.yaml} or an operator writes it
 * for machines of their own: the shared job repository (JDBC), the broker that carries partitions to workers,
 * and the Solr collection. Secrets are never in the file: it names the environment variables that hold them.
 *
 * <pre>
 * cluster:
 *   job-repository: {url: jdbc:postgresql://127.0.0.1:5432/acervo, user: acervo, password-env: ACERVO_DB_PASSWORD}
 *   broker: {url: "tcp://127.0.0.1:61616?consumerWindowSize=0", user-env: ACERVO_BROKER_USER, password-env: ACERVO_BROKER_PASSWORD}
 *   solr: {urls: [http://127.0.0.1:8983/solr], zk-host: "127.0.0.1:2181/solr", collection: acervo}
 * </pre>
 */
public record ClusterFile(Path file, JobRepository jobRepository, Broker broker, Solr solr) {

    /** The shared job repository: a JDBC URL (PostgreSQL), its user, the variable holding its password. */
    public record JobRepository(String url, String user, String passwordEnv) {}

    /** The broker: its URL (Artemis core protocol), the variables holding its user and password. */
    public record Broker(String url, String userEnv, String passwordEnv) {}

    /** The Solr collection and the nodes that serve it. */
    public record Solr(List<String> urls, String zkHost, String collection) {
        public Solr {
            urls = urls == null ? List.of() : List.copyOf(urls);
        }
    }

    /** The role of the JVM that starts runs and sends their partitions ({@code acervo ingest --cluster}). */
    public static final String MANAGER = "manager";

    /** The role of a JVM that runs partitions ({@code acervo worker --cluster}). */
    public static final String WORKER = "worker";

    private record Root(Body cluster) {}

    private record Body(JobRepository jobRepository, Broker broker, Solr solr) {}

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .propertyNamingStrategy(tools.jackson.databind.PropertyNamingStrategies.KEBAB_CASE)
            .build();

    /** Reads a cluster file; every part must be there, each with what it needs. */
    public static ClusterFile read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new BadArgument("error.clusterMissing", file.toString());
        }
        Root root;
        try {
            root = YAML.readValue(file.toFile(), Root.class);
        } catch (JacksonException e) {
            throw new BadArgument("error.clusterInvalid", file.toString(), e.getOriginalMessage());
        }
        Body body = root == null ? null : root.cluster();
        if (body == null
                || body.jobRepository() == null
                || blank(body.jobRepository().url())
                || body.broker() == null
                || blank(body.broker().url())
                || body.solr() == null
                || body.solr().urls().isEmpty()
                || blank(body.solr().collection())) {
            throw new BadArgument("error.clusterIncomplete", file.toString());
        }
        return new ClusterFile(file.toAbsolutePath().normalize(), body.jobRepository(), body.broker(), body.solr());
    }

    /**
     * The Spring properties that point the job's context at this cluster, secrets read from the environment
     * ({@code env} is {@link System#getenv(String)} outside tests).
     *
     * @param role {@link #MANAGER} or {@link #WORKER}
     * @throws BadArgument when a variable the file names is not set
     */
    public Map<String, Object> springProperties(String role, UnaryOperator<String> env) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("acervo.cluster.role", role);
        properties.put("acervo.cluster.file", file.toString());
        properties.put("spring.datasource.url", jobRepository.url());
        properties.put("spring.datasource.username", jobRepository.user() == null ? "" : jobRepository.user());
        properties.put("spring.datasource.password", jobRepositoryPassword(env));
        // The schema is made once, by whoever sets the database up (cluster/up.sh): three JVMs creating it race.
        properties.put("spring.batch.jdbc.initialize-schema", "never");
        properties.put("acervo.cluster.broker-url", broker.url());
        properties.put("acervo.cluster.broker-user", secret(broker.userEnv(), env));
        properties.put("acervo.cluster.broker-password", secret(broker.passwordEnv(), env));
        properties.put("acervo.cluster.solr-urls", String.join(",", solr.urls()));
        properties.put("acervo.cluster.solr-collection", solr.collection());
        return properties;
    }

    /** The job repository's password, from the variable the file names. */
    public String jobRepositoryPassword(UnaryOperator<String> env) {
        return secret(jobRepository.passwordEnv(), env);
    }

    private String secret(String variable, UnaryOperator<String> env) {
        if (blank(variable)) {
            return "";
        }
        String value = env.apply(variable);
        if (value == null) {
            throw new BadArgument("error.clusterSecret", variable, file.toString());
        }
        return value;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
