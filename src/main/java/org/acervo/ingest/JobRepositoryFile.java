package org.acervo.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.acervo.document.DiskFullException;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The job repository of a data directory opened for reading without Spring Batch's application context:
 * the H2 file over one plain JDBC connection and Spring Batch's own JDBC DAOs, so that {@code status}
 * reads the same runs an ingest wrote, in a tenth of the time a context takes to start. A data directory
 * where no ingest has run has no repository, and none is created.
 */
final class JobRepositoryFile implements AutoCloseable {

    /** H2's error code for a table that is not there: a repository whose schema was never written. */
    private static final int H2_TABLE_NOT_FOUND = 42102;

    private final Connection connection;
    private final JobHistory history;

    private JobRepositoryFile(Connection connection, JobHistory history) {
        this.connection = connection;
        this.history = history;
    }

    /**
     * The runs and the run under way of a data directory; none when no ingest has run there.
     *
     * @throws RepositoryBusyException when an ingest holds the repository
     */
    static History read(Path dataDir, int count) {
        if (!Files.exists(database(dataDir))) {
            return History.NONE;
        }
        Optional<History> copy = HistoryCopy.read(dataDir, count);
        if (copy.isPresent()) {
            return copy.get();
        }
        History history;
        try (JobRepositoryFile repository = open(dataDir)) {
            history = new History(repository.history.last(count), repository.history.running());
        } catch (RuntimeException e) {
            if (causedBy(e, H2_TABLE_NOT_FOUND)) {
                // Created, but killed before its tables were: nothing has run.
                return History.NONE;
            }
            throw e;
        }
        HistoryCopy.write(dataDir, count, history);
        return history;
    }

    /**
     * The runs and the run under way in a cluster's shared job repository (PostgreSQL), over one plain
     * JDBC connection and Spring Batch's own DAOs, as for the H2 file.
     */
    static History readShared(String url, String user, String password, int count) {
        Connection connection;
        try {
            connection = java.sql.DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        try (JobRepositoryFile repository = new JobRepositoryFile(connection, new JobHistory(repository(connection)))) {
            return new History(repository.history.last(count), repository.history.running());
        }
    }

    /** The job repository's file (H2's MVStore). */
    static Path database(Path dataDir) {
        return dataDir.resolve(IngestContext.JOBS).resolve("acervo.mv.db");
    }

    /** What {@code status} shows of the repository: the last runs, newest first, and the run under way. */
    record History(List<JobHistory.Run> runs, Optional<JobHistory.Running> running) {

        static final History NONE = new History(List.of(), Optional.empty());
    }

    private static JobRepositoryFile open(Path dataDir) {
        JdbcDataSource h2 = new JdbcDataSource();
        // The repository the ingest's context opens (spring.datasource in application.properties);
        // IFEXISTS: never create one here; MAX_COMPACT_TIME=0: no compacting the file on close, which
        // took H2 longer than reading it (the ingest's context still compacts it).
        String url = "jdbc:h2:file:" + dataDir.resolve(IngestContext.JOBS).resolve("acervo")
                + ";IFEXISTS=TRUE;MAX_COMPACT_TIME=0";
        h2.setURL(url);
        h2.setUser("sa");
        h2.setPassword("");
        Connection connection;
        try {
            connection = h2.getConnection();
        } catch (SQLException e) {
            if (RepositoryBusyException.causedBy(e)) {
                throw new RepositoryBusyException(dataDir, e);
            }
            if (!DiskFullException.causes(e)) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            // A full disk: opening for writing needs a lock file and a header, reading needs neither.
            h2.setURL(url + ";ACCESS_MODE_DATA=r");
            try {
                connection = h2.getConnection();
            } catch (SQLException readOnly) {
                readOnly.addSuppressed(e);
                throw new IllegalStateException(readOnly.getMessage(), readOnly);
            }
        }
        try {
            return new JobRepositoryFile(connection, new JobHistory(repository(connection)));
        } catch (RuntimeException e) {
            close(connection, e);
            throw e;
        }
    }

    /** Spring Batch's JDBC repository over the one connection, without the transactional proxy reading needs not. */
    private static JobRepository repository(Connection connection) {
        Reader factory = new Reader();
        factory.setDataSource(new SingleConnectionDataSource(connection, true));
        factory.setTransactionManager(new ResourcelessTransactionManager());
        try {
            factory.afterPropertiesSet();
            return factory.repository();
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The factory Spring Batch configures its JDBC repository with, giving the repository itself. */
    private static final class Reader extends JdbcJobRepositoryFactoryBean {

        JobRepository repository() throws Exception {
            return (JobRepository) getTarget();
        }
    }

    private static boolean causedBy(Throwable error, int h2Code) {
        for (Throwable cause = error; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == h2Code) {
                return true;
            }
        }
        return false;
    }

    private static void close(Connection connection, RuntimeException failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
