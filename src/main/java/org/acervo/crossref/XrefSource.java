package org.acervo.crossref;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DisplayPath;
import org.acervo.document.Event;
import org.acervo.document.Mention;
import org.acervo.document.Relation;
import org.acervo.index.ArchiveIndex;
import org.acervo.recognition.identifier.ArchiveSpellings;

/**
 * What the cross-reference tables are built from: every document without its page text, and the
 * few pages a table quotes (the sentence of a first mention, a heading on page 1), read one document
 * at a time when asked. A hundred thousand documents' mentions fit in memory; their text does not.
 *
 * <p>The identifiers the archive holds (each document's own number in its heading) are worked out
 * once per source, on first need; a source is shared by every table built from one snapshot.
 */
public final class XrefSource {

    /** Reads the text of some pages of a document, by page number. */
    @FunctionalInterface
    interface PageReader {
        Map<Integer, String> pages(ArchiveDocument document, Set<Integer> pages) throws IOException;
    }

    private final List<ArchiveDocument> documents;
    private final PageReader reader;
    /** The archive's folder, as tables show paths below it ({@link DisplayPath#root}). */
    private final String root;

    private Map<String, ArchiveDocument> holders;

    XrefSource(List<ArchiveDocument> documents, PageReader reader) {
        this.documents = resolveSpellings(documents);
        this.reader = reader;
        this.root = DisplayPath.root(
                documents.stream().flatMap(d -> d.paths().stream()).toList());
    }

    /**
     * The documents with each OCR-damaged identifier resolved to the clean spelling the archive holds
     * elsewhere ({@link ArchiveSpellings}), so one number is one row; {@code raw} keeps what the page says.
     */
    private static List<ArchiveDocument> resolveSpellings(List<ArchiveDocument> documents) {
        Map<String, Integer> held = new HashMap<>();
        for (ArchiveDocument d : documents) {
            d.mentions().stream()
                    .filter(m -> m.type().isIdentifier() && m.value() != null)
                    .map(Mention::value)
                    .distinct()
                    .forEach(v -> held.merge(v, 1, Integer::sum));
        }
        ArchiveSpellings spellings = ArchiveSpellings.of(held);
        if (spellings.size() == 0) {
            return List.copyOf(documents);
        }
        return documents.stream()
                .map(d -> d.withFindings(
                        d.mentions().stream()
                                .map(m -> m.type().isIdentifier()
                                        ? new Mention(
                                                m.type(),
                                                spellings.resolve(m.value()),
                                                m.raw(),
                                                m.page(),
                                                m.start(),
                                                m.end())
                                        : m)
                                .toList(),
                        d.relations().stream()
                                .map(r -> new Relation(
                                        spellings.resolve(r.from()), spellings.resolve(r.to()), r.kind(), r.page()))
                                .toList(),
                        d.events().stream()
                                .map(e -> new Event(
                                        e.date(),
                                        e.action(),
                                        e.ids().stream().map(spellings::resolve).toList(),
                                        e.page()))
                                .toList()))
                .toList();
    }

    /**
     * The documents of an index (this machine's at one commit, or a cluster's Solr collection), text read
     * from it when a table quotes a page: the index must stay open while tables are built from this source.
     */
    public static XrefSource of(ArchiveIndex index) throws IOException {
        return new XrefSource(index.summaries(), (document, pages) -> index.pages(document.sha256(), pages));
    }

    /** Entries already in memory with their text, in the order given (tests, a handful of documents). */
    public static XrefSource of(List<ArchiveDocument> entries) {
        Map<String, ArchiveDocument> bySha = new HashMap<>();
        entries.forEach(e -> bySha.put(e.sha256(), e));
        return new XrefSource(entries.stream().map(ArchiveDocument::summary).toList(), (document, pages) -> {
            List<String> texts = bySha.get(document.sha256()).pages();
            Map<Integer, String> found = new HashMap<>();
            pages.stream().filter(p -> p >= 1 && p <= texts.size()).forEach(p -> found.put(p, texts.get(p - 1)));
            return found;
        });
    }

    /** Each document's id (SHA-256) by its path as {@link XrefRow#path()} shows it: where a row's page links go. */
    public Map<String, String> idsByPath() {
        Map<String, String> ids = new HashMap<>();
        // Below the archive's folder, as every table's rows have it (not DisplayPath.of: that is the working
        // directory's).
        documents.forEach(e -> ids.put(path(e), e.sha256()));
        return ids;
    }

    /** Every document, failed ones included, in path order. */
    List<ArchiveDocument> documents() {
        return documents;
    }

    /** The folder every document lies under, with its trailing slash ({@code /archivo/}); empty when none. */
    public String root() {
        return root;
    }

    /** A document's (first) path below the archive's folder, as every table shows it: {@code 2021/oficios/oficio-104.pdf}. */
    String path(ArchiveDocument document) {
        return DisplayPath.relative(root, document.path());
    }

    /** The text of some pages of one document; pages it does not have are absent. */
    Map<Integer, String> pages(ArchiveDocument document, Set<Integer> pages) {
        try {
            return reader.pages(document, pages);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the pages of " + document.path(), e);
        }
    }

    /** Every identifier held by the archive, with the document that is it (see {@link OwnNumbers}). */
    synchronized Map<String, ArchiveDocument> holders() {
        if (holders == null) {
            holders = OwnNumbers.holders(this);
        }
        return holders;
    }
}
