package org.acervo.crossref;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.acervo.document.DisplayPath;
import org.acervo.document.MentionType;
import org.acervo.index.LiveIndex;
import org.acervo.language.BadArgument;
import org.acervo.language.NotFound;
import org.acervo.language.Texts;
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
    String page(
            @RequestParam(name = "table", defaultValue = "index") String table,
            @RequestParam Map<String, String> params,
            Model model,
            Locale locale)
            throws IOException {
        XrefTable which = XrefTable.parse(table);
        TableQuery query = TableQuery.from(params, "", TableQuery.MATRIX_MIN);
        TablePage page = TablePage.of(TableWords.cells(build(which, query.filter("type")), Texts.of(locale)), query);
        model.addAttribute("page", page);
        model.addAttribute("links", new TableLinks("/xref", withTable(params, which), "", page.query()));
        model.addAttribute("tables", XrefTable.values());
        model.addAttribute("which", which.label());
        model.addAttribute("formats", TableFormat.values());
        model.addAttribute("root", root());
        return "xref";
    }

    /**
     * The whole table, filtered and sorted as the page was (the same parameters, no page): CSV with its
     * stable column keys, the other formats in the words of the language asked for.
     */
    @GetMapping("/xref/export")
    ResponseEntity<byte[]> export(
            @RequestParam(name = "table", defaultValue = "index") String table,
            @RequestParam(name = "format", defaultValue = "csv") String format,
            @RequestParam Map<String, String> params,
            Locale locale)
            throws IOException {
        XrefTable which = XrefTable.parse(table);
        TableQuery query = TableQuery.from(params, "", 1);
        return download(
                query.apply(build(which, query.filter("type"))),
                TableFormat.parse(format),
                "acervo-" + which.label(),
                locale);
    }

    /** A table as JSON: every row that passes the filters (the page's parameters), in the order asked; keys stay the CSV's. */
    @GetMapping("/api/xref")
    @ResponseBody
    Map<String, Object> api(
            @RequestParam(name = "table", defaultValue = "index") String table,
            @RequestParam Map<String, String> params)
            throws IOException {
        TableQuery query = TableQuery.from(params, "", 1);
        return TableJson.of(query.apply(build(XrefTable.parse(table), query.filter("type"))));
    }

    /** The prefixes of an identifier page's tables' parameters: its mentions take the plain names. */
    static final String CHAINS = "chains.";

    static final String TIMELINE = "timeline.";

    @GetMapping("/id/{*identifier}")
    String identifier(
            @PathVariable("identifier") String identifier,
            @RequestParam Map<String, String> params,
            Model model,
            Locale locale)
            throws IOException {
        Resolved resolved = resolve(identifier);
        if (!resolved.canonical.equals(strip(identifier))) {
            return "redirect:/id/" + resolved.canonical;
        }
        Texts texts = Texts.of(locale);
        String path = "/id/" + resolved.canonical;
        IdentifierReport report = resolved.report;
        model.addAttribute("report", report);
        String root = root();
        model.addAttribute(
                "heldIn",
                report.heldIn()
                        .map(e -> DisplayPath.nameFirst(DisplayPath.relative(root, e.path())))
                        .orElse(null));
        model.addAttribute("root", root);
        for (String[] t : new String[][] {{"mentions", ""}, {"chains", CHAINS}, {"timeline", TIMELINE}}) {
            Table whole = switch (t[0]) {
                case "mentions" -> report.mentions();
                case "chains" -> report.chains();
                default -> report.timeline();
            };
            TablePage page = TablePage.of(TableWords.cells(whole, texts), TableQuery.from(params, t[1], 1));
            model.addAttribute(t[0] + "Page", page);
            model.addAttribute(t[0] + "Links", new TableLinks(path, params, t[1], page.query()));
        }
        return "id";
    }

    /** The identifier's mentions, filtered and sorted as its page shows them, whole. */
    @GetMapping("/id-export/{*identifier}")
    ResponseEntity<byte[]> identifierExport(
            @PathVariable("identifier") String identifier,
            @RequestParam(name = "format", defaultValue = "csv") String format,
            @RequestParam Map<String, String> params,
            Locale locale)
            throws IOException {
        Resolved resolved = resolve(identifier);
        Table mentions = TableQuery.from(params, "", 1).apply(resolved.report.mentions());
        return download(mentions, TableFormat.parse(format), "acervo-" + resolved.canonical.replace('/', '-'), locale);
    }

    @GetMapping("/api/id/{*identifier}")
    @ResponseBody
    Map<String, Object> identifierApi(@PathVariable("identifier") String identifier) throws IOException {
        IdentifierReport report = resolve(identifier).report;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("identifier", report.identifier());
        body.put("type", report.type());
        body.put(
                "heldIn",
                report.heldIn()
                        .map(e -> Map.of("id", e.sha256(), "path", DisplayPath.of(e.path())))
                        .orElse(null));
        body.put("documents", TableJson.rows(report.mentions()));
        body.put("chains", TableJson.rows(report.chains()));
        body.put("timeline", TableJson.rows(report.timeline()));
        return body;
    }

    /** The page's parameters with the table named, so every link keeps it. */
    private static Map<String, String> withTable(Map<String, String> params, XrefTable which) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("table", which.label());
        params.forEach(all::putIfAbsent);
        return all;
    }

    /** The archive's folder, which table paths are below: the full path a cell's title shows. */
    private String root() throws IOException {
        return index.read(lease -> source(lease).root());
    }

    private record Resolved(String canonical, IdentifierReport report) {}

    /** The report on an identifier typed in any spelling; 404 when the archive knows nothing of it. */
    private Resolved resolve(String typed) throws IOException {
        String text = strip(typed);
        return index.read(lease -> {
            IdentifierResolver resolver = lease.cached(
                    "resolver", l -> new IdentifierResolver(l.index().identifiers()));
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
        Optional<MentionType> only =
                Optional.ofNullable(type).filter(t -> !t.isBlank()).map(XrefRows::identifierType);
        if (which != XrefTable.INDEX && which != XrefTable.MATRIX) {
            only = Optional.empty();
        }
        Optional<MentionType> chosen = only;
        return index.read(lease -> lease.cached(
                "table:" + which + ":" + chosen.map(MentionType::label).orElse(""),
                l -> which.build(source(l), chosen)));
    }

    /** The documents without their text, read once per snapshot; tables read the pages they quote from it. */
    private static XrefSource source(LiveIndex.Lease lease) throws IOException {
        return lease.cached("xref", l -> XrefSource.of(l.index()));
    }

    /** The table as a file: CSV with its stable column keys, the other formats in the words of the language asked for. */
    private static ResponseEntity<byte[]> download(Table table, TableFormat format, String name, Locale locale)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        format.write(format == TableFormat.CSV ? table : TableWords.forPeople(table, Texts.of(locale)), bytes);
        String file = name + "." + format.extension();
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(format.mediaType() + (format.isText() ? ";charset=UTF-8" : "")))
                .body(bytes.toByteArray());
    }

    /** The path variable (already decoded by Spring) without its leading slash. */
    private static String strip(String identifier) {
        return (identifier.startsWith("/") ? identifier.substring(1) : identifier).strip();
    }
}
