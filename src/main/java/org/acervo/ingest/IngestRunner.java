package org.acervo.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.acervo.index.DocumentIndex;
import org.apache.lucene.store.LockObtainFailedException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Starts the ingest job, or resumes the last run over the same inputs when it did not finish
 * (failed, stopped, or killed with the JVM), and sums up what it did.
 */
@Component
public class IngestRunner {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job ingestJob;
    private final DocumentIndex index;
    private final IngestProgress progress;

    IngestRunner(JobOperator jobOperator, JobRepository jobRepository, Job ingestJob, @Lazy DocumentIndex index,
                 IngestProgress progress) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.ingestJob = ingestJob;
        this.index = index;
        this.progress = progress;
    }

    public IngestSummary run(IngestRequest request) throws Exception {
        long started = System.nanoTime();
        String inputs = String.join("\n", request.inputs().stream().map(Object::toString).toList());
        String include = String.join("\n", request.include());
        String exclude = String.join("\n", request.exclude());
        int seen = IngestJobConfiguration.sourceFiles(inputs, include, exclude).list().size();
        claimIndex();
        progress.start(seen);

        JobExecution unfinished = lastUnfinished(inputs, include, exclude);
        JobExecution execution;
        if (unfinished != null) {
            if (unfinished.isRunning()) {
                // We hold the index lock, so no live process runs it: it died with its JVM.
                unfinished = jobOperator.recover(unfinished);
            }
            execution = jobOperator.restart(unfinished);
        } else {
            JobParameters parameters = new JobParametersBuilder()
                    .addString(IngestJobConfiguration.PARAM_INPUTS, inputs)
                    .addString(IngestJobConfiguration.PARAM_INCLUDE, include)
                    .addString(IngestJobConfiguration.PARAM_EXCLUDE, exclude)
                    .addLong(IngestJobConfiguration.PARAM_RUN_ID, nextRunId())
                    .addString("ocr", request.ocr().name(), false)
                    .addLong("threads", (long) request.threads(), false)
                    .addString(IngestJobConfiguration.PARAM_PRUNE, String.valueOf(request.prune()), false)
                    .toJobParameters();
            execution = jobOperator.start(ingestJob, parameters);
        }
        return summarize(execution, seen, (System.nanoTime() - started) / 1e9, unfinished != null);
    }

    /** Takes the index's write lock now, so that a second ingest on the same data fails fast and clearly. */
    private void claimIndex() throws IOException {
        try {
            index.commit();
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException("another ingest is running on this data directory; wait for it to finish");
        }
    }

    private JobExecution lastUnfinished(String inputs, String include, String exclude) {
        for (JobInstance instance : jobRepository.getJobInstances(IngestJobConfiguration.JOB_NAME, 0, 50)) {
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

    private long nextRunId() {
        return jobRepository.getJobInstances(IngestJobConfiguration.JOB_NAME, 0, 1).stream()
                .map(jobRepository::getLastJobExecution).filter(Objects::nonNull)
                .map(e -> e.getJobParameters().getLong(IngestJobConfiguration.PARAM_RUN_ID, 0L))
                .findFirst().orElse(0L) + 1;
    }

    private IngestSummary summarize(JobExecution execution, int seen, double seconds, boolean restarted) {
        // A restarted run skips partitions that had finished, so read each partition's latest execution
        // across every attempt of this job instance.
        Map<String, StepExecution> latest = new LinkedHashMap<>();
        List<String> pruned = new ArrayList<>();
        List<JobExecution> attempts = new ArrayList<>(jobRepository.getJobExecutions(execution.getJobInstance()));
        attempts.sort(Comparator.comparing(JobExecution::getId));
        for (JobExecution attempt : attempts) {
            for (StepExecution step : attempt.getStepExecutions()) {
                if (step.getStepName().startsWith("ingestFilesStep:")) {
                    latest.put(step.getStepName(), step);
                } else if (step.getStepName().equals("pruneStep") && step.getExecutionContext().containsKey(PruneTasklet.PRUNED)) {
                    @SuppressWarnings("unchecked")
                    List<String> paths = (List<String>) step.getExecutionContext().get(PruneTasklet.PRUNED);
                    pruned.clear();
                    pruned.addAll(paths);
                }
            }
        }
        int indexed = 0;
        int unchanged = 0;
        int ocrPages = 0;
        List<IngestSummary.Failure> failures = new ArrayList<>();
        for (StepExecution step : latest.values()) {
            ExecutionContext context = step.getExecutionContext();
            indexed += context.getInt(IngestTally.INDEXED, 0);
            unchanged += context.getInt(IngestTally.UNCHANGED, 0);
            ocrPages += context.getInt(IngestTally.OCR_PAGES, 0);
            if (context.containsKey(IngestTally.FAILURES)) {
                @SuppressWarnings("unchecked")
                List<String> lines = (List<String>) context.get(IngestTally.FAILURES);
                lines.forEach(line -> {
                    String[] parts = line.split("\t", 2);
                    failures.add(new IngestSummary.Failure(parts[0], parts.length > 1 ? parts[1] : ""));
                });
            }
        }
        failures.sort(Comparator.comparing(IngestSummary.Failure::path));
        return new IngestSummary(execution.getId(), execution.getStatus().name(), seen, indexed, unchanged,
                failures, ocrPages, seconds, restarted, pruned);
    }
}
