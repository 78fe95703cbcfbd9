package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.io.file.PathUtils;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.store.LineRecords;

/**
 * Fuseki's read-only administration endpoints ({@code /$/ping}, {@code /$/server}, {@code /$/datasets},
 * {@code /$/stats}, {@code /$/metrics}) answer on {@code publd serve --db} as stock Fuseki 5.6.0 answers
 * them on the same database: the same documents, but for what changes by the moment (times, counters)
 * and for {@code /ds/data}, a read endpoint on stock Fuseki and PubLD's admin-only write endpoint.
 * Writes under {@code /$/} need a login.
 */
class TestAdminEndpoints {
    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void readOnlyAdminEndpointsAnswerAsStockFuseki() throws Exception {
        Path db = tmp.resolve("db");
        Path in = Files.writeString(tmp.resolve("in.lines"), LineRecords.HEADER + "\n" + TestStoreCommands.RECORDS);
        assertEquals(0, CliWithLineRecords.run("load", "--db", db.toString(), in.toString()).exit());
        Path copy = tmp.resolve("copy");
        PathUtils.copyDirectory(db, copy);
        try (StockFuseki fuseki = StockFuseki.start(copy, Files.createDirectories(tmp.resolve("fuseki")));
             ServeProcess served = ServeProcess.start("serve", "--port", "0", "--db", db.toString())) {
            String stock = fuseki.url() + "/";
            String publd = served.url();

            OffsetDateTime.parse(get(stock, "$/ping", "text/plain").strip());
            OffsetDateTime.parse(get(publd, "$/ping", "text/plain").strip());
            for (String path : List.of("$/server", "$/datasets", "$/datasets/ds", "$/stats", "$/stats/ds")) {
                assertEquals(shape(JSON.parseAny(get(stock, path, "application/json"))),
                        shape(JSON.parseAny(get(publd, path, "application/json"))), path);
            }
            assertEquals(metricFamilies(get(stock, "$/metrics", "text/plain")),
                    metricFamilies(get(publd, "$/metrics", "text/plain")), "Prometheus metric families of Fuseki");
        }
    }

    @Test
    void writesUnderTheAdminPathNeedALogin() throws Exception {
        try (ServeProcess served = ServeProcess.start("serve", "--port", "0")) {
            HttpResponse<String> add = http.send(HttpRequest.newBuilder(URI.create(served.url() + "$/datasets?dbName=x&dbType=mem"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, add.statusCode(), add.body());
            HttpResponse<String> delete = http.send(HttpRequest.newBuilder(URI.create(served.url() + "$/datasets/ds"))
                    .DELETE().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, delete.statusCode(), delete.body());
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(served.url() + "$/datasets/ds")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode(), "the dataset is still there");
        }
    }

    private String get(String base, String path, String accept) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), base + path + ": " + r.body());
        return r.body();
    }

    /**
     * A JSON document with what changes by the moment left out: numbers and times become their kind;
     * arrays of endpoints become sets (their order is the order they were set up in), without {@code data};
     * the numbered keys Fuseki gives endpoints without a name ({@code _1}) lose their number.
     */
    private static Object shape(JsonValue v) {
        if (v.isNumber()) {
            return "number";
        }
        if (v.isString()) {
            return v.getAsString().value();
        }
        if (v.isArray()) {
            JsonArray a = v.getAsArray();
            List<Object> items = new ArrayList<>();
            a.forEach(item -> items.add(shape(item)));
            items.remove("data");
            return a.stream().allMatch(JsonValue::isString) ? new TreeSet<>(items.stream().map(Object::toString).toList())
                    : items.stream().map(Object::toString).sorted().toList();
        }
        if (v.isObject()) {
            JsonObject o = v.getAsObject();
            Map<String, Object> m = new TreeMap<>();
            for (String key : o.keys()) {
                if (key.equals("data")) {
                    continue;
                }
                Object value = key.equals("startDateTime") ? "time" : shape(o.get(key));
                m.put(key.matches("_\\d+") ? "_" + value : key, value);
            }
            return m;
        }
        return v.toString();
    }

    /** The names of the metric families Fuseki itself adds ({@code fuseki_...}), with their label names. */
    private static Set<String> metricFamilies(String prometheus) {
        return prometheus.lines().filter(l -> l.startsWith("fuseki_"))
                .map(l -> l.replaceAll("=\"[^\"]*\"", "").replaceAll(" \\S+$", ""))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
