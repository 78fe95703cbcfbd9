package org.publd.acquire.eutils;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import org.publd.net.PoliteClient;
import org.publd.net.UnusableAnswerException;
import org.publd.source.xml.SafeStaxFactory;
import org.publd.source.xml.XmlCursor;

/**
 * NCBI's E-utilities for PubMed, as NCBI asks them to be used: every request names the tool
 * ({@code tool=publd}) and who runs it ({@code email}, and {@code api_key} when there is one), goes by
 * POST (id lists of any length fit), and keeps to 3 requests a second, 10 with an API key.
 *
 * <pre>
 *   EutilsClient eutils = EutilsClient.create(EutilsClient.NCBI, "me@example.org", null, userAgent);
 *   Search s = eutils.search("mTOR AND depression");
 *   byte[] firstPage = eutils.fetch(s, 0, 500);
 * </pre>
 */
public final class EutilsClient {
    /** NCBI's own E-utilities. */
    public static final URI NCBI = URI.create("https://eutils.ncbi.nlm.nih.gov/entrez/eutils/");
    /** The tool name NCBI asks for: no spaces. */
    public static final String TOOL = "publd";

    private final URI base;
    private final Map<String, String> identity = new LinkedHashMap<>();
    private final PoliteClient http;

    EutilsClient(URI base, String email, String apiKey, PoliteClient http) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.http = http;
        identity.put("db", "pubmed");
        identity.put("tool", TOOL);
        identity.put("email", email);
        if (apiKey != null) {
            identity.put("api_key", apiKey);
        }
    }

    /**
     * A client at {@code base} (NCBI's, a mirror, a test server), at NCBI's rate for a client with or
     * without an API key.
     *
     * @param apiKey the NCBI API key, or {@code null}
     */
    public static EutilsClient create(URI base, String email, String apiKey, String userAgent) {
        PoliteClient http = PoliteClient.builder().userAgent(userAgent).requestsPerSecond(apiKey == null ? 3 : 10).build();
        return new EutilsClient(base, email, apiKey, http);
    }

    /** HTTP requests sent so far, retries included. */
    public long requests() {
        return http.requests();
    }

    /** Runs {@code term} through ESearch and keeps its hits on the history server. */
    public Search search(String term) {
        return post("esearch.fcgi", Map.of("term", term, "usehistory", "y", "retmax", "0"), EutilsClient::search);
    }

    /** The PubMed XML of these records ({@code PubmedArticleSet}); records NCBI does not know are absent. */
    public byte[] fetch(List<String> pmids) {
        return post("efetch.fcgi", Map.of("id", String.join(",", pmids), "retmode", "xml"), EutilsClient::articleSet);
    }

    /** The PubMed XML of hits {@code start} to {@code start + count - 1} of a search. */
    public byte[] fetch(Search search, long start, int count) {
        return post("efetch.fcgi", page(search, start, count, Map.of("retmode", "xml")), EutilsClient::articleSet);
    }

    /** The PMIDs of hits {@code start} to {@code start + count - 1} of a search. */
    public List<String> ids(Search search, long start, int count) {
        return post("efetch.fcgi", page(search, start, count, Map.of("rettype", "uilist", "retmode", "text")),
                answer -> new String(answer.body(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(l -> !l.isEmpty()).toList());
    }

    private static Map<String, String> page(Search search, long start, int count, Map<String, String> more) {
        Map<String, String> p = new LinkedHashMap<>(more);
        p.put("WebEnv", search.webEnv());
        p.put("query_key", search.queryKey());
        p.put("retstart", Long.toString(start));
        p.put("retmax", Integer.toString(count));
        return p;
    }

    private <T> T post(String utility, Map<String, String> params, PoliteClient.AnswerReader<T> reader) {
        Map<String, String> all = new LinkedHashMap<>(identity);
        all.putAll(params);
        String form = all.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(base.resolve(utility))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build();
        return http.send(request, reader);
    }

    /** ESearch's answer; one without a WebEnv (NCBI's {@code <ERROR>}: a backend that failed) is retried. */
    private static Search search(HttpResponse<byte[]> answer) throws UnusableAnswerException {
        Map<String, String> top = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        try (XmlCursor xml = SafeStaxFactory.open(new ByteArrayInputStream(answer.body()))) {
            while (xml.nextElement()) {
                if (xml.depth() == 2) {
                    String name = xml.name();
                    if (name.equals("Count") || name.equals("WebEnv") || name.equals("QueryKey")) {
                        top.put(name, xml.text());
                    } else if (name.equals("ERROR")) {
                        errors.add(xml.text());
                    }
                }
            }
        } catch (IOException | XMLStreamException e) {
            throw new UnusableAnswerException("ESearch's answer is not XML: " + e.getMessage());
        }
        if (!errors.isEmpty() || !top.keySet().containsAll(List.of("Count", "WebEnv", "QueryKey"))) {
            throw new UnusableAnswerException("ESearch answered without a search on the history server"
                    + (errors.isEmpty() ? "" : ": " + String.join("; ", errors)));
        }
        try {
            return new Search(Long.parseLong(top.get("Count")), top.get("WebEnv"), top.get("QueryKey"));
        } catch (NumberFormatException e) {
            throw new UnusableAnswerException("ESearch's Count is not a number: " + top.get("Count"));
        }
    }

    /** EFetch's answer, when it is a {@code PubmedArticleSet}; anything else (an error page, {@code <ERROR>}) is retried. */
    private static byte[] articleSet(HttpResponse<byte[]> answer) throws UnusableAnswerException {
        String head = new String(answer.body(), 0, Math.min(answer.body().length, 4096), StandardCharsets.UTF_8);
        if (!SafeStaxFactory.rootElement(head).filter("PubmedArticleSet"::equals).isPresent()) {
            String start = head.strip().replaceAll("\\s+", " ");
            throw new UnusableAnswerException("EFetch's answer is not a PubmedArticleSet: "
                    + start.substring(0, Math.min(start.length(), 120)));
        }
        return answer.body();
    }
}
