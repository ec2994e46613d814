package org.acervo.ingest;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Counts of one partition's outcomes, kept in its step execution context so that a restarted run
 * still reports what the killed one had done.
 */
final class IngestTally {

    static final String INDEXED = "acervo.indexed";
    static final String UNCHANGED = "acervo.unchanged";
    static final String FAILED = "acervo.failed";
    static final String OCR_PAGES = "acervo.ocrPages";
    static final String FAILURES = "acervo.failures";
    static final String EMBEDDED = "acervo.embedded";

    private int indexed;
    private int unchanged;
    private int failed;
    private int ocrPages;
    private int embedded;
    private final List<String> failures = new ArrayList<>();

    void add(IngestOutcome outcome) {
        switch (outcome.result()) {
            case INDEXED -> indexed++;
            case UNCHANGED -> unchanged++;
            case FAILED -> {
                failed++;
                failures.add(outcome.path() + "\t" + outcome.entry().reason());
            }
        }
        ocrPages += outcome.ocrPages();
        embedded += outcome.embedded().size();
        outcome.embedded().stream().filter(e -> e.status() == org.acervo.index.EntryStatus.FAILED)
                .forEach(e -> failures.add(e.path() + "\t" + e.reason()));
    }

    @SuppressWarnings("unchecked")
    void restore(ExecutionContext context) {
        indexed = context.getInt(INDEXED, 0);
        unchanged = context.getInt(UNCHANGED, 0);
        failed = context.getInt(FAILED, 0);
        ocrPages = context.getInt(OCR_PAGES, 0);
        embedded = context.getInt(EMBEDDED, 0);
        failures.clear();
        if (context.containsKey(FAILURES)) {
            failures.addAll((List<String>) context.get(FAILURES));
        }
    }

    void save(ExecutionContext context) {
        context.putInt(INDEXED, indexed);
        context.putInt(UNCHANGED, unchanged);
        context.putInt(FAILED, failed);
        context.putInt(OCR_PAGES, ocrPages);
        context.putInt(EMBEDDED, embedded);
        context.put(FAILURES, new ArrayList<>(failures));
    }
}
