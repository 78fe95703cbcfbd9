package org.publd.server.html;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Map;

/**
 * The REST API's documentation page, made from its OpenAPI description so that the two never differ:
 * each operation with its parameters, result fields and an example that runs on the bundled data.
 */
public final class ApiDocsPage {
    /** Long examples and identifiers wrap on a phone instead of widening the page. */
    static final String NARROW_STYLE = "<style>code,.iri{overflow-wrap:anywhere}"
            + "@media (max-width:40rem){table.props th{width:auto;white-space:nowrap;overflow-wrap:normal;word-break:normal}}</style>";

    private ApiDocsPage() {
    }

    /** The page for {@code openApiJson}, whose operations are served under {@code apiPath}. */
    public static String render(String openApiJson, String apiPath) {
        JsonObject api = JsonParser.parseString(openApiJson).getAsJsonObject();
        JsonObject info = api.getAsJsonObject("info");
        JsonObject components = api.getAsJsonObject("components");
        HtmlBuilder h = new HtmlBuilder();
        PageLayout.open(h, info.get("title").getAsString(), NARROW_STYLE);
        h.element("h1", null, info.get("title").getAsString());
        prose(h.raw("<p>"), info.get("description").getAsString()).raw("</p>");
        h.raw("<p>").link(apiPath + "/openapi.json", "OpenAPI 3 description (JSON)").raw("</p>");
        h.element("h2", null, "Operations").raw("<ul class=\"plain\">");
        for (Map.Entry<String, JsonElement> path : api.getAsJsonObject("paths").entrySet()) {
            JsonObject get = path.getValue().getAsJsonObject().getAsJsonObject("get");
            h.raw("<li><a").attr("href", "#" + get.get("operationId").getAsString()).raw("><code>")
                    .text(path.getKey()).raw("</code></a> ").text(get.get("summary").getAsString()).raw("</li>");
        }
        h.raw("</ul>");
        h.element("h2", null, "Parameters of every operation").raw("<table class=\"props\">");
        for (Map.Entry<String, JsonElement> p : components.getAsJsonObject("parameters").entrySet()) {
            prose(h.raw("<tr><th>").text(p.getKey()).raw("</th><td>"), p.getValue().getAsJsonObject().get("description").getAsString())
                    .raw("</td></tr>");
        }
        h.raw("</table>");
        for (Map.Entry<String, JsonElement> path : api.getAsJsonObject("paths").entrySet()) {
            operation(h, apiPath, path.getKey(), path.getValue().getAsJsonObject().getAsJsonObject("get"), components);
        }
        PageLayout.close(h);
        return h.toString();
    }

    private static void operation(HtmlBuilder h, String apiPath, String template, JsonObject get, JsonObject components) {
        h.raw("<h2").attr("id", get.get("operationId").getAsString()).raw("><code>").text(template).raw("</code></h2>");
        prose(h.raw("<p>"), get.get("summary").getAsString() + ". " + get.get("description").getAsString()).raw("</p>");
        String example = template;
        for (JsonElement e : get.getAsJsonArray("parameters")) {
            JsonObject p = e.getAsJsonObject();
            if (p.has("in") && "path".equals(p.get("in").getAsString())) {
                String name = p.get("name").getAsString();
                example = example.replace("{" + name + "}", p.get("example").getAsString());
                prose(h.raw("<p><code>").text("{" + name + "}").raw("</code>: "), p.get("description").getAsString()).raw("</p>");
            }
        }
        String url = apiPath + example;
        h.raw("<p class=\"meta\">Example: <code>").text(url).raw("</code> · ").link(url, "JSON").raw(" · ")
                .link(url + "?format=csv", "CSV").raw("</p>");
        String schema = get.getAsJsonObject("responses").getAsJsonObject("200").getAsJsonObject("content")
                .getAsJsonObject("application/json").getAsJsonObject("schema").getAsJsonObject("items").get("$ref").getAsString();
        JsonObject fields = components.getAsJsonObject("schemas").getAsJsonObject(schema.substring(schema.lastIndexOf('/') + 1))
                .getAsJsonObject("properties");
        h.raw("<table class=\"props\">");
        for (Map.Entry<String, JsonElement> f : fields.entrySet()) {
            prose(h.raw("<tr><th>").text(f.getKey()).raw("</th><td>"), f.getValue().getAsJsonObject().get("description").getAsString())
                    .raw("</td></tr>");
        }
        h.raw("</table>");
    }

    // The description's `code` spans (OpenAPI descriptions are CommonMark) as code, the rest as text.
    private static HtmlBuilder prose(HtmlBuilder h, String text) {
        String[] parts = text.split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 1 && i < parts.length - 1) {
                h.raw("<code>").text(parts[i]).raw("</code>");
            } else {
                h.text(i % 2 == 1 ? "`" + parts[i] : parts[i]);
            }
        }
        return h;
    }
}
