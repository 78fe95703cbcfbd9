package org.publd.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Errors as people and programs meet them: a page for a browser, a line of text for the rest, and what to do. */
class TestErrorPages {
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static ServerFixture f;

    @BeforeAll
    static void start() {
        f = new ServerFixture(ServerConfig.defaults(0, HandMadeRecords.BASE).withMaxRows(2));
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static String type(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    private static HttpResponse<String> post(String path, String accept, String form) throws Exception {
        return f.send(HttpRequest.newBuilder(URI.create(f.url + path)).header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private static String q(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void notFoundIsAPageForABrowser() throws Exception {
        HttpResponse<String> r = f.get("/pubmed/999", BROWSER);
        assertEquals(404, r.statusCode());
        assertTrue(type(r).startsWith("text/html"), type(r));
        assertTrue(r.body().contains("no data about") && r.body().contains("href=\"/\""), r.body());
    }

    @Test
    void notFoundIsTextForOthers() throws Exception {
        HttpResponse<String> r = f.get("/pubmed/999", "*/*");
        assertEquals(404, r.statusCode());
        assertTrue(type(r).startsWith("text/plain"), type(r));
        assertFalse(r.body().contains("<"), r.body());
    }

    @Test
    void aRefusedPathIsAPageForABrowser() throws Exception {
        HttpResponse<String> r = f.get("/pubmed/" + "1".repeat(2000), BROWSER);
        assertEquals(414, r.statusCode());
        assertTrue(type(r).startsWith("text/html") && r.body().contains("Path too long"), r.body());
        assertTrue(r.body().contains("Back to the start page"), r.body());
    }

    @Test
    void notAcceptableIsTextForAProgram() throws Exception {
        HttpResponse<String> r = f.get("/pubmed/100", "image/png");
        assertEquals(406, r.statusCode());
        assertTrue(type(r).startsWith("text/plain") && r.body().contains("text/turtle"), r.body());
    }

    @Test
    void aTrailingSlashRedirects() throws Exception {
        HttpResponse<String> r = f.get("/pubmed/100/", BROWSER);
        assertEquals(301, r.statusCode());
        assertEquals("/pubmed/100", r.headers().firstValue("Location").orElse(""));
    }

    @Test
    void updatesWithoutAnAdminAreForbiddenWithAMessage() throws Exception {
        HttpResponse<String> r = post("/ds/update", "*/*", "update=" + q("CLEAR ALL"));
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("--admin-password-file"), r.body());
        HttpResponse<String> page = post("/ds/update", BROWSER, "update=" + q("CLEAR ALL"));
        assertEquals(403, page.statusCode());
        assertTrue(type(page).startsWith("text/html") && page.body().contains("--admin-password-file"), page.body());
    }

    @Test
    void anAnswerCutAtTheRowCapSaysSo() throws Exception {
        HttpResponse<String> cut = f.get("/ds/sparql?query=" + q("SELECT * { ?s ?p ?o }"), "application/sparql-results+json");
        assertEquals(200, cut.statusCode());
        assertEquals("2", cut.headers().firstValue(LimitedQuery.TRUNCATED).orElse(""));
        HttpResponse<String> whole = f.get("/ds/sparql?query=" + q("SELECT * { ?s ?p ?o } LIMIT 1"), "application/sparql-results+json");
        assertTrue(whole.headers().firstValue(LimitedQuery.TRUNCATED).isEmpty());
    }

    @Test
    void theQueryPageShowsTheCut() throws Exception {
        String html = f.get("/sparql", BROWSER).body();
        assertTrue(html.contains("id=\"truncated\"") && html.contains("X-PubLD-Truncated"), html);
    }

    @Test
    void aQuerySyntaxErrorIsAPageForABrowser() throws Exception {
        HttpResponse<String> r = f.get("/ds/sparql?query=" + q("SELEC <x>"), BROWSER);
        assertEquals(400, r.statusCode());
        assertTrue(type(r).startsWith("text/html"), type(r));
        assertTrue(r.body().contains("Parse error: Lexical error") && r.body().contains("&quot;SELEC&quot;"), r.body());
        assertTrue(r.body().contains("href=\"/\""), r.body());
    }

    @Test
    void aQuerySyntaxErrorIsFusekisTextForAProgram() throws Exception {
        for (String accept : new String[] {"*/*", "application/sparql-results+json"}) {
            HttpResponse<String> r = f.get("/ds/sparql?query=" + q("SELEC <x>"), accept);
            assertEquals(400, r.statusCode());
            assertTrue(type(r).startsWith("text/plain"), accept + ": " + type(r));
            assertTrue(r.body().startsWith("Parse error: Lexical error") && r.body().contains("\"SELEC\""), r.body());
        }
    }

    @Test
    void anAmbiguousPathIsAPageForABrowser() throws Exception {
        HttpResponse<String> r = f.get("/pubmed/1%2F2", BROWSER);
        assertEquals(400, r.statusCode());
        assertTrue(type(r).startsWith("text/html") && r.body().contains("Back to the start page"), r.body());
    }
}
