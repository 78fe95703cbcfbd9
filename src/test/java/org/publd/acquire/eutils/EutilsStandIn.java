package org.publd.acquire.eutils;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.LongStream;

/**
 * A local stand-in for NCBI's E-utilities (ESearch and EFetch for PubMed, with a history server),
 * on a free port. It knows every PMID but those a test says it does not, answers each with a small
 * synthetic {@code PubmedArticle}, and records every request it receives: when it arrived, its method
 * and its parameters (query string and form body together). Tests may queue answers of their own
 * (a 429 with {@code Retry-After}, a failure) to be sent before the normal ones.
 */
public final class EutilsStandIn implements AutoCloseable {
    /** What a request looked like when it arrived. */
    public record Received(long nanos, String method, String utility, Map<String, String> params) {
        /** The PMIDs of an {@code id} parameter, or none. */
        public List<String> ids() {
            String id = params.get("id");
            return id == null ? List.of() : Arrays.asList(id.split(","));
        }
    }

    /** An answer of the test's own: status, headers and body. */
    public record Scripted(int status, Map<String, String> headers, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final Deque<Scripted> scripted = new ArrayDeque<>();
    private final Map<String, List<String>> searches = new HashMap<>();
    private final Map<String, List<String>> history = new HashMap<>();
    private Predicate<String> unknown = pmid -> false;
    private Scripted always;
    private int failAfter = Integer.MAX_VALUE;
    private Scripted failure;

    public EutilsStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/eutils/", this::handle);
        server.start();
    }

    /** The base URL, as {@code --endpoint} takes it. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/eutils/");
    }

    /** A search for {@code term} finds {@code hits} records, PMIDs {@code first} onwards. */
    public synchronized void search(String term, long first, int hits) {
        searches.put(term, LongStream.range(first, first + hits).mapToObj(Long::toString).toList());
    }

    /** PMIDs the stand-in does not know: EFetch leaves them out. */
    public synchronized void unknown(Predicate<String> pmids) {
        unknown = pmids;
    }

    /** Sends these answers to the next requests, one each, before answering normally again. */
    public synchronized void queue(Scripted... answers) {
        scripted.addAll(List.of(answers));
    }

    /** Sends this answer to every request from now on ({@code null}: answer normally again). */
    public synchronized void always(Scripted answer) {
        always = answer;
    }

    /** Answers every request after the next {@code n} with {@code answer}: a service that breaks midway. */
    public synchronized void failAfter(int n, Scripted answer) {
        failAfter = received.size() + n;
        failure = answer;
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    /** Forgets the requests received and answers normally again. */
    public synchronized void forget() {
        received.clear();
        always = null;
        failAfter = Integer.MAX_VALUE;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> params = new LinkedHashMap<>();
            parse(exchange.getRequestURI().getRawQuery(), params);
            parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), params);
            String path = exchange.getRequestURI().getPath();
            String utility = path.substring(path.lastIndexOf('/') + 1);
            Scripted answer;
            synchronized (this) {
                received.add(new Received(System.nanoTime(), exchange.getRequestMethod(), utility, Map.copyOf(params)));
                answer = received.size() > failAfter ? failure : always != null ? always : scripted.poll();
                if (answer == null) {
                    answer = answer(utility, params);
                }
            }
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private Scripted answer(String utility, Map<String, String> p) {
        if (!"pubmed".equals(p.get("db"))) {
            return text(400, "db must be pubmed");
        }
        if (utility.equals("esearch.fcgi")) {
            List<String> hits = searches.getOrDefault(p.get("term"), List.of());
            String webEnv = "MCID_" + history.size();
            history.put(webEnv, hits);
            return xml("""
                    <?xml version="1.0" encoding="UTF-8" ?>
                    <!DOCTYPE eSearchResult PUBLIC "-//NLM//DTD esearch 20060628//EN" "https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20060628/esearch.dtd">
                    <eSearchResult><Count>%d</Count><RetMax>0</RetMax><RetStart>0</RetStart><QueryKey>1</QueryKey><WebEnv>%s</WebEnv><IdList/></eSearchResult>
                    """.formatted(hits.size(), webEnv));
        }
        if (!utility.equals("efetch.fcgi")) {
            return text(404, "no such utility");
        }
        List<String> ids;
        if (p.containsKey("WebEnv")) {
            List<String> hits = history.get(p.get("WebEnv"));
            int start = Integer.parseInt(p.getOrDefault("retstart", "0"));
            int count = Integer.parseInt(p.getOrDefault("retmax", "20"));
            if (hits == null || !"1".equals(p.get("query_key")) || count > 10_000) {
                return xml("<eFetchResult><ERROR>Unable to obtain query #" + p.get("query_key") + "</ERROR></eFetchResult>");
            }
            ids = hits.subList(Math.min(start, hits.size()), Math.min(start + count, hits.size()));
        } else {
            ids = p.containsKey("id") ? Arrays.asList(p.get("id").split(",")) : List.of();
        }
        if ("uilist".equals(p.get("rettype"))) {
            return text(200, String.join("\n", ids) + "\n");
        }
        StringBuilder set = new StringBuilder("""
                <?xml version="1.0" ?>
                <!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">
                <PubmedArticleSet>
                """);
        ids.stream().filter(unknown.negate()).forEach(pmid -> set.append(article(pmid)));
        return xml(set.append("</PubmedArticleSet>\n").toString());
    }

    /** A small but whole PubMed record for {@code pmid}, titled {@code Synthetic record PMID}. */
    public static String article(String pmid) {
        return """
                <PubmedArticle>
                  <MedlineCitation Status="MEDLINE" Owner="NLM">
                    <PMID Version="1">%1$s</PMID>
                    <Article PubModel="Print">
                      <Journal>
                        <ISSN IssnType="Print">0000-0019</ISSN>
                        <JournalIssue CitedMedium="Print"><Volume>1</Volume><PubDate><Year>2020</Year></PubDate></JournalIssue>
                        <Title>Journal of Synthetic Records</Title>
                      </Journal>
                      <ArticleTitle>Synthetic record %1$s</ArticleTitle>
                      <AuthorList CompleteYN="Y"><Author ValidYN="Y"><LastName>Stand-In</LastName><ForeName>Ada</ForeName></Author></AuthorList>
                      <Language>eng</Language>
                      <PublicationTypeList><PublicationType UI="D016428">Journal Article</PublicationType></PublicationTypeList>
                    </Article>
                  </MedlineCitation>
                  <PubmedData>
                    <ArticleIdList><ArticleId IdType="pubmed">%1$s</ArticleId></ArticleIdList>
                    <ReferenceList><Reference><Citation>Cited work</Citation><ArticleIdList><ArticleId IdType="pubmed">1</ArticleId></ArticleIdList></Reference></ReferenceList>
                  </PubmedData>
                </PubmedArticle>
                """.formatted(pmid);
    }

    public static Scripted tooManyRequests(int retryAfterSeconds) {
        return new Scripted(429, Map.of("Retry-After", Integer.toString(retryAfterSeconds)),
                "{\"error\":\"API rate limit exceeded\"}");
    }

    public static Scripted text(int status, String body) {
        return new Scripted(status, Map.of("Content-Type", "text/plain; charset=UTF-8"), body);
    }

    private static Scripted xml(String body) {
        return new Scripted(200, Map.of("Content-Type", "text/xml; charset=UTF-8"), body);
    }

    private static void parse(String form, Map<String, String> into) {
        if (form == null || form.isEmpty()) {
            return;
        }
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            into.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
    }
}
