package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.store.LineRecords;

/** Which base {@code publd serve} serves under when none is given, and what it says when the one given fits no record. */
class TestServeBase {
    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newHttpClient();

    private Path database() throws IOException {
        Path db = tmp.resolve("db");
        Path in = Files.writeString(tmp.resolve("in.lines"), LineRecords.HEADER + "\n" + TestStoreCommands.RECORDS);
        assertEquals(0, CliWithLineRecords.run("load", "--db", db.toString(), in.toString()).exit());
        return db;
    }

    private int status(ServeProcess served, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(served.url() + path)).header("Accept", "text/turtle").build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aDatabaseIsServedUnderTheBaseItsRecordsHave() throws Exception {
        // Loaded with the default base (port 3030), served on another port without --base.
        try (ServeProcess served = ServeProcess.start("serve", "--port", "0", "--db", database().toString())) {
            assertEquals(3, served.records());
            assertEquals(200, status(served, "pubmed/1"));
            assertFalse(served.output().toString().contains("warning"), served.output().toString());
        }
    }

    @Test
    void aBaseThatFitsNoRecordIsWarnedAbout() throws Exception {
        try (ServeProcess served = ServeProcess.start("serve", "--port", "0", "--db", database().toString(),
                "--base", "http://data.example.org/")) {
            String out = served.output().toString();
            assertTrue(out.contains("warning: no record of ") && out.contains("--base http://data.example.org/")
                    && out.contains("its records are under http://localhost:3030/"), out);
            assertEquals(404, status(served, "pubmed/1"));
        }
    }

    @Test
    void portZeroMintsTheBaseOfThePortChosen() throws Exception {
        try (ServeProcess served = ServeProcess.start("serve", "--port", "0")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(served.url() + "pubmed/20724638"))
                    .header("Accept", "application/n-triples").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertFalse(r.body().contains("localhost:0/"), "no IRI under port 0");
            assertTrue(r.body().contains("<" + served.url() + "pubmed/20724638>"), "IRIs under the port it listens on");
        }
    }
}
