package org.acervo.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.acervo.document.ArchiveDocument;
import org.acervo.document.DisplayPath;
import org.acervo.document.DocumentId;
import org.acervo.document.DocumentStatus;
import org.acervo.index.LiveIndex;
import org.acervo.language.NotFound;
import org.acervo.search.Highlight;
import org.acervo.search.SearchService;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * One document: {@code /doc/{id}} (each page's image beside its text, mentions linked, a search's
 * terms marked), {@code /doc/{id}/page/{n}} (a page's image), {@code /doc/{id}/open} (the file, shown
 * by the browser), {@code /doc/{id}/original} (the file, downloaded) and {@code /api/doc/{id}}. The id
 * is the document's SHA-256.
 *
 * <p>Files are served only from a path the index lists for that id, and only while the file there
 * still has the indexed content ({@link Originals}): nothing in the request names a file.
 */
@Controller
class DocumentController {

    /**
     * What a browser may show in place rather than save: never HTML or SVG, which would be pages of this
     * site made by whoever wrote the file.
     */
    private static final Set<String> SHOWN_INLINE =
            Set.of("application/pdf", "image/jpeg", "image/png", "image/gif", "text/plain");

    private final LiveIndex index;
    private final Originals originals;
    private final PageImages images;

    DocumentController(LiveIndex index, Originals originals, PageImages images) {
        this.index = index;
        this.originals = originals;
        this.images = images;
    }

    /** The document, at the page the address's {@code #pN} names; {@code q} marks a search's terms. */
    @GetMapping("/doc/{id}")
    String page(
            @PathVariable("id") String id,
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "fuzzy", required = false) Boolean fuzzy,
            Model model)
            throws IOException {
        ArchiveDocument entry = find(id);
        String query = q == null ? "" : q.strip();
        boolean approximate = fuzzy != null && fuzzy;
        List<Highlight> marks;
        try {
            marks = index.read(lease ->
                    lease.cached("search", l -> new SearchService(l.index())).highlights(query, approximate, entry));
        } catch (IllegalArgumentException unreadable) {
            marks = List.of(); // the search page says what is wrong with it; here the text is shown unmarked
        }
        List<PageImages.Size> sizes = images.sizes(entry);
        PageImages.Kind kind = PageImages.kind(entry);
        model.addAttribute("doc", DocumentView.of(entry, marks, sizes));
        // Not "q": the header shows its own search box on pages without a query of theirs.
        model.addAttribute("searched", query.isEmpty() ? null : query);
        model.addAttribute("fuzzy", approximate ? Boolean.TRUE : null);
        model.addAttribute("pdf", kind == PageImages.Kind.PDF);
        // A scan or a PDF whose images cannot be shown: say why rather than leave the archivist guessing.
        model.addAttribute(
                "imagesGone",
                sizes.isEmpty() && kind != PageImages.Kind.NONE && entry.status() == DocumentStatus.INDEXED);
        return "doc";
    }

    @GetMapping("/api/doc/{id}")
    @ResponseBody
    Map<String, Object> api(@PathVariable("id") String id) throws IOException {
        ArchiveDocument e = find(id);
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
        body.put(
                "pageImages",
                images.sizes(e).stream()
                        .map(s -> Map.of("width", s.width(), "height", s.height()))
                        .toList());
        // The records as Jackson writes them: the shape the index stores and extract prints.
        body.put("mentions", e.mentions());
        body.put("relations", e.relations());
        body.put("events", e.events());
        return body;
    }

    /** Page {@code n}'s image (PNG or JPEG); 404 for a page without one. */
    @GetMapping("/doc/{id}/page/{n}")
    ResponseEntity<Resource> pageImage(@PathVariable("id") String id, @PathVariable("n") int n) throws IOException {
        ArchiveDocument entry = find(id);
        PageImages.Image image;
        try {
            image = images.image(entry, n);
        } catch (NoSuchElementException e) {
            throw new NotFound("doc.error.noImage", String.valueOf(n));
        }
        String name = "p" + n + (MediaType.IMAGE_JPEG.equals(image.type()) ? ".jpg" : ".png");
        return ResponseEntity.ok()
                .contentType(image.type())
                // The same id is always the same content; private, as everything this server shows.
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(name).build().toString())
                .body(new FileSystemResource(image.file()));
    }

    /** The file, for the browser to show (a PDF in its viewer; {@code #page=N} opens it at a page). */
    @GetMapping("/doc/{id}/open")
    ResponseEntity<Resource> open(@PathVariable("id") String id) throws IOException {
        return file(find(id), true);
    }

    /** The file, to save. */
    @GetMapping("/doc/{id}/original")
    ResponseEntity<Resource> original(@PathVariable("id") String id) throws IOException {
        return file(find(id), false);
    }

    private ResponseEntity<Resource> file(ArchiveDocument entry, boolean inline) {
        Path file = originals.find(entry).orElseThrow(() -> new NotFound("error.originalGone"));
        MediaType type = entry.mediaType() == null
                ? MediaType.APPLICATION_OCTET_STREAM
                : MediaType.parseMediaType(entry.mediaType());
        String base = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        ContentDisposition.Builder disposition =
                inline && SHOWN_INLINE.contains(base) ? ContentDisposition.inline() : ContentDisposition.attachment();
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition
                                .filename(file.getFileName().toString(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new FileSystemResource(file));
    }

    /** The indexed document with this id; ids that are not SHA-256 hex never reach the index. */
    private ArchiveDocument find(String id) throws IOException {
        if (!DocumentId.isContent(id)) {
            throw new NotFound("error.noDocument", id);
        }
        return index.read(lease -> lease.index().find(id)).orElseThrow(() -> new NotFound("error.noDocument", id));
    }
}
