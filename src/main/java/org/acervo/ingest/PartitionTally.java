package org.acervo.ingest;

import java.util.ArrayList;
import java.util.List;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Counts of one partition's outcomes, kept in its step execution context so that a restarted run
 * still reports what the killed one had done.
 *
 * <p>The context is written to the job repository with every chunk, so it holds counts and only the
 * first failures ({@link #DEFAULT_LISTED} by default) as "path TAB reason" lines: an archive with
 * thousands of broken files would otherwise rewrite all their reasons at each commit. Every failure
 * is in the index anyway, with its reason, where {@code status} lists them all.
 */
final class PartitionTally {

    static final String INDEXED = "acervo.indexed";
    static final String UNCHANGED = "acervo.unchanged";
    /** Input files that failed. */
    static final String FAILED = "acervo.failed";
    /** Members of containers (attachments, archive members) that failed. */
    static final String FAILED_MEMBERS = "acervo.failedMembers";

    static final String OCR_PAGES = "acervo.ocrPages";
    /** The first failures, as "path TAB reason". */
    static final String FAILURES = "acervo.failures";

    static final String EMBEDDED = "acervo.embedded";

    /** Failures listed by path and reason, per partition and in the run summary. */
    static final int DEFAULT_LISTED = 100;

    private final int listed;
    private int indexed;
    private int unchanged;
    private int failed;
    private int failedMembers;
    private int ocrPages;
    private int embedded;
    private final List<String> failures = new ArrayList<>();

    /** @param listed how many failures to keep by path and reason; the rest are only counted */
    PartitionTally(int listed) {
        if (listed < 0) {
            throw new IllegalArgumentException("failures listed must be 0 or more, not " + listed);
        }
        this.listed = listed;
    }

    void add(FileOutcome outcome) {
        switch (outcome.result()) {
            case INDEXED -> indexed++;
            case UNCHANGED -> unchanged++;
            case FAILED -> {
                failed++;
                list(outcome.entry());
            }
        }
        ocrPages += outcome.ocrPages();
        embedded += outcome.embedded().size();
        for (ArchiveDocument member : outcome.embedded()) {
            if (member.status() == DocumentStatus.FAILED) {
                failedMembers++;
                list(member);
            }
        }
    }

    private void list(ArchiveDocument failure) {
        if (failures.size() < listed) {
            failures.add(failure.path() + "\t" + failure.reason());
        }
    }

    @SuppressWarnings("unchecked")
    void restore(ExecutionContext context) {
        indexed = context.getInt(INDEXED, 0);
        unchanged = context.getInt(UNCHANGED, 0);
        failed = context.getInt(FAILED, 0);
        ocrPages = context.getInt(OCR_PAGES, 0);
        embedded = context.getInt(EMBEDDED, 0);
        List<String> kept = context.containsKey(FAILURES) ? (List<String>) context.get(FAILURES) : List.of();
        failedMembers = context.getInt(FAILED_MEMBERS, membersIn(kept));
        failures.clear();
        failures.addAll(kept.subList(0, Math.min(kept.size(), listed)));
    }

    void save(ExecutionContext context) {
        context.putInt(INDEXED, indexed);
        context.putInt(UNCHANGED, unchanged);
        context.putInt(FAILED, failed);
        context.putInt(FAILED_MEMBERS, failedMembers);
        context.putInt(OCR_PAGES, ocrPages);
        context.putInt(EMBEDDED, embedded);
        context.put(FAILURES, new ArrayList<>(failures));
    }

    /** Failed members among listed failures: a context saved before they were counted listed every failure. */
    static int membersIn(List<String> failures) {
        return (int) failures.stream()
                .filter(line -> line.split("\t", 2)[0].contains(FileOutcome.MEMBER))
                .count();
    }
}
