package org.acervo.ingest;

import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * The ingest job's execution as this process runs it, failures included. When the job repository
 * itself fails (its H2 file on a full disk), the launch throws only the repository's last words,
 * "the database has been closed"; what closed it is recorded on the steps of this in-memory execution.
 */
final class LaunchedExecution implements JobExecutionListener {

    private volatile JobExecution current;

    @Override
    public void beforeJob(JobExecution jobExecution) {
        current = jobExecution;
    }

    void forget() {
        current = null;
    }

    /** Every failure of the execution launched last and of its steps, partitions included. */
    List<Throwable> failures() {
        JobExecution execution = current;
        return execution == null ? List.of() : execution.getAllFailureExceptions();
    }
}
