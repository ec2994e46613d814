package org.acervo.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What every attempt of one ingest (a run and its restarts) has done so far, from the tallies the
 * partitions commit with each chunk. A restart skips partitions that had finished, so each
 * partition's latest execution across all attempts is the one to read.
 *
 * @param failedFiles   input files that failed
 * @param failedMembers members of containers that failed
 * @param failures      the first failures by path, at most {@link IngestTally#DEFAULT_LISTED}; the counts
 *                      are exact, the list is not complete when there were more
 */
record AttemptTotals(
        int indexed,
        int unchanged,
        int failedFiles,
        int failedMembers,
        List<IngestSummary.Failure> failures,
        int ocrPages,
        int embedded,
        List<String> pruned) {

    /** Files of the inputs finished so far; failed members of containers are not input files. */
    int filesDone() {
        return indexed + unchanged + failedFiles;
    }

    @SuppressWarnings("unchecked")
    static AttemptTotals of(JobRepository jobRepository, JobInstance instance) {
        Map<String, StepExecution> latest = new LinkedHashMap<>();
        List<String> pruned = new ArrayList<>();
        List<JobExecution> attempts = new ArrayList<>(jobRepository.getJobExecutions(instance));
        attempts.sort(Comparator.comparing(JobExecution::getId));
        for (JobExecution attempt : attempts) {
            for (StepExecution step : attempt.getStepExecutions()) {
                if (step.getStepName().startsWith("ingestFilesStep:")) {
                    latest.put(step.getStepName(), step);
                } else if (step.getStepName().equals("pruneStep")
                        && step.getExecutionContext().containsKey(PruneTasklet.PRUNED)) {
                    pruned.clear();
                    pruned.addAll((List<String>) step.getExecutionContext().get(PruneTasklet.PRUNED));
                }
            }
        }
        int indexed = 0;
        int unchanged = 0;
        int failedFiles = 0;
        int failedMembers = 0;
        int ocrPages = 0;
        int embedded = 0;
        List<IngestSummary.Failure> failures = new ArrayList<>();
        for (StepExecution step : latest.values()) {
            ExecutionContext context = step.getExecutionContext();
            indexed += context.getInt(IngestTally.INDEXED, 0);
            unchanged += context.getInt(IngestTally.UNCHANGED, 0);
            failedFiles += context.getInt(IngestTally.FAILED, 0);
            ocrPages += context.getInt(IngestTally.OCR_PAGES, 0);
            embedded += context.getInt(IngestTally.EMBEDDED, 0);
            List<String> lines = context.containsKey(IngestTally.FAILURES)
                    ? (List<String>) context.get(IngestTally.FAILURES)
                    : List.of();
            failedMembers += context.getInt(IngestTally.FAILED_MEMBERS, IngestTally.membersIn(lines));
            for (String line : lines) {
                String[] parts = line.split("\t", 2);
                failures.add(new IngestSummary.Failure(parts[0], parts.length > 1 ? parts[1] : ""));
            }
        }
        failures.sort(Comparator.comparing(IngestSummary.Failure::path));
        return new AttemptTotals(
                indexed,
                unchanged,
                failedFiles,
                failedMembers,
                List.copyOf(failures.subList(0, Math.min(failures.size(), IngestTally.DEFAULT_LISTED))),
                ocrPages,
                embedded,
                pruned);
    }
}
