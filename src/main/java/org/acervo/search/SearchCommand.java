package org.acervo.search;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.acervo.cluster.ClusterOption;
import org.acervo.document.DataDirOption;
import org.acervo.index.ArchiveIndex;
import org.acervo.language.BadArgument;
import org.acervo.language.LanguageOption;
import org.acervo.language.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code acervo search QUERY}: documents matching words, a phrase or an identifier, with filters and facets. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Search the index: words, \"a phrase\", AND/OR/NOT, word~ for OCR-damaged words,",
            "an oficio/acuerdo number in any spelling, or a pattern such as INE/UNICOM/*/2021."
        })
public final class SearchCommand implements Callable<Integer> {

    @Parameters(
            arity = "0..*",
            paramLabel = "QUERY",
            descriptionKey = "query",
            description = "What to look for; none to list what the filters let through, newest first.")
    private String[] query;

    @Mixin
    private DataDirOption data;

    @Mixin
    private ClusterOption cluster;

    @Mixin
    private LanguageOption language;

    @Option(names = "--json", description = "Print JSON instead of text.")
    private boolean json;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "10",
            description = "At most N documents per page (default: 10).")
    private int limit;

    @Option(
            names = "--page",
            paramLabel = "N",
            defaultValue = "1",
            description = "Which page of N documents (default: 1).")
    private int page;

    @Option(
            names = "--sort",
            paramLabel = "ORDER",
            defaultValue = "relevance",
            description = "relevance, date (oldest first) or newest (default: relevance).")
    private String sort;

    @Option(
            names = "--type",
            paramLabel = "TYPE",
            description = "Only documents mentioning an oficio, acuerdo, circular or expediente.")
    private String type;

    @Option(
            names = "--body",
            paramLabel = "BODY",
            description = "Only documents mentioning a number of this body (INE, IEPC).")
    private String body;

    @Option(
            names = "--unit",
            paramLabel = "UNIT",
            description = "Only documents mentioning a number of this unit (UNICOM, UTC, CG).")
    private String unit;

    @Option(names = "--year", paramLabel = "YYYY", description = "Only documents dated in this year.")
    private Integer year;

    @Option(
            names = "--from",
            paramLabel = "DATE",
            description = "Only documents dated on or after DATE (2021, 2021-10, 2021-10-27).")
    private String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only documents dated on or before DATE.")
    private String to;

    @Option(
            names = "--mention-from",
            paramLabel = "DATE",
            description = "Only pages mentioning a date on or after DATE.")
    private String mentionFrom;

    @Option(
            names = "--mention-to",
            paramLabel = "DATE",
            description = "Only pages mentioning a date on or before DATE.")
    private String mentionTo;

    @Option(names = "--fuzzy", description = "Words also match spellings one or two letters away (OCR damage).")
    private boolean fuzzy;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SearchRequest request;
        try {
            request = SearchRequest.asked(
                    query == null ? "" : String.join(" ", query),
                    new SearchFilters(type, body, unit, year, from, to, mentionFrom, mentionTo),
                    SearchOrder.parse(sort),
                    page,
                    limit,
                    fuzzy);
        } catch (IllegalArgumentException e) {
            throw BadArgument.usage(spec.commandLine(), e);
        }
        SearchResult result;
        try (ArchiveIndex index = cluster.openIndex(data.resolve())) {
            result = new SearchService(index).search(request);
        } catch (IllegalArgumentException e) {
            // A query that cannot be read (an unclosed quote or parenthesis): one line, not the usage.
            spec.commandLine()
                    .getErr()
                    .println("acervo: " + language.texts().say(e).orElse(e.getMessage()));
            spec.commandLine().getErr().flush();
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonMapper.builder().build().writeValueAsString(SearchJson.of(result)));
        } else {
            printText(result, out, language.texts());
        }
        out.flush();
        return 0;
    }

    private static void printText(SearchResult result, PrintWriter out, Texts texts) {
        out.print(texts.get("cli.search.total", result.total(), result.request().text()));
        if (!result.identifiers().isEmpty() && result.identifiers().size() <= 5) {
            out.print(texts.get("cli.search.searchedAs", String.join(", ", result.identifiers())));
        }
        out.println();
        if (result.pages() > 1) {
            out.println(texts.get("cli.search.pageOf", result.request().page(), result.pages()));
        }
        for (Map.Entry<String, Map<String, Integer>> facet : result.facets().entrySet()) {
            if (!facet.getValue().isEmpty()) {
                out.printf(
                        "  %s: %s%n",
                        texts.find("facet." + facet.getKey()).orElse(facet.getKey()),
                        facet.getValue().entrySet().stream()
                                .map(e -> e.getKey() + " " + e.getValue())
                                .collect(Collectors.joining(", ")));
            }
        }
        for (SearchHit h : result.hits()) {
            out.println();
            out.printf(
                    "%s  (%s)  %s %s%n",
                    h.path(),
                    h.documentDate() == null ? texts.get("undated") : h.documentDate(),
                    texts.get("pages.word", h.pages().size()),
                    String.join(", ", h.pages().stream().map(String::valueOf).toList()));
            for (Snippet s : h.snippets()) {
                out.printf("  %s: %s%n", texts.get("page.short", s.page()), s.text());
            }
        }
        if (result.suggestFuzzy()) {
            out.println(texts.get("cli.search.tryFuzzy"));
        }
    }
}
