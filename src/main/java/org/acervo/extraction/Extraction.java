package org.acervo.extraction;

import java.util.List;

/**
 * The text of one file, page by page, or why there is none.
 *
 * @param sha256    hex SHA-256 of the file's bytes: the document's identity
 * @param mediaType the detected media type
 * @param pages     text of each page, first page first (empty when failed)
 * @param ocrPages  how many pages went through OCR
 * @param failure   null on success
 * @param reason    the failure as a sentence with its detail, null on success
 * @param attachments files inside a container (e-mail attachments, archive members), each to be read
 *                  as a document of its own; their temporary files belong to the caller
 * @param unpacked  bytes written to temporary files for the attachments, those kept and those refused
 *                  midway (too large) alike: what a caller's unpacking budget is charged
 */
public record Extraction(
        String sha256,
        String mediaType,
        List<String> pages,
        int ocrPages,
        ExtractionFailure failure,
        String reason,
        List<Attachment> attachments,
        long unpacked) {

    public Extraction {
        pages = List.copyOf(pages);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    static Extraction success(String sha256, String mediaType, List<String> pages, int ocrPages) {
        return new Extraction(sha256, mediaType, pages, ocrPages, null, null, List.of(), 0);
    }

    Extraction withAttachments(List<Attachment> found, long bytes) {
        return new Extraction(sha256, mediaType, pages, ocrPages, failure, reason, found, bytes);
    }

    static Extraction failed(String sha256, String mediaType, ExtractionFailure failure, String detail) {
        String reason =
                detail == null || detail.isBlank() ? failure.sentence() : failure.sentence() + " (" + detail + ")";
        return new Extraction(sha256, mediaType, List.of(), 0, failure, reason, List.of(), 0);
    }

    /** Deletes the temporary copies of the attachments, for callers that do not read them. */
    public void discardAttachments() {
        attachments.forEach(Attachment::discard);
    }

    public boolean succeeded() {
        return failure == null;
    }

    /** True when at least one page was read by OCR. */
    public boolean ocr() {
        return ocrPages > 0;
    }
}
