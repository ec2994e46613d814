package org.acervo.crossref;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.acervo.document.DisplayPath;
import org.acervo.index.IndexSchema;
import org.acervo.index.LiveIndex;
import org.acervo.language.BadArgument;
import org.acervo.language.NotFound;
import org.acervo.language.Texts;
import org.acervo.recognition.MentionType;
import org.acervo.search.IdentifierResolver;
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
 * The cross-reference pages: {@code /xref} (the five tables with export links), {@code /id/{identifier}}
 * (everything about one identifier) and their JSON under {@code /api/}.
 *
 * <p>Identifiers contain slashes, so they are taken as the rest of the path ({@code /id/INE/UNICOM/4547/2021}).
 */
@Controller
class XrefController {

    private final LiveIndex index;

    XrefController(LiveIndex index) {
        this.index = index;
    }

    @GetMapping("/xref")
    String page(@RequestParam(name = "table", defaultValue = "index") String table,
                @RequestParam(name = "type", required = false) String type, Model model, Locale locale) throws IOException {
        XrefTable which = XrefTable.parse(table);
        model.addAttribute("table", TableWords.cells(build(which, type), Texts.of(locale)));
        model.addAttribute("tables", XrefTable.values());
        model.addAttribute("which", which.label());
        model.addAttribute("type", type == null ? "" : type);
        model.addAttribute("formats", TableFormat.values());
        return "xref";
    }

    @GetMapping("/xref/export")
    ResponseEntity<byte[]> export(@RequestParam(name = "table", defaultValue = "index") String table,
                                  @RequestParam(name = "type", required = false) String type,
                                  @RequestParam(name = "format", defaultValue = "csv") String format, Locale locale) throws IOException {
        return download(build(XrefTable.parse(table), type), TableFormat.parse(format), "acervo-" + XrefTable.parse(table).label(), locale);
    }

    @GetMapping("/api/xref")
    @ResponseBody
    Map<String, Object> api(@RequestParam(name = "table", defaultValue = "index") String table,
                            @RequestParam(name = "type", required = false) String type) throws IOException {
        return TableJson.of(build(XrefTable.parse(table), type));
    }

    @GetMapping("/id/{*identifier}")
    String identifier(@PathVariable("identifier") String identifier, Model model) throws IOException {
        Resolved resolved = resolve(identifier);
        if (!resolved.canonical.equals(strip(identifier))) {
            return "redirect:/id/" + resolved.canonical;
        }
        model.addAttribute("report", resolved.report);
        model.addAttribute("heldIn", resolved.report.heldIn().map(e -> DisplayPath.of(e.path())).orElse(null));
        model.addAttribute("formats", TableFormat.values());
        return "id";
    }

    @GetMapping("/id-export/{*identifier}")
    ResponseEntity<byte[]> identifierExport(@PathVariable("identifier") String identifier,
                                            @RequestParam(name = "format", defaultValue = "csv") String format, Locale locale) throws IOException {
        Resolved resolved = resolve(identifier);
        return download(resolved.report.mentions(), TableFormat.parse(format), "acervo-" + resolved.canonical.replace('/', '-'), locale);
    }

    @GetMapping("/api/id/{*identifier}")
    @ResponseBody
    Map<String, Object> identifierApi(@PathVariable("identifier") String identifier) throws IOException {
        IdentifierReport report = resolve(identifier).report;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("identifier", report.identifier());
        body.put("type", report.type());
        body.put("heldIn", report.heldIn().map(e -> Map.of("id", e.sha256(), "path", DisplayPath.of(e.path()))).orElse(null));
        body.put("documents", TableJson.rows(report.mentions()));
        body.put("chains", TableJson.rows(report.chains()));
        body.put("timeline", TableJson.rows(report.timeline()));
        return body;
    }

    private record Resolved(String canonical, IdentifierReport report) {
    }

    /** The report on an identifier typed in any spelling; 404 when the archive knows nothing of it. */
    private Resolved resolve(String typed) throws IOException {
        String text = strip(typed);
        return index.read(lease -> {
            IdentifierResolver resolver = lease.cached("resolver",
                    l -> new IdentifierResolver(l.snapshot().terms(IndexSchema.IDENTIFIER)));
            List<String> candidates = resolver.resolve(text);
            if (candidates.isEmpty()) {
                throw new BadArgument("error.notAnIdentifier", text);
            }
            XrefSource source = source(lease);
            for (String candidate : candidates) {
                IdentifierReport report = IdentifierReport.of(candidate, source);
                if (report.known()) {
                    return new Resolved(candidate, report);
                }
            }
            throw new NotFound("error.notMentioned", candidates.get(0));
        });
    }

    private Table build(XrefTable which, String type) throws IOException {
        Optional<MentionType> only = Optional.ofNullable(type).filter(t -> !t.isBlank()).map(CrossReferenceTable::identifierType);
        return index.read(lease -> lease.cached("table:" + which + ":" + only.map(MentionType::label).orElse(""),
                l -> which.build(source(l), only)));
    }

    /** The documents without their text, read once per snapshot; tables read the pages they quote from it. */
    private static XrefSource source(LiveIndex.Lease lease) throws IOException {
        return lease.cached("xref", l -> XrefSource.of(l.snapshot()));
    }

    /** The table as a file: CSV with its stable column keys, the other formats in the words of the language asked for. */
    private static ResponseEntity<byte[]> download(Table table, TableFormat format, String name, Locale locale) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        format.write(format == TableFormat.CSV ? table : TableWords.forPeople(table, Texts.of(locale)), bytes);
        String file = name + "." + format.extension();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(format.mediaType() + (format.isText() ? ";charset=UTF-8" : "")))
                .body(bytes.toByteArray());
    }

    /** The path variable (already decoded by Spring) without its leading slash. */
    private static String strip(String identifier) {
        return (identifier.startsWith("/") ? identifier.substring(1) : identifier).strip();
    }
}
