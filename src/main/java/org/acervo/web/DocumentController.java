package org.acervo.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;

import org.acervo.document.DisplayPath;
import org.acervo.index.IndexEntry;
import org.acervo.index.LiveIndex;
import org.acervo.language.NotFound;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * One document: {@code /doc/{id}} (its text page by page, mentions linked), {@code /doc/{id}/original}
 * (the file) and {@code /api/doc/{id}}. The id is the document's SHA-256.
 *
 * <p>The download serves only a path the index lists for that id, and only while the file there
 * still has the indexed content: nothing in the request names a file.
 */
@Controller
class DocumentController {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final LiveIndex index;

    DocumentController(LiveIndex index) {
        this.index = index;
    }

    @GetMapping("/doc/{id}")
    String page(@PathVariable("id") String id, Model model) throws IOException {
        model.addAttribute("doc", DocumentView.of(find(id)));
        return "doc";
    }

    @GetMapping("/api/doc/{id}")
    @ResponseBody
    Map<String, Object> api(@PathVariable("id") String id) throws IOException {
        IndexEntry e = find(id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", e.sha256());
        body.put("path", DisplayPath.of(e.path()));
        body.put("paths", e.paths().stream().map(DisplayPath::of).toList());
        body.put("status", e.status().label());
        body.put("reason", e.reason());
        body.put("mediaType", e.mediaType());
        body.put("documentDate", e.documentDate());
        body.put("ocrPages", e.ocrPages());
        body.put("pages", e.pages());
        body.put("mentions", e.mentions().stream().map(m -> Map.of("type", m.type().label(),
                "value", m.value() == null ? "" : m.value(), "raw", m.raw(), "page", m.page(), "start", m.start(), "end", m.end())).toList());
        body.put("relations", e.relations());
        body.put("events", e.events());
        return body;
    }

    @GetMapping("/doc/{id}/original")
    ResponseEntity<Resource> original(@PathVariable("id") String id) throws IOException {
        IndexEntry entry = find(id);
        for (String listed : entry.paths()) {
            Path file = Path.of(listed);
            if (Files.isRegularFile(file) && entry.sha256().equals(sha256(file))) {
                MediaType type = entry.mediaType() == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(entry.mediaType());
                return ResponseEntity.ok()
                        .contentType(type)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(file.getFileName().toString(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                        .body(new FileSystemResource(file));
            }
        }
        throw new NotFound("error.originalGone");
    }

    /** The indexed document with this id; ids that are not SHA-256 hex never reach the index. */
    private IndexEntry find(String id) throws IOException {
        if (!SHA256.matcher(id).matches()) {
            throw new NotFound("error.noDocument", id);
        }
        return index.read(lease -> lease.snapshot().find(id))
                .orElseThrow(() -> new NotFound("error.noDocument", id));
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
