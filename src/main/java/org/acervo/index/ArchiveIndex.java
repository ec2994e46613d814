package org.acervo.index;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DocumentStatus;

/**
 * The archive as the commands and pages read it: this machine's index at one commit ({@link IndexSnapshot})
 * or a cluster's Solr collection ({@link SolrDocumentIndex}). Search, tables, batch search, the document page
 * and the home page's overview read through it, so they answer the same on either.
 */
public sealed interface ArchiveIndex extends AutoCloseable permits IndexSnapshot, SolrDocumentIndex {

    /** The document with this content, its pages' text included, whatever its status. */
    Optional<ArchiveDocument> find(String sha256) throws IOException;

    /** Every document without its page text, in path order: what tables and {@code status} need. */
    List<ArchiveDocument> summaries() throws IOException;

    /** The documents with this status, without their page text, in path order. */
    List<ArchiveDocument> summaries(DocumentStatus status) throws IOException;

    /** How many documents have this status. */
    int count(DocumentStatus status) throws IOException;

    /** The text of some pages of a document, by page number; pages it does not have are left out. */
    Map<Integer, String> pages(String sha256, Collection<Integer> pages) throws IOException;

    /** Every canonical identifier on the archive's pages, sorted: what identifiers typed any way resolve against. */
    List<String> identifiers() throws IOException;

    @Override
    void close() throws IOException;
}
