package org.acervo.crossref;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses a paged table links to: its header (sort), its pages, its page lengths and its exports,
 * each the page's own address with only this table's parameters changed, so that the other tables of
 * the page and the other filters keep their state. Plain links and a GET form: no script is needed.
 *
 * @param path   the page's path ({@code /xref}, {@code /id/INE/UNICOM/4547/2021})
 * @param params the request's parameters, in order
 * @param prefix this table's parameter prefix ({@code ""}, or {@code chains.} on an identifier's page)
 * @param query  this table's query, as corrected by its page
 */
public record TableLinks(String path, Map<String, String> params, String prefix, TableQuery query) {

    public TableLinks {
        params = new LinkedHashMap<>(params);
    }

    /** The header's link: ascending first, the other direction when already sorted by it; back to page 1. */
    public String sort(String column) {
        boolean descending = column.equals(query.sort()) && !query.descending();
        Map<String, String> changed = with(Map.of("sort", column, "dir", descending ? "desc" : "asc"));
        changed.remove(prefix + "page");
        return url(path, changed);
    }

    /** {@code asc} or {@code desc} when the table is sorted by this column, else empty: for aria-sort and the arrow. */
    public String sorted(String column) {
        return column.equals(query.sort()) ? (query.descending() ? "desc" : "asc") : "";
    }

    public String page(int page) {
        return url(path, with(Map.of("page", String.valueOf(page))));
    }

    public String size(int size) {
        Map<String, String> changed = with(Map.of("size", String.valueOf(size)));
        changed.remove(prefix + "page");
        return url(path, changed);
    }

    /** The export of the whole filtered, sorted table: the page's parameters without its page. */
    public String export(String exportPath, String format) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        changed.remove(prefix + "page");
        changed.remove(prefix + "size");
        changed.put("format", format);
        return url(exportPath, changed);
    }

    /** This page without this table's filters, page and {@code min}: the other tables and the order stay. */
    public String clear() {
        Map<String, String> changed = new LinkedHashMap<>();
        kept().forEach(e -> changed.put(e.getKey(), e.getValue()));
        return url(path, changed);
    }

    /** The name of one of this table's parameters, for the filter form. */
    public String name(String key) {
        return prefix + key;
    }

    /** The parameters the filter form must carry unchanged: the other tables' and this one's order and size. */
    public List<Map.Entry<String, String>> kept() {
        List<Map.Entry<String, String>> kept = new ArrayList<>();
        for (Map.Entry<String, String> p : params.entrySet()) {
            String key = p.getKey();
            boolean mine = key.startsWith(prefix)
                    && (TableQuery.FILTERS.contains(key.substring(prefix.length()))
                            || List.of("page", "min").contains(key.substring(prefix.length())));
            if (!mine && !key.equals("format")) {
                kept.add(Map.entry(key, p.getValue()));
            }
        }
        return kept;
    }

    private Map<String, String> with(Map<String, String> changes) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        changes.forEach((k, v) -> changed.put(prefix + k, v));
        return changed;
    }

    private static String url(String path, Map<String, String> params) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        params.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                url.queryParam(k, v);
            }
        });
        return url.encode().build().toUriString();
    }
}
