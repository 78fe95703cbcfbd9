package org.publd.server.api;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.QueryCancelledException;
import org.publd.server.api.CitationQueries.Anchor;
import org.publd.server.html.ApiDocsPage;
import org.publd.server.ld.PlainResponse;
import org.publd.server.read.ReadStore;
import org.publd.server.read.StoreUnavailable;

/**
 * {@code /api/v1/*}: the operations of OpenCitations' Index API ({@code citations}, {@code references},
 * {@code citation-count}, {@code reference-count}, {@code citation}) and Meta API ({@code metadata}) over
 * PubLD's data, its OpenAPI description ({@code openapi.json}) and, at {@code /api/v1/}, a page that
 * documents it. JSON by default, CSV for {@code Accept: text/csv} or {@code format=csv}. An identifier
 * nobody has gets 200 and an empty table, as OpenCitations answers; a malformed one 400.
 */
public final class ApiServlet extends HttpServlet {
    /** Where the API is served. */
    public static final String PATH = "/api/v1";
    static final String OPENAPI = "openapi.json";
    private static final String IDS_SEPARATOR = "__";
    private static final String CSV = "text/csv";
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();

    private final CitationQueries citations;
    private final MetadataQuery metadata;
    private final byte[] openApi = openApi();
    private final String docs = ApiDocsPage.render(new String(openApi, StandardCharsets.UTF_8), PATH);

    /** @param store where the queries run, with the SPARQL endpoint's timeout and row cap */
    public ApiServlet(ReadStore store) {
        this.citations = new CitationQueries(store);
        this.metadata = new MetadataQuery(store);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (path.isEmpty()) {
            resp.sendRedirect(PATH + "/");
            return;
        }
        if (path.equals("/")) {
            send(resp, "text/html;charset=utf-8", docs.getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (path.equals("/" + OPENAPI)) {
            send(resp, "application/json", openApi);
            return;
        }
        int slash = path.indexOf('/', 1);
        String operation = slash < 0 ? path.substring(1) : path.substring(1, slash);
        String argument = slash < 0 ? "" : path.substring(slash + 1);
        try {
            Table table = answer(operation, argument);
            if (table == null) {
                PlainResponse.send(req, resp, HttpServletResponse.SC_NOT_FOUND, "No such operation: '" + operation
                        + "'. The operations are citations, references, citation-count, reference-count, citation and "
                        + "metadata; " + PATH + "/ documents them.");
                return;
            }
            boolean csv = csv(req);
            Table narrowed = RowOperations.apply(table, req.getParameterMap());
            if (csv) {
                writeCsv(narrowed, resp);
            } else {
                List<String> shapes = req.getParameterValues("json") == null ? List.of() : List.of(req.getParameterValues("json"));
                byte[] json = GSON.toJson(JsonShapes.toJson(narrowed, shapes)).getBytes(StandardCharsets.UTF_8);
                send(resp, "application/json", json);
            }
        } catch (BadRequest e) {
            PlainResponse.send(req, resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        } catch (QueryCancelledException e) {
            PlainResponse.send(req, resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Query timed out.");
        } catch (StoreUnavailable e) {
            PlainResponse.send(req, resp, e.status(), e.getMessage());
        }
    }

    /** The table an operation answers, or null for an operation that does not exist. */
    private Table answer(String operation, String argument) {
        return switch (operation) {
            case "citations" -> citations.citations(Anchor.CITED, WorkId.parse(argument), null);
            case "references" -> citations.citations(Anchor.CITING, WorkId.parse(argument), null);
            case "citation-count" -> citations.count(Anchor.CITED, WorkId.parse(argument));
            case "reference-count" -> citations.count(Anchor.CITING, WorkId.parse(argument));
            case "citation" -> {
                WorkId[] works = WorkId.parseCitation(argument);
                yield citations.citations(Anchor.BOTH, works[0], works[1]);
            }
            case "metadata" -> metadata.metadata(ids(argument));
            default -> null;
        };
    }

    private static List<WorkId> ids(String argument) {
        List<WorkId> ids = new ArrayList<>();
        for (String id : argument.split(IDS_SEPARATOR, -1)) {
            ids.add(WorkId.parse(id));
        }
        return ids;
    }

    // format= wins; else Accept: text/csv (OpenCitations' clients send one or the other).
    private static boolean csv(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null) {
            return switch (format.toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new BadRequest("Not a format: '" + format + "'. Accepted: csv or json.");
            };
        }
        String accept = req.getHeader("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains(CSV);
    }

    private static void writeCsv(Table table, HttpServletResponse resp) throws IOException {
        StringBuilder csv = new StringBuilder();
        csvLine(csv, table.columns());
        for (Map<String, String> row : table.rows()) {
            csvLine(csv, table.columns().stream().map(row::get).toList());
        }
        send(resp, CSV + ";charset=utf-8", csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    // RFC 4180: CRLF after each record; a field with a comma, quote or line break quoted, its quotes doubled.
    private static void csvLine(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i);
            if (i > 0) {
                csv.append(',');
            }
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                csv.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(f);
            }
        }
        csv.append("\r\n");
    }

    private static void send(HttpServletResponse resp, String type, byte[] body) throws IOException {
        resp.setContentType(type);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private static byte[] openApi() {
        try (InputStream in = ApiServlet.class.getResourceAsStream(OPENAPI)) {
            if (in == null) {
                throw new IllegalStateException(OPENAPI + " missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
