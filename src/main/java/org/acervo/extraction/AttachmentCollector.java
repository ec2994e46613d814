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
 * <p>Bounded: at most {@value #MAX_FILES} files and {@value #MAX_MEGABYTES} MB each, so that a
 * decompression bomb ends as a recorded refusal instead of a full disk.
 */
final class AttachmentCollector implements EmbeddedDocumentExtractor {

    /** Media types whose embedded files are documents of their own. */
    static final Set<String> CONTAINERS = Set.of("message/rfc822", "application/vnd.ms-outlook", "application/zip",
            "application/x-tar", "application/gzip", "application/x-gtar", "application/x-7z-compressed",
            "application/x-rar-compressed", "application/vnd.rar");

    static final int MAX_FILES = 1000;
    static final int MAX_MEGABYTES = 100;

    private final List<Attachment> attachments = new ArrayList<>();
    /** Parses inline parts (an e-mail's body) into the container's own text, as Tika would. */
    private final ParsingEmbeddedDocumentExtractor inline;

    AttachmentCollector(ParseContext context) {
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
        if (TikaCoreProperties.EmbeddedResourceType.INLINE.toString().equals(metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE))) {
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
        Path copy = Files.createTempFile("acervo-attachment-", "");
        long limit = MAX_MEGABYTES * 1024L * 1024L;
        long copied = 0;
        try (OutputStream out = Files.newOutputStream(copy)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = stream.read(buffer)) > 0; ) {
                copied += n;
                if (copied > limit) {
                    break;
                }
                out.write(buffer, 0, n);
            }
        }
        if (copied > limit) {
            Files.deleteIfExists(copy);
            attachments.add(new Attachment(name, null, "larger than " + MAX_MEGABYTES + " MB unpacked; not read"));
        } else {
            attachments.add(new Attachment(name, copy.toString(), null));
        }
    }

    List<Attachment> attachments() {
        return List.copyOf(attachments);
    }
}
