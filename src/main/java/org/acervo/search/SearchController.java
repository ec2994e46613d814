package org.acervo.search;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.acervo.document.ArchivePaths;
import org.acervo.index.LiveIndex;
import org.acervo.index.NoIndexException;
import org.acervo.index.OutdatedIndexException;
import org.acervo.language.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The search page ({@code /}) and {@code /api/search}: the same search, as HTML or JSON. */
@Controller
class SearchController {

    private static final Logger LOG = LoggerFactory.getLogger(SearchController.class);
    private static final int PAGE_SIZE = 20;

    private final LiveIndex index;

    SearchController(LiveIndex index) {
        this.index = index;
    }

    /**
     * The search page; with neither query nor filter, the form and what the archive holds; with a
     * filter alone, the documents it lets through.
     */
    @GetMapping("/")
    String page(@RequestParam(name = "q", required = false) String q, Params params, Model model, Locale locale)
            throws IOException {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("params", params);
        if (q != null && !q.isBlank() || params.filters().any()) {
            model.addAttribute("result", search(q == null ? "" : q, params));
            model.addAttribute("browsing", q == null || q.isBlank());
            model.addAttribute("paths", index.read(SearchController::paths));
        } else {
            try {
                Texts texts = Texts.of(locale);
                index.read(lease -> {
                    model.addAttribute("overview", lease.cached("overview", l -> ArchiveOverview.of(l.index())));
                    model.addAttribute("paths", paths(lease));
                    // Counted once per snapshot, drawn once per language.
                    Timeline timeline = lease.cached("timeline", SearchController::timeline);
                    model.addAttribute("timeline", timeline);
                    model.addAttribute(
                            "timelinePlot",
                            lease.cached(
                                    "timeline-plot:" + texts.locale().getLanguage(),
                                    l -> TimelinePlot.svg(timeline, texts)));
                    return null;
                });
            } catch (NoIndexException | OutdatedIndexException e) {
                // No overview to show: the form still works, and a search says what is wrong.
            }
        }
        return "search";
    }

    /** How the page shows paths: below the archive's folder, as the tables do; once per snapshot. */
    private static ArchivePaths paths(LiveIndex.Lease lease) throws IOException {
        return lease.cached(
                "paths",
                l -> ArchivePaths.of(l.index().summaries().stream()
                        .flatMap(d -> d.paths().stream())
                        .toList()));
    }

    private static Timeline timeline(LiveIndex.Lease lease) throws IOException {
        long start = System.nanoTime();
        Timeline timeline = Timeline.of(lease.index());
        LOG.info(
                "timeline of {} months counted in {} ms",
                timeline.months().size(),
                (System.nanoTime() - start) / 1_000_000);
        return timeline;
    }

    @GetMapping("/api/search")
    @ResponseBody
    SearchJson api(@RequestParam(name = "q", required = false) String q, Params params) throws IOException {
        return SearchJson.of(search(q == null ? "" : q, params));
    }

    private SearchResult search(String q, Params p) throws IOException {
        SearchRequest request = SearchRequest.asked(
                q,
                p.filters(),
                SearchOrder.parse(p.sort()),
                p.page() == null ? 1 : p.page(),
                p.size() == null ? PAGE_SIZE : p.size(),
                p.fuzzy() != null && p.fuzzy());
        return index.read(lease ->
                lease.cached("search", l -> new SearchService(l.index())).search(request));
    }

    /**
     * The optional request parameters, bound by name; checked by {@link SearchFilters} and {@link SearchRequest}.
     * An empty or blank value is absent: the form sends every field, {@code type=&body=}, when none is set.
     */
    record Params(
            String type,
            String body,
            String unit,
            Integer year,
            String from,
            String to,
            String mentionFrom,
            String mentionTo,
            String sort,
            Integer page,
            Integer size,
            Boolean fuzzy) {

        Params {
            type = absentIfBlank(type);
            body = absentIfBlank(body);
            unit = absentIfBlank(unit);
            from = absentIfBlank(from);
            to = absentIfBlank(to);
            mentionFrom = absentIfBlank(mentionFrom);
            mentionTo = absentIfBlank(mentionTo);
            sort = absentIfBlank(sort);
        }

        /** The filter parameters, in the order of the form. */
        private static final List<String> FILTERS =
                List.of("type", "body", "unit", "year", "from", "to", "mentionFrom", "mentionTo");

        /**
         * The filters set, each with the address of the same page without it, in the order of the
         * form: what a browsing page says it shows, each removable.
         */
        public List<Active> active(String q) {
            Map<String, Object> values = values();
            List<Active> active = new ArrayList<>();
            for (String name : FILTERS) {
                if (values.get(name) != null) {
                    active.add(new Active(name, String.valueOf(values.get(name)), with(q, name, null)));
                }
            }
            return active;
        }

        /**
         * The address of this page with one parameter changed ({@code null} removes it), back on its
         * first page unless the page is what changes; only the parameters set are written, so links
         * stay short enough to read and share ({@code /?year=2021&page=2}).
         */
        public String with(String q, String name, Object value) {
            Map<String, Object> values = values();
            values.put("page", null);
            values.put(name, value);
            StringJoiner query = new StringJoiner("&", "/?", "").setEmptyValue("/");
            if (q != null && !q.isBlank()) {
                query.add("q=" + encode(q.strip()));
            }
            values.forEach((n, v) -> {
                if (v != null && !String.valueOf(v).isBlank()) {
                    query.add(n + "=" + encode(v));
                }
            });
            return query.toString();
        }

        private Map<String, Object> values() {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("type", type);
            values.put("body", body);
            values.put("unit", unit);
            values.put("year", year);
            values.put("from", from);
            values.put("to", to);
            values.put("mentionFrom", mentionFrom);
            values.put("mentionTo", mentionTo);
            values.put("sort", sort);
            values.put("size", size);
            values.put("fuzzy", fuzzy);
            values.put("page", page);
            return values;
        }

        /** The filters chosen, checked; with one and no query, the page lists what it lets through. */
        SearchFilters filters() {
            return new SearchFilters(type, body, unit, year, from, to, mentionFrom, mentionTo);
        }

        /**
         * A filter set on the page.
         *
         * @param name    its parameter ({@code year}), which names its label ({@code filter.year})
         * @param value   its value
         * @param without the same page without it
         */
        public record Active(String name, String value, String without) {}

        private static String encode(Object value) {
            return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
        }

        private static String absentIfBlank(String v) {
            return v == null || v.isBlank() ? null : v.strip();
        }
    }
}
