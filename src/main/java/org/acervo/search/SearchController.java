package org.acervo.search;

import java.io.IOException;
import java.util.Map;

import org.acervo.index.LiveIndex;
import org.acervo.index.NoIndexException;
import org.acervo.index.OutdatedIndexException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The search page ({@code /}) and {@code /api/search}: the same search, as HTML or JSON. */
@Controller
class SearchController {

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
    String page(@RequestParam(name = "q", required = false) String q, Params params, Model model) throws IOException {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("params", params);
        if (q != null && !q.isBlank() || params.filters().any()) {
            model.addAttribute("result", search(q == null ? "" : q, params));
        } else {
            try {
                model.addAttribute("overview", index.read(lease -> lease.cached("overview", l -> ArchiveOverview.of(l.snapshot()))));
            } catch (NoIndexException | OutdatedIndexException e) {
                // No overview to show: the form still works, and a search says what is wrong.
            }
        }
        return "search";
    }

    @GetMapping("/api/search")
    @ResponseBody
    Map<String, Object> api(@RequestParam(name = "q", required = false) String q, Params params) throws IOException {
        return SearchJson.of(search(q == null ? "" : q, params));
    }

    private SearchResult search(String q, Params p) throws IOException {
        SearchRequest request = SearchRequest.asked(q, p.filters(),
                SearchOrder.parse(p.sort), p.page == null ? 1 : p.page, p.size == null ? PAGE_SIZE : p.size,
                p.fuzzy != null && p.fuzzy);
        return index.read(lease -> lease.cached("search", l -> new SearchService(l.snapshot())).search(request));
    }

    /**
     * The optional request parameters, bound by name; checked by {@link SearchFilters} and {@link SearchRequest}.
     * An empty or blank value is absent: the form sends every field, {@code type=&body=}, when none is set.
     */
    static final class Params {
        String type;
        String body;
        String unit;
        Integer year;
        String from;
        String to;
        String mentionFrom;
        String mentionTo;
        String sort;
        Integer page;
        Integer size;
        Boolean fuzzy;

        /** The filters chosen, checked; with one and no query, the page lists what it lets through. */
        SearchFilters filters() {
            return new SearchFilters(type, body, unit, year, from, to, mentionFrom, mentionTo);
        }

        public String getType() { return type; }
        public void setType(String v) { type = absentIfBlank(v); }
        public String getBody() { return body; }
        public void setBody(String v) { body = absentIfBlank(v); }
        public String getUnit() { return unit; }
        public void setUnit(String v) { unit = absentIfBlank(v); }
        public Integer getYear() { return year; }
        public void setYear(Integer v) { year = v; }
        public String getFrom() { return from; }
        public void setFrom(String v) { from = absentIfBlank(v); }
        public String getTo() { return to; }
        public void setTo(String v) { to = absentIfBlank(v); }
        public String getMentionFrom() { return mentionFrom; }
        public void setMentionFrom(String v) { mentionFrom = absentIfBlank(v); }
        public String getMentionTo() { return mentionTo; }
        public void setMentionTo(String v) { mentionTo = absentIfBlank(v); }
        public String getSort() { return sort; }
        public void setSort(String v) { sort = absentIfBlank(v); }
        public Integer getPage() { return page; }
        public void setPage(Integer v) { page = v; }
        public Integer getSize() { return size; }
        public void setSize(Integer v) { size = v; }
        public Boolean getFuzzy() { return fuzzy; }
        public void setFuzzy(Boolean v) { fuzzy = v; }

        private static String absentIfBlank(String v) {
            return v == null || v.isBlank() ? null : v.strip();
        }
    }
}
