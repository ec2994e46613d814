package org.acervo.ingest;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/** The last ingest executions, read from the Spring Batch job repository. */
@Component
public class JobHistory {

    /** One execution: id, batch status, start and end (null while running or when killed). */
    public record Run(long id, String status, LocalDateTime start, LocalDateTime end) {}

    /** The ingest under way: files done of the run's files, and since when. */
    public record Running(long id, int filesDone, int files, LocalDateTime start) {}

    private final JobRepository jobRepository;

    JobHistory(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    /** The newest execution the repository says is running; the caller knows whether a process still runs it. */
    public java.util.Optional<Running> running() {
        return jobRepository.findRunningJobExecutions(IngestJobConfiguration.JOB_NAME).stream()
                .max(Comparator.comparingLong(JobExecution::getId))
                .map(e -> new Running(
                        e.getId(),
                        RunTotals.of(jobRepository, e.getJobInstance()).filesDone(),
                        e.getJobParameters()
                                .getLong(IngestJobConfiguration.PARAM_FILES, 0L)
                                .intValue(),
                        e.getStartTime()));
    }

    public List<Run> last(int count) {
        List<Run> runs = new ArrayList<>();
        for (JobInstance instance : jobRepository.getJobInstances(IngestJobConfiguration.JOB_NAME, 0, count)) {
            for (JobExecution execution : jobRepository.getJobExecutions(instance)) {
                runs.add(new Run(
                        execution.getId(),
                        execution.getStatus().name(),
                        execution.getStartTime(),
                        execution.getEndTime()));
            }
        }
        runs.sort(Comparator.comparingLong(Run::id).reversed());
        return runs.subList(0, Math.min(count, runs.size()));
    }
}
