package org.acervo.ingest;

import java.util.List;

/**
 * What an ingest run did, for the console and for tests.
 *
 * @param jobExecutionId the Spring Batch execution
 * @param status         its final batch status
 * @param seen           files found under the inputs
 * @param indexed        files whose content was (re)indexed or listed under a new path
 * @param unchanged      files whose content and path were already indexed
 * @param failed         input files that could not be read: the exact count
 * @param failedMembers  members of containers (attachments, archive members) that could not be read
 * @param failures       the first failures, files and members, by path with their reasons, at most
 *                       {@value PartitionTally#DEFAULT_LISTED}; {@code status} lists them all from the index
 * @param ocrPages       pages read by OCR
 * @param embedded       documents found inside containers (attachments, archive members)
 * @param seconds        wall time of this run
 * @param restarted      true when this run resumed an interrupted one
 * @param pruned         paths removed from the index because their files are gone (with {@code --prune})
 * @param jobStarted     false when nothing had changed and the job was not started ({@link UnchangedRun}):
 *                       {@code jobExecutionId} is then the last run's
 */
public record RunSummary(
        long jobExecutionId,
        String status,
        int seen,
        int indexed,
        int unchanged,
        int failed,
        int failedMembers,
        List<Failure> failures,
        int ocrPages,
        int embedded,
        double seconds,
        boolean restarted,
        List<String> pruned,
        boolean jobStarted,
        List<String> stoppedBy) {

    /** A file that failed and why. */
    public record Failure(String path, String reason) {}

    /** What a run of the job did. */
    public RunSummary(
            long jobExecutionId,
            String status,
            int seen,
            int indexed,
            int unchanged,
            int failed,
            int failedMembers,
            List<Failure> failures,
            int ocrPages,
            int embedded,
            double seconds,
            boolean restarted,
            List<String> pruned) {
        this(
                jobExecutionId,
                status,
                seen,
                indexed,
                unchanged,
                failed,
                failedMembers,
                failures,
                ocrPages,
                embedded,
                seconds,
                restarted,
                pruned,
                true,
                List.of());
    }

    /** The same run, with what stopped it: the first cause of each failure the job recorded, once each. */
    RunSummary withStoppedBy(List<String> causes) {
        return new RunSummary(
                jobExecutionId,
                status,
                seen,
                indexed,
                unchanged,
                failed,
                failedMembers,
                failures,
                ocrPages,
                embedded,
                seconds,
                restarted,
                pruned,
                jobStarted,
                causes);
    }

    /** A re-run that found every file as the last run left it, and so started no job. */
    static RunSummary unchanged(long lastExecutionId, int seen, double seconds) {
        return new RunSummary(
                lastExecutionId,
                "COMPLETED",
                seen,
                0,
                seen,
                0,
                0,
                List.of(),
                0,
                0,
                seconds,
                false,
                List.of(),
                false,
                List.of());
    }

    public RunSummary {
        failures = List.copyOf(failures);
        pruned = List.copyOf(pruned);
        stoppedBy = List.copyOf(stoppedBy);
    }

    /** Failures, of files and of members, counted but not listed in {@link #failures()}. */
    public int unlisted() {
        return failed + failedMembers - failures.size();
    }

    public boolean completed() {
        return "COMPLETED".equals(status);
    }
}
