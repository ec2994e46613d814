package org.acervo.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.acervo.cluster.ClusterFile;
import org.acervo.document.DiskFullException;
import org.acervo.document.FileStamp;
import org.acervo.document.RootCause;
import org.acervo.index.CommitStamp;
import org.acervo.index.DocumentIndex;
import org.acervo.language.CannotRun;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.job.parameters.RunIdIncrementer;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Starts the ingest job, or resumes the last run over the same inputs when it did not finish
 * (failed, stopped, or killed with the JVM), and sums up what it did.
 */
@Component
public class IngestRunner {

    private static final Logger log = LoggerFactory.getLogger(IngestRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job ingestJob;
    private final DocumentIndex index;
    private final ProgressLine progress;

    private final LaunchedExecution launched;

    /** {@code manager} on a cluster's manager, {@code local} on one machine. */
    private final String clusterRole;

    IngestRunner(
            JobOperator jobOperator,
            JobRepository jobRepository,
            Job ingestJob,
            @Lazy DocumentIndex index,
            ProgressLine progress,
            LaunchedExecution launched,
            @Value("${acervo.cluster.role:local}") String clusterRole) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.ingestJob = ingestJob;
        this.index = index;
        this.progress = progress;
        this.launched = launched;
        this.clusterRole = clusterRole;
    }

    /**
     * Runs the ingest to its end and sums it up.
     *
     * @throws DiskFullException when a disk filled up: the run stops there, whatever it was writing
     *                           (index, job repository, temporary files), and the same request resumes it
     */
    public RunSummary run(IngestRequest request) throws Exception {
        try {
            return runOrResume(request);
        } finally {
            // Whatever the outcome, no progress file is left to say a run goes on.
            progress.finish();
        }
    }

    private RunSummary runOrResume(IngestRequest request) throws Exception {
        long started = System.nanoTime();
        String inputs = request.joinedInputs();
        String include = request.joinedInclude();
        String exclude = request.joinedExclude();
        int seen = IngestJobConfiguration.sourceFiles(inputs, include, exclude)
                .list()
                .size();
        JobExecution unfinished;
        JobExecution execution;
        // An earlier run's failures in this process are not this run's.
        launched.forget();
        try {
            claimIndex(request.dataDir());
            unfinished = lastUnfinished(inputs, include, exclude);
            progress.start(seen, unfinished == null ? 0 : filesDone(unfinished));
            if (unfinished != null) {
                if (unfinished.isRunning()
                        || unfinished.getStepExecutions().stream()
                                .anyMatch(step -> step.getStatus().isRunning())) {
                    // On one machine we hold the index lock, so no live process runs it: it died with its JVM.
                    // On a cluster the manager that ran it is gone, and so are the partitions it never handed
                    // out (a broker that refused them) or whose worker died with no broker to give them again:
                    // Batch restarts no run with a step still marked running, so they are failed first. A
                    // partition some worker still runs is then run twice, its documents written twice, by
                    // content hash: the same.
                    unfinished = jobOperator.recover(unfinished);
                }
                JobExecution resumed = unfinished;
                execution = watchingCluster(() -> jobOperator.restart(resumed));
            } else {
                JobParameters parameters = new JobParametersBuilder(nextRunId())
                        .addString(IngestJobConfiguration.PARAM_INPUTS, inputs)
                        .addString(IngestJobConfiguration.PARAM_INCLUDE, include)
                        .addString(IngestJobConfiguration.PARAM_EXCLUDE, exclude)
                        .addString("ocr", request.ocr().name(), false)
                        .addLong("threads", (long) request.threads(), false)
                        .addLong(IngestJobConfiguration.PARAM_FILES, (long) seen, false)
                        .addString(IngestJobConfiguration.PARAM_PRUNE, String.valueOf(request.prune()), false)
                        .addString(
                                IngestJobConfiguration.PARAM_RETRY_FAILED, String.valueOf(request.retryFailed()), false)
                        .addString(IngestJobConfiguration.PARAM_VERIFY, String.valueOf(request.verify()), false)
                        .toJobParameters();
                execution = watchingCluster(() -> jobOperator.start(ingestJob, parameters));
            }
        } catch (Exception e) {
            Optional<DiskFullException> full = diskFull(e, launched.failures(), request);
            if (full.isPresent()) {
                throw full.get();
            }
            throw e;
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            Optional<DiskFullException> full = diskFull(null, execution.getAllFailureExceptions(), request);
            if (full.isPresent()) {
                throw full.get();
            }
        } else {
            recordFinished(execution, request.dataDir());
        }
        RunSummary summary = summarize(execution, seen, (System.nanoTime() - started) / 1e9, unfinished != null);
        return execution.getStatus() == BatchStatus.COMPLETED ? summary : summary.withStoppedBy(causes(execution));
    }

