package org.acervo.ingest;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.acervo.document.RootCause;
import org.acervo.language.CannotRun;
import org.acervo.language.Sentence;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Starts the Spring Batch context for one data directory, for the commands that run or inspect jobs. */
public final class IngestContext implements AutoCloseable {

    /** How often a worker tries the broker again while it does not answer. */
    private static final long BROKER_RETRY_MILLIS = 5_000;

    private final ConfigurableApplicationContext context;

    private IngestContext(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Opens the job repository of a data directory. Only one process can hold it (H2 locks its file
     * and runs no server); a second one fails with {@link RepositoryBusyException}.
     *
     * @param dataDir the data directory (index and job repository)
     * @param extra   more {@code acervo.*} properties, e.g. {@code acervo.threads}
     */
    public static IngestContext start(Path dataDir, Map<String, Object> extra) {
        privateFolder(dataDir.resolve(JOBS));
        QuietLogStatus.forgetPastTrouble();
        Map<String, Object> properties = new HashMap<>(extra);
        properties.put("acervo.data", dataDir.toString());
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(BatchApplication.class)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .listeners(new QuietLogStatus())
                    // First among the property sources: a cluster's job repository overrides the H2 one
                    // that application.properties names (defaults from .properties() would not).
                    .initializers(starting -> starting.getEnvironment()
                            .getPropertySources()
                            .addFirst(new MapPropertySource("acervo", properties)))
                    .run();
            return new IngestContext(context);
        } catch (RuntimeException e) {
            if (RepositoryBusyException.causedBy(e)) {
                throw new RepositoryBusyException(dataDir, e);
            }
            Object cluster = properties.get("acervo.cluster.file");
            if (cluster != null) {
                // A cluster's job repository that does not answer: say which and why, not Spring's bean chain.
                throw new CannotRun(
                        new Sentence(
                                "error.clusterRepository",
                                properties.get("spring.datasource.url"),
                                cluster,
                                RootCause.firstLine(e)),
                        e);
            }
            throw e;
        }
    }

    /** The folder of the job repository and of the running run's progress file. */
    static final String JOBS = "jobs";

    /**
     * The job repository's folder is its owner's alone (rwx------): the database file holds the run
     * history and the paths of every file ingested, and H2's user and password are fixed.
     */
    private static void privateFolder(Path jobs) {
        try {
            Files.createDirectories(jobs);
            Files.setPosixFilePermissions(jobs, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): its folder permissions are the user's profile's.
        } catch (IOException e) {
            // Not ours to change (a shared data directory): H2 reports if it cannot open the file.
        }
    }

    public IngestRunner runner() {
        return context.getBean(IngestRunner.class);
    }

    public JobHistory history() {
        return context.getBean(JobHistory.class);
    }

    /**
     * Waits until the cluster's broker takes a connection, or the context is closed; {@code waiting} is told once
     * when the first attempt fails. Spring's listener keeps trying on its own: this only says when it can work.
     *
     * @return whether the broker answered
     */
    public boolean awaitBroker(Runnable waiting) throws InterruptedException {
        ActiveMQConnectionFactory broker = context.getBean(ActiveMQConnectionFactory.class);
        boolean told = false;
        while (context.isActive()) {
            try (Connection tried = broker.createConnection()) {
                return true;
            } catch (JMSException | RuntimeException e) {
                if (!told) {
                    waiting.run();
                    told = true;
                }
                Thread.sleep(BROKER_RETRY_MILLIS);
            }
        }
        return false;
    }

    /** Waits until the context is closed, by {@link #close} or by the JVM's shutdown (a signal). */
    public void awaitClose() throws InterruptedException {
        while (context.isActive()) {
            Thread.sleep(500);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
