package org.publd.server.api;

import java.util.List;
import java.util.Map;

/**
 * An answer of the API: named columns of strings, one map a row (an empty string where a value is
 * unknown, as OpenCitations answers), in column order.
 */
record Table(List<String> columns, List<Map<String, String>> rows) {
    Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    Table withRows(List<Map<String, String>> newRows) {
        return new Table(columns, newRows);
    }
}