    /** What starts or restarts a job execution. */
    private interface Launch {
        JobExecution call() throws Exception;
    }

    /**
     * Runs the launch; on a cluster's manager, which sees no file go by, a watcher reads the latest run's
     * totals from the shared repository every {@value #WATCH_MILLIS} ms meanwhile and prints how far the
     * workers are.
     */
    private JobExecution watchingCluster(Launch launch) throws Exception {
        if (!ClusterFile.MANAGER.equals(clusterRole)) {
            return launch.call();
        }
        Thread watcher = new Thread(
                () -> {
                    try {
                        while (!Thread.currentThread().isInterrupted()) {
                            Thread.sleep(WATCH_MILLIS);
                            JobInstance latest =
                                    jobRepository.getJobInstances(IngestJobConfiguration.JOB_NAME, 0, 1).stream()
                                            .findFirst()
                                            .orElse(null);
                            if (latest != null) {
                                progress.reached(
                                        RunTotals.of(jobRepository, latest).filesDone());
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (RuntimeException e) {
                        log.warn("cluster progress stopped", e);
                    }
                },
                "acervo-cluster-progress");
        watcher.setDaemon(true);
        watcher.start();
        try {
            return launch.call();
        } finally {
            watcher.interrupt();
        }
    }

    private static final long WATCH_MILLIS = 2000;

    /**
     * A run that failed, as a full disk when one caused it: said by the exception that came out, or
     * only by the failures recorded on the execution and its steps, when all that came out was the job
     * repository's "the database has been closed".
     */
    private static Optional<DiskFullException> diskFull(
            Exception thrown, List<Throwable> failures, IngestRequest request) {
        if (thrown != null) {
            Optional<DiskFullException> full = DiskFullException.inDataDir(thrown, request.dataDir());
            if (full.isPresent()) {
                return full;
            }
        }
        for (Throwable failure : failures) {
            Optional<DiskFullException> full = DiskFullException.inDataDir(failure, request.dataDir());
            if (full.isPresent()) {
                if (thrown != null) {
                    // What came out goes to the log with it.
                    full.get().addSuppressed(thrown);
                }
                return full;
            }
        }
        return Optional.empty();
    }

    /**
     * Takes the index's write lock now, so that a second ingest on the same data fails fast and clearly,
     * and forgets the last finished run: until this one finishes, no re-run is answered without the job.
     */
    private void claimIndex(Path dataDir) throws IOException {
        try {
            index.commit();
        } catch (RuntimeException | IOException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof LockObtainFailedException) {
                    throw new CannotRun("error.ingestRunning");
                }
            }
            throw e;
        }
        SettledRun.forget(dataDir);
    }

    /**
     * Keeps what this finished run left, with the runs the job repository still holds unfinished: what
     * {@link UnchangedRun} reads instead of opening the index and the repository. A failure here only
     * leaves the next re-run to start the job.
     */
    private void recordFinished(JobExecution execution, Path dataDir) {
        try {
            index.commitSettled();
            Optional<FileStamp> commit = CommitStamp.of(dataDir);
            if (commit.isPresent()) {
                SettledRun.of(index, commit.get(), execution.getId(), unfinishedRuns())
                        .write(dataDir);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("could not keep the finished run; the next re-run starts the job", e);
        }
    }

    /** The runs {@link #lastUnfinished} would resume, by {@link SettledRun#key}: the latest run of each set of inputs, when unfinished. */
    private Set<String> unfinishedRuns() {
        Set<String> seen = new HashSet<>();
        Set<String> unfinished = new TreeSet<>();
        for (JobInstance instance : jobRepository.getJobInstances(IngestJobConfiguration.JOB_NAME, 0, RUNS_LOOKED_AT)) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last == null) {
                continue;
            }
            JobParameters p = last.getJobParameters();
            String key = SettledRun.key(
                    Objects.toString(p.getString(IngestJobConfiguration.PARAM_INPUTS), ""),
                    Objects.toString(p.getString(IngestJobConfiguration.PARAM_INCLUDE), ""),
                    Objects.toString(p.getString(IngestJobConfiguration.PARAM_EXCLUDE), ""));
            BatchStatus status = last.getStatus();
            if (seen.add(key) && status != BatchStatus.COMPLETED && status != BatchStatus.ABANDONED) {
                unfinished.add(key);
            }
        }
        return unfinished;
    }

