package org.acervo.crossref;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.acervo.document.Mention;
import org.acervo.document.MentionType;

/** Table 2, the document × identifier matrix: a row per document, a column per identifier, the pages in the cells. */
final class DocumentMatrix {

    private DocumentMatrix() {}

    static Table build(XrefSource source, Optional<MentionType> type) {
        TreeSet<String> identifiers = new TreeSet<>();
        List<ArchiveDocument> documents = new ArrayList<>();
        List<Map<String, TreeSet<Integer>>> cells = new ArrayList<>();
        for (ArchiveDocument entry : source.documents()) {
            if (entry.status() != DocumentStatus.INDEXED) {
                continue;
            }
            Map<String, TreeSet<Integer>> pages = new TreeMap<>();
            for (Mention m : entry.mentions()) {
                if (m.type().isIdentifier()
                        && m.value() != null
                        && type.map(t -> t == m.type()).orElse(true)) {
                    pages.computeIfAbsent(m.value(), k -> new TreeSet<>()).add(m.page());
                }
            }
            if (!pages.isEmpty()) {
                identifiers.addAll(pages.keySet());
                documents.add(entry);
                cells.add(pages);
            }
        }
        List<String> header = new ArrayList<>(List.of("document", "date"));
        header.addAll(identifiers);
        Table.Builder table = new Table.Builder("matrix", "Documents × identifiers (pages)", header);
        for (int i = 0; i < documents.size(); i++) {
            ArchiveDocument entry = documents.get(i);
            List<String> row = new ArrayList<>(
                    List.of(source.path(entry), entry.documentDate() == null ? "" : entry.documentDate()));
            for (String id : identifiers) {
                TreeSet<Integer> pages = cells.get(i).get(id);
                row.add(
                        pages == null
                                ? ""
                                : String.join(
                                        ", ",
                                        pages.stream().map(String::valueOf).toList()));
            }
            table.row(entry.sha256(), row);
        }
        return table.build();
    }
}
