package org.acervo.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Keeps the attachments of e-mails and the members of archives as temporary files, so that each is
 * ingested as a document of its own under the container's path. Images inside Word files or PDFs are
 * not collected: they belong to their page, and a logo is no document.
 *
 * <p>Bounded: at most {@value #MAX_FILES} files, {@value #MAX_MEGABYTES} MB each, and an unpacking
 * budget in all (by default {@value #MAX_CONTAINER_MEGABYTES} MB), so that a decompression bomb ends
 * as recorded refusals instead of a full disk. Every member past a bound is still listed, with its reason.
 */
final class AttachmentCollector implements EmbeddedDocumentExtractor {

    /** Media types whose embedded files are documents of their own. */
    static final Set<String> CONTAINERS = Set.of(
            "message/rfc822",
            "application/vnd.ms-outlook",
            "application/zip",
            "application/x-tar",
            "application/gzip",
            "application/x-gtar",
            "application/x-7z-compressed",
            "application/x-rar-compressed",
            "application/vnd.rar");

    static final int MAX_FILES = 1000;
    static final int MAX_MEGABYTES = 100;

    /**
     * What one container may unpack in all when its caller gives no budget ({@code acervo extract}); the
     * ingest gives each input file its own (see IngestProcessor). The bound per member alone let a 3 MB
     * zip of many highly compressible members, each under {@value #MAX_MEGABYTES} MB, write 3.1 GB of
     * temporary files.
     */
    static final int MAX_CONTAINER_MEGABYTES = DocumentExtractor.DEFAULT_UNPACK_MEGABYTES;

    /** Why a member after the budget is spent is not copied. */
    static final String BUDGET_SPENT =
            "not unpacked: the file had already unpacked as much as it may (a bound against decompression bombs)";

    private final List<Attachment> attachments = new ArrayList<>();
    /** Bytes this container may still write to temporary files. */
    private long budget;
    /** Bytes written so far, copies refused midway included. */
    private long unpacked;
    /** Parses inline parts (an e-mail's body) into the container's own text, as Tika would. */
    private final ParsingEmbeddedDocumentExtractor inline;

    /** @param budget bytes the members may take in temporary files in all */
    AttachmentCollector(ParseContext context, long budget) {
        this.budget = budget;
        this.inline = new ParsingEmbeddedDocumentExtractor(context);
        this.inline.setWriteFileNameToContent(false);
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        return true;
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws IOException, SAXException {
        if (TikaCoreProperties.EmbeddedResourceType.INLINE
                .toString()
                .equals(metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE))) {
            inline.parseEmbedded(stream, handler, metadata, outputHtml);
            return;
        }
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        if (name == null || name.isBlank()) {
            name = "adjunto-" + (attachments.size() + 1);
        }
        if (attachments.size() >= MAX_FILES) {
            attachments.add(new Attachment(name, null, "more than " + MAX_FILES + " files in one container"));
            return;
        }
        long memberLimit = MAX_MEGABYTES * 1024L * 1024L;
        long allowed = Math.min(memberLimit, budget);
        if (allowed <= 0) {
            attachments.add(new Attachment(name, null, BUDGET_SPENT));
            return;
        }
        Path copy = Files.createTempFile("acervo-attachment-", "");
        long copied = 0;
        boolean refused = false;
        try (OutputStream out = Files.newOutputStream(copy)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = stream.read(buffer)) > 0; ) {
                if (copied + n > allowed) {
                    refused = true;
                    break;
                }
                out.write(buffer, 0, n);
                copied += n;
            }
        } catch (IOException | RuntimeException e) {
            // A member that breaks off while copied (a damaged archive) leaves no copy behind either.
            Files.deleteIfExists(copy);
            throw e;
        } finally {
            // Charged as written, kept or not: the bound is on what reaches the disk.
            budget -= copied;
            unpacked += copied;
        }
        if (refused) {
            Files.deleteIfExists(copy);
            // Refused by the budget when that was the tighter bound, else too large on its own.
            attachments.add(new Attachment(
                    name,
                    null,
                    allowed < memberLimit ? BUDGET_SPENT : "larger than " + MAX_MEGABYTES + " MB unpacked; not read"));
        } else {
            attachments.add(new Attachment(name, copy.toString(), null));
        }
    }

    List<Attachment> attachments() {
        return List.copyOf(attachments);
    }

    /** Bytes written to temporary files, copies refused midway included. */
    long unpacked() {
        return unpacked;
    }
}