    /** How many of the latest job instances are searched for an unfinished run of the same inputs. */
    private static final int RUNS_LOOKED_AT = 50;

    private JobExecution lastUnfinished(String inputs, String include, String exclude) {
        for (JobInstance instance : jobRepository.getJobInstances(IngestJobConfiguration.JOB_NAME, 0, RUNS_LOOKED_AT)) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last == null) {
                continue;
            }
            JobParameters p = last.getJobParameters();
            boolean same = inputs.equals(p.getString(IngestJobConfiguration.PARAM_INPUTS))
                    && include.equals(Objects.toString(p.getString(IngestJobConfiguration.PARAM_INCLUDE), ""))
                    && exclude.equals(Objects.toString(p.getString(IngestJobConfiguration.PARAM_EXCLUDE), ""));
            if (same) {
                BatchStatus status = last.getStatus();
                return status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED ? null : last;
            }
        }
        return null;
    }

    /**
     * Spring Batch's {@link RunIdIncrementer} applied to the latest run: its {@code run.id} plus one (1 for
     * the first run). Not declared on the job: Batch 6's {@code JobOperator.start} then ignores every other
     * parameter, and a run's inputs, include and exclude patterns are what identify it.
     */
    private JobParameters nextRunId() {
        JobParameters latest = jobRepository.getJobInstances(IngestJobConfiguration.JOB_NAME, 0, 1).stream()
                .map(jobRepository::getLastJobExecution)
                .filter(Objects::nonNull)
                .map(JobExecution::getJobParameters)
                .findFirst()
                .orElseGet(JobParameters::new);
        JobParameters next = new RunIdIncrementer().getNext(latest);
        // Only the run id is carried over: the other parameters are this run's own.
        return new JobParametersBuilder()
                .addJobParameter(next.getParameter(IngestJobConfiguration.RUN_ID))
                .toJobParameters();
    }

    /**
     * Why a run did not complete, in the words of the deepest cause of each failure this process saw on it
     * and its steps (a broker that refuses the connection, a step that threw), once each. The repository keeps
     * no exceptions, only exit descriptions, so a run read back from it says nothing more.
     */
    private static List<String> causes(JobExecution execution) {
        return execution.getAllFailureExceptions().stream()
                .map(RootCause::firstLine)
                .distinct()
                .toList();
    }

    /** Files the attempts of this job instance have finished so far. */
    private int filesDone(JobExecution execution) {
        return RunTotals.of(jobRepository, execution.getJobInstance()).filesDone();
    }

    private RunSummary summarize(JobExecution execution, int seen, double seconds, boolean restarted) {
        RunTotals totals = RunTotals.of(jobRepository, execution.getJobInstance());
        return new RunSummary(
                execution.getId(),
                execution.getStatus().name(),
                seen,
                totals.indexed(),
                totals.unchanged(),
                totals.failedFiles(),
                totals.failedMembers(),
                totals.failures(),
                totals.ocrPages(),
                totals.embedded(),
                seconds,
                restarted,
                totals.pruned());
    }
}
