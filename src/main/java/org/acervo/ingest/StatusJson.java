package org.acervo.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * What {@code status --json} prints, as Jackson writes these records: component by component, in order.
 *
 * @param documents       documents indexed and failed
 * @param failures        every failed path with its reason and kind
 * @param failedByKind    failed paths per kind, most first
 * @param running         the ingest under way or interrupted; absent when there is none
 * @param jobsUnavailable why the run history cannot be read now (English); absent when it can
 * @param jobs            the runs the job repository holds, newest first
 */
record StatusJson(
        Documents documents,
        List<StatusCommand.Failure> failures,
        Map<String, Integer> failedByKind,
        @JsonInclude(JsonInclude.Include.NON_NULL) Progress running,
        @JsonInclude(JsonInclude.Include.NON_NULL) String jobsUnavailable,
        List<Job> jobs) {

    record Documents(int indexed, int failed) {}

    /** @param id the run's execution id, null before the job has one */
    record Progress(Long id, String state, int filesDone, int files) {}

    /** A run: start and end as ISO local date-times, null when not (yet) known. */
    record Job(long id, String status, String start, String end) {}
}
