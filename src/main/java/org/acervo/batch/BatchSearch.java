package org.acervo.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acervo.crossref.XrefRow;
import org.acervo.crossref.XrefRows;
import org.acervo.crossref.XrefSource;
import org.acervo.index.ArchiveIndex;
import org.acervo.search.IdentifierResolver;

/**
 * Looks up a list of identifiers at once, as Datashare's batch search runs a CSV of queries: each
 * identifier read as the search box reads one ({@link IdentifierResolver#anySpelling}, so OCR look-alikes,
 * spaces and the ends people type of a number all find it), its rows those of the identifier index.
 *
 * <p>The documents are gone through once for the whole list, and only the pages quoted are read.
 */
public final class BatchSearch {

    /** Indexed numbers one typed end may stand for, as in the search box. */
    private static final int MAX_ENDINGS = 200;

    private final IdentifierResolver resolver;
    private final XrefSource source;

    public BatchSearch(IdentifierResolver resolver, XrefSource source) {
        this.resolver = resolver;
        this.source = source;
    }

    /** The batch search over an index, which must stay open while it searches. */
    public static BatchSearch of(ArchiveIndex index) throws IOException {
        return new BatchSearch(new IdentifierResolver(index.identifiers()), XrefSource.of(index));
    }

    public BatchResult search(BatchList list) {
        Map<String, List<String>> spellings = new HashMap<>();
        Set<String> wanted = new HashSet<>();
        for (String asked : list.identifiers()) {
            List<String> found = resolver.anySpelling(asked, MAX_ENDINGS);
            spellings.put(asked, found);
            wanted.addAll(found);
        }
        Map<String, List<XrefRow>> byIdentifier = new HashMap<>();
        for (XrefRow row : XrefRows.ofAny(source, wanted)) {
            byIdentifier
                    .computeIfAbsent(row.identifier(), k -> new ArrayList<>())
                    .add(row);
        }
        Map<String, String> ids = source.idsByPath();
        List<BatchRow> rows = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        for (String asked : list.identifiers()) {
            int before = rows.size();
            // anySpelling lists canonical identifiers sorted, and the table's rows are by path: a stable order.
            for (String canonical : spellings.get(asked)) {
                for (XrefRow r : byIdentifier.getOrDefault(canonical, List.of())) {
                    rows.add(new BatchRow(
                            asked,
                            r.identifier(),
                            ids.get(r.path()),
                            r.path(),
                            r.pages(),
                            r.documentDate(),
                            r.firstMention()));
                }
            }
            if (rows.size() == before) {
                notFound.add(asked);
            }
        }
        return new BatchResult(list, rows, notFound);
    }
}
