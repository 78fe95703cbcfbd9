package org.publd.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.RecordMapper;
import org.publd.mapping.RecordSink;
import org.publd.mapping.StreamRecordSink;
import org.publd.pipeline.RecordPipeline;
import org.publd.store.Tdb2Store;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * A server on a free port over the two sample records in {@code src/test/resources/api/} (the saved PubMed page
 * of 20724638 and the PubMed XML of 36156117), loaded as {@code publd serve} loads its inputs, and
 * requests to it through java.net.http. Registered as a test class's extension, it stops after the class.
 */
public final class SampleServer implements AutoCloseable, AfterAllCallback {
    public static final String BASE = "http://localhost:3030/";
    public static final List<String> INPUTS = List.of("src/test/resources/api/pubmed-page-20724638.txt",
            "src/test/resources/api/pubmed-xml-metapub-36156117.xml");

    public final Tdb2Store store = Tdb2Store.inMemory();
    public final PubldServer server;
    public final String url;
    public final HttpClient http = HttpClient.newHttpClient();

    public SampleServer() {
        DatasetGraph dsg = store.dataset();
        RecordPipeline pipeline = RecordPipeline.builder(new RecordMapper(new MappingOptions(BASE, true))).strict(true).build();
        Txn.executeWrite(dsg, () -> {
            RecordSink sink = new StreamRecordSink(StreamRDFLib.dataset(dsg));
            sink.start();
            pipeline.run(INPUTS, sink);
            sink.finish();
        });
        server = PubldServer.start(dsg, ServerConfig.defaults(0, BASE));
        url = "http://localhost:" + server.port();
    }

    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The rows of a JSON answer, each field as its JSON text unless it is a string. */
    public static List<Map<String, String>> jsonRows(String body) {
        JsonArray rows = JsonParser.parseString(body).getAsJsonArray();
        List<Map<String, String>> out = new ArrayList<>();
        for (JsonElement r : rows) {
            Map<String, String> row = new LinkedHashMap<>();
            r.getAsJsonObject().entrySet().forEach(e -> row.put(e.getKey(),
                    e.getValue().isJsonPrimitive() ? e.getValue().getAsString() : e.getValue().toString()));
            out.add(row);
        }
        return out;
    }

    /** The rows of a CSV answer, by its header (read with Commons CSV, not the server's writer). */
    public static List<Map<String, String>> csvRows(String body) {
        try (CSVParser p = CSVParser.parse(body, CSVFormat.RFC4180)) {
            List<CSVRecord> records = p.getRecords();
            List<String> header = records.get(0).toList();
            List<Map<String, String>> out = new ArrayList<>();
            for (CSVRecord r : records.subList(1, records.size())) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), r.get(i));
                }
                out.add(row);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header of a CSV answer. */
    public static List<String> csvHeader(String body) {
        return List.of(body.substring(0, body.indexOf("\r\n")).split(","));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            store.close();
        }
    }
}
