package org.acervo.crossref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;
import org.acervo.document.Event;

/**
 * Table 4, the correspondence register: every dated event (sent, received, approved, …) in date
 * order, with the identifiers it concerns and where it is stated — the log an archivist would
 * otherwise type by hand. The same event told by several reports is listed once per report, since
 * each is a source to check.
 */
final class CorrespondenceRegister {

    static final List<String> HEADER = List.of("date", "action", "identifiers", "document", "page");

    private record Line(Event event, ArchiveDocument entry) {}

    private CorrespondenceRegister() {}

    /** @param identifier only events concerning this identifier, or every event when null */
    static Table build(XrefSource source, String identifier) {
        List<Line> lines = new ArrayList<>();
        for (ArchiveDocument entry : source.documents()) {
            if (entry.status() == DocumentStatus.INDEXED) {
                entry.events().stream()
                        .filter(e -> identifier == null || e.ids().contains(identifier))
                        .forEach(e -> lines.add(new Line(e, entry)));
            }
        }
        lines.sort(Comparator.comparing((Line l) -> l.event().date())
                .thenComparing(l -> l.entry().path())
                .thenComparingInt(l -> l.event().page()));
        Table.Builder table = new Table.Builder(
                "register", identifier == null ? "Correspondence register" : "Timeline of " + identifier, HEADER);
        for (Line l : lines) {
            table.row(
                    l.entry().sha256(),
                    List.of(
                            l.event().date(),
                            l.event().action(),
                            String.join(", ", l.event().ids()),
                            source.path(l.entry()),
                            l.event().page()));
        }
        return table.build();
    }
}
