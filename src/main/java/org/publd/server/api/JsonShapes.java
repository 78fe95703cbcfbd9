package org.publd.server.api;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenCitations' {@code json} parameter, which reshapes a field of every row of a JSON answer:
 * {@code array("SEP",field)} splits it into an array, {@code dict("SEP",field,new1,new2...)} splits it
 * into an object with those keys. Several apply in the order given.
 */
final class JsonShapes {
    private static final Pattern SHAPE = Pattern.compile("(array|dict)\\(\\s*\"([^\"]*)\"\\s*,\\s*([A-Za-z_]+)\\s*((?:,\\s*[A-Za-z_]+\\s*)*)\\)");

    private JsonShapes() {
    }

    /** The table as a JSON array of objects, each field a string unless a shape changed it. */
    static JsonArray toJson(Table table, List<String> shapes) {
        List<Shape> parsed = new ArrayList<>();
        for (String s : shapes) {
            parsed.add(parse(table, s));
        }
        JsonArray out = new JsonArray();
        for (Map<String, String> row : table.rows()) {
            JsonObject o = new JsonObject();
            for (String c : table.columns()) {
                o.addProperty(c, row.get(c));
            }
            for (Shape s : parsed) {
                s.apply(o);
            }
            out.add(o);
        }
        return out;
    }

    private record Shape(String separator, String field, List<String> keys) {
        void apply(JsonObject row) {
            JsonElement e = row.get(field);
            if (e == null || !e.isJsonPrimitive()) {
                return;
            }
            String text = e.getAsString();
            String[] parts = text.isEmpty() ? new String[0] : text.split(Pattern.quote(separator), -1);
            if (keys == null) {
                JsonArray a = new JsonArray();
                for (String p : parts) {
                    a.add(new JsonPrimitive(p));
                }
                row.add(field, a);
            } else {
                JsonObject d = new JsonObject();
                for (int i = 0; i < keys.size() && i < parts.length; i++) {
                    d.addProperty(keys.get(i), parts[i]);
                }
                row.add(field, d);
            }
        }
    }

    private static Shape parse(Table table, String shape) {
        Matcher m = SHAPE.matcher(shape.strip());
        if (!m.matches() || m.group(2).isEmpty()) {
            throw new BadRequest("Not a json operation: '" + shape + "'. Accepted: array(\"SEPARATOR\",FIELD) or "
                    + "dict(\"SEPARATOR\",FIELD,KEY1,KEY2,...).");
        }
        if (!table.columns().contains(m.group(3))) {
            throw new BadRequest("No field '" + m.group(3) + "': the fields are " + table.columns() + ".");
        }
        List<String> keys = null;
        if ("dict".equals(m.group(1))) {
            if (m.group(4).isBlank()) {
                throw new BadRequest("dict(...) needs the names of the new keys: dict(\"SEPARATOR\",FIELD,KEY1,KEY2,...).");
            }
            keys = List.of(m.group(4).strip().replaceFirst("^,\\s*", "").split("\\s*,\\s*"));
        }
        return new Shape(m.group(2), m.group(3), keys);
    }
}
