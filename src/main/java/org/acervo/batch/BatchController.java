package org.acervo.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.acervo.crossref.TableFormat;
import org.acervo.crossref.TableWords;
import org.acervo.crossref.XrefSource;
import org.acervo.index.LiveIndex;
import org.acervo.language.Texts;
import org.acervo.search.IdentifierResolver;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The batch search: {@code /lote} (a form to paste or upload a list, then its rows, with CSV and XLSX
 * exports of them), and {@code POST /api/batch}.
 *
 * <p>Every POST here only reads the index: a page elsewhere that makes a browser post a list learns
 * nothing it could read back (no CORS), and {@code WebGuard} refuses host names other than this server's.
 */
@Controller
class BatchController {

    private final LiveIndex index;

    BatchController(LiveIndex index) {
        this.index = index;
    }

    @GetMapping("/lote")
    String form(Model model) {
        model.addAttribute("ids", "");
        model.addAttribute("column", "");
        return "lote";
    }

    /** The list pasted ({@code ids}) and the file uploaded ({@code file}), read one after the other. */
    @PostMapping("/lote")
    String results(
            @RequestParam(name = "ids", required = false) String ids,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "column", required = false) String column,
            Model model,
            Locale locale)
            throws IOException {
        Texts texts = Texts.of(locale);
        List<String> asked = new ArrayList<>(BatchList.read(ids, column, texts).identifiers());
        if (file != null && !file.isEmpty()) {
            asked.addAll(BatchList.read(BatchText.decode(file.getBytes()), column, texts)
                    .identifiers());
        }
        BatchList list = BatchList.of(asked, texts);
        if (list.size() == 0) {
            throw new IllegalArgumentException(texts.get("lote.empty"));
        }
        model.addAttribute("ids", list.asText());
        model.addAttribute("column", column == null ? "" : column);
        model.addAttribute("result", search(list));
        return "lote";
    }

    /** The rows of a list as a file: what the results page's export buttons post, the list in a hidden field. */
    @PostMapping("/lote/export")
    ResponseEntity<byte[]> export(
            @RequestParam(name = "ids") String ids,
            @RequestParam(name = "format", defaultValue = "csv") String format,
            Locale locale)
            throws IOException {
        Texts texts = Texts.of(locale);
        TableFormat chosen = TableFormat.parse(format);
        BatchList list = BatchList.lines(ids, texts);
        if (list.size() == 0) {
            throw new IllegalArgumentException(texts.get("lote.empty"));
        }
        BatchResult result = search(list);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // CSV with its stable keys, the other formats with the headers of the page's language.
        chosen.write(chosen == TableFormat.CSV ? result.table() : TableWords.forPeople(result.table(), texts), bytes);
        String name = "acervo-lote." + chosen.extension();
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(chosen.mediaType() + (chosen.isText() ? ";charset=UTF-8" : "")))
                .body(bytes.toByteArray());
    }

    /**
     * A {@code text/plain} body, one identifier per line: {@code {"rows": [...], "notFound": [...]}}. Any other
     * content type is read as text too: a script posting a file with curl need not name its type.
     */
    @PostMapping("/api/batch")
    @ResponseBody
    BatchResult.Answer api(@RequestBody(required = false) String body, Locale locale) throws IOException {
        return search(BatchList.read(body, null, Texts.of(locale))).json();
    }

    private BatchResult search(BatchList list) throws IOException {
        // The resolver and the documents are the ones the identifier pages use, cached once per snapshot.
        return index.read(lease -> new BatchSearch(
                        lease.cached(
                                "resolver",
                                l -> new IdentifierResolver(l.index().identifiers())),
                        lease.cached("xref", l -> XrefSource.of(l.index())))
                .search(list));
    }
}
