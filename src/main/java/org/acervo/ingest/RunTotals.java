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
 * What every attempt of one ingest (a run and its restarts) has done so far: the {@link PartitionTally}
 * counts the partitions commit with each chunk, summed, while the run goes on or after it stopped;
 * {@link RunSummary} is what the console is told of a run that ended. A restart skips partitions that
 * had finished, so each partition's latest execution across all attempts is the one to read.
 *
 * @param failedFiles   input files that failed
 * @param failedMembers members of containers that failed
 * @param failures      the first failures by path, at most {@link PartitionTally#DEFAULT_LISTED}; the counts
 *                      are exact, the list is not complete when there were more
 */
record RunTotals(
        int indexed,
        int unchanged,
        int failedFiles,
        int failedMembers,
        List<RunSummary.Failure> failures,
        int ocrPages,
        int embedded,
        List<String> pruned) {

    /** Files of the inputs finished so far; failed members of containers are not input files. */
    int filesDone() {
        return indexed + unchanged + failedFiles;
    }

    @SuppressWarnings("unchecked")
    static RunTotals of(JobRepository jobRepository, JobInstance instance) {
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
        List<RunSummary.Failure> failures = new ArrayList<>();
        for (StepExecution step : latest.values()) {
            ExecutionContext context = step.getExecutionContext();
            indexed += context.getInt(PartitionTally.INDEXED, 0);
            unchanged += context.getInt(PartitionTally.UNCHANGED, 0);
            failedFiles += context.getInt(PartitionTally.FAILED, 0);
            ocrPages += context.getInt(PartitionTally.OCR_PAGES, 0);
            embedded += context.getInt(PartitionTally.EMBEDDED, 0);
            List<String> lines = context.containsKey(PartitionTally.FAILURES)
                    ? (List<String>) context.get(PartitionTally.FAILURES)
                    : List.of();
            failedMembers += context.getInt(PartitionTally.FAILED_MEMBERS, PartitionTally.membersIn(lines));
            for (String line : lines) {
                String[] parts = line.split("\t", 2);
                failures.add(new RunSummary.Failure(parts[0], parts.length > 1 ? parts[1] : ""));
            }
        }
        failures.sort(Comparator.comparing(RunSummary.Failure::path));
        return new RunTotals(
                indexed,
                unchanged,
                failedFiles,
                failedMembers,
                List.copyOf(failures.subList(0, Math.min(failures.size(), PartitionTally.DEFAULT_LISTED))),
                ocrPages,
                embedded,
                pruned);
    }
}
