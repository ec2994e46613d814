package org.acervo.crossref;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A cross-reference table as JSON: one object per row, keyed by column name, with the row's document id. */
public final class TableJson {

    private TableJson() {}

    public static Map<String, Object> of(Table table) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("table", table.name());
        body.put("title", table.title());
        body.put("header", table.header());
        body.put("rows", rows(table));
        return body;
    }

    public static List<Map<String, Object>> rows(Table table) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 0; c < table.header().size(); c++) {
                row.put(table.header().get(c), table.rows().get(i).get(c));
            }
            if (table.docIds().get(i) != null) {
                row.put("documentId", table.docIds().get(i));
            }
            rows.add(row);
        }
        return rows;
    }
}
