package org.acervo.search;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.acervo.document.DataDirOption;
import org.acervo.index.IndexSnapshot;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;

/** {@code acervo search QUERY}: documents matching words, a phrase or an identifier. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the index: words, \"a phrase\", AND/OR/NOT, or an oficio/acuerdo number in any spelling.")
public final class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to look for.")
    private String[] query;

    @Mixin
    private DataDirOption data;

    @Option(names = "--json", description = "Print JSON instead of text.")
    private boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "At most N documents (default: 10).")
    private int limit;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        String text = String.join(" ", query).strip();
        SearchResult result;
        try (IndexSnapshot snapshot = IndexSnapshot.open(data.resolve())) {
            result = new SearchService(snapshot).search(text, limit);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("total", result.total());
            body.put("hits", result.hits().stream().map(h -> {
                Map<String, Object> hit = new LinkedHashMap<>();
                hit.put("path", h.path());
                hit.put("paths", h.paths());
                hit.put("documentDate", h.documentDate());
                hit.put("score", h.score());
                hit.put("pages", h.pages());
                hit.put("snippet", h.snippet());
                return hit;
            }).toList());
            out.println(JsonMapper.builder().build().writeValueAsString(body));
        } else {
            out.printf("%d document%s match %s%n", result.total(), result.total() == 1 ? "" : "s", text);
            for (SearchHit h : result.hits()) {
                out.println();
                out.printf("%s  (%s)  page%s %s%n", h.path(), h.documentDate() == null ? "no date" : h.documentDate(),
                        h.pages().size() == 1 ? "" : "s",
                        String.join(", ", h.pages().stream().map(String::valueOf).toList()));
                out.printf("  %s%n", h.snippet());
            }
        }
        out.flush();
        return 0;
    }
}
