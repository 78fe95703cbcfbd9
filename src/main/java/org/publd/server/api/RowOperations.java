package org.publd.server.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * OpenCitations' (RAMOSE's) parameters that narrow a table, applied in its order: every
 * {@code require=field} (rows with an empty field go), then every {@code filter=field:value} (a regular
 * expression found in the field) or {@code filter=field:OPvalue} ({@code =}, {@code <}, {@code >},
 * compared as numbers when both are, else as text: dates compare as ISO text), then every
 * {@code sort=asc(field)} or {@code sort=desc(field)}.
 */
final class RowOperations {
    private static final Pattern FILTER = Pattern.compile("([A-Za-z_]+):([=<>]?)(.*)", Pattern.DOTALL);
    private static final Pattern SORT = Pattern.compile("(asc|desc)\\(([A-Za-z_]+)\\)");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private RowOperations() {
    }

    static Table apply(Table table, Map<String, String[]> parameters) {
        List<Map<String, String>> rows = new ArrayList<>(table.rows());
        for (String field : values(parameters, "require")) {
            String f = column(table, field);
            rows.removeIf(r -> r.get(f).isEmpty());
        }
        for (String filter : values(parameters, "filter")) {
            rows.removeIf(filter(table, filter).negate());
        }
        for (String sort : values(parameters, "sort")) {
            Matcher m = SORT.matcher(sort);
            if (!m.matches()) {
                throw new BadRequest("Not a sort: '" + sort + "'. Accepted: asc(FIELD) or desc(FIELD), FIELD one of " + table.columns() + ".");
            }
            String f = column(table, m.group(2));
            Comparator<Map<String, String>> order = (a, b) -> compare(a.get(f), b.get(f));
            rows.sort("desc".equals(m.group(1)) ? order.reversed() : order);
        }
        return table.withRows(rows);
    }

    private static Predicate<Map<String, String>> filter(Table table, String filter) {
        Matcher m = FILTER.matcher(filter);
        if (!m.matches()) {
            throw new BadRequest("Not a filter: '" + filter + "'. Accepted: FIELD:REGEX or FIELD:=VALUE, FIELD:<VALUE, FIELD:>VALUE.");
        }
        String f = column(table, m.group(1));
        String op = m.group(2);
        String value = m.group(3);
        return switch (op) {
            case "=" -> r -> compare(r.get(f), value) == 0;
            case "<" -> r -> !r.get(f).isEmpty() && compare(r.get(f), value) < 0;
            case ">" -> r -> !r.get(f).isEmpty() && compare(r.get(f), value) > 0;
            default -> {
                try {
                    Pattern regex = Pattern.compile(value);
                    yield r -> regex.matcher(r.get(f)).find();
                } catch (PatternSyntaxException e) {
                    throw new BadRequest("Not a regular expression in filter '" + filter + "': " + e.getDescription() + ".");
                }
            }
        };
    }

    private static int compare(String a, String b) {
        if (NUMBER.matcher(a).matches() && NUMBER.matcher(b).matches()) {
            return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
        }
        return a.compareTo(b);
    }

    private static String column(Table table, String field) {
        if (!table.columns().contains(field)) {
            throw new BadRequest("No field '" + field + "': the fields are " + table.columns() + ".");
        }
        return field;
    }

    private static List<String> values(Map<String, String[]> parameters, String name) {
        String[] v = parameters.get(name);
        return v == null ? List.of() : List.of(v);
    }
}
