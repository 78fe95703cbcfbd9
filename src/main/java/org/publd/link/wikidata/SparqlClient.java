package org.publd.link.wikidata;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.binding.Binding;
import org.publd.mapping.Software;
import org.publd.net.PoliteClient;
import org.publd.net.RetryPolicy;
import org.publd.net.UnusableAnswerException;

/**
 * A SPARQL client for a public endpoint such as Wikidata's, on PubLD's {@link PoliteClient}: it names
 * itself and a contact in its User-Agent (Wikimedia's policy blocks clients that do not), keeps to a
 * request rate, and retries 429, 5xx, timeouts and answers that are not SPARQL JSON results.
 * Failures are {@link org.publd.net.NetException}s naming the host and the cause.
 */
public final class SparqlClient {
    private static final String RESULTS_JSON = "application/sparql-results+json";

    private final URI endpoint;
    private final PoliteClient http;

    /**
     * @param contact         who runs the client (an e-mail address or a URL), for the User-Agent; may be {@code null}
     * @param requestsPerSecond the highest request rate; 0 or less for none
     * @param timeout         how long connecting may take, and waiting for an answer
     */
    public SparqlClient(URI endpoint, String contact, double requestsPerSecond, Duration timeout, RetryPolicy retry) {
        this.endpoint = endpoint;
        this.http = PoliteClient.builder().userAgent(userAgent(contact)).requestsPerSecond(requestsPerSecond)
                .timeout(timeout).retry(retry).build();
    }

    /** {@code PubLD/0.1.0 (https://w3id.org/publd; contact) java.net.http}. */
    public static String userAgent(String contact) {
        return PoliteClient.userAgent(Software.VERSION, contact);
    }

    public URI endpoint() {
        return endpoint;
    }

    /** HTTP requests sent so far, retries included. */
    public long requests() {
        return http.requests();
    }

    /** The rows of a SELECT query's results. */
    public List<Binding> select(Query query) {
        String body = "query=" + URLEncoder.encode(query.serialize(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Accept", RESULTS_JSON)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return http.send(request, SparqlClient::parse);
    }

    private static List<Binding> parse(HttpResponse<byte[]> r) throws UnusableAnswerException {
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (!type.toLowerCase(Locale.ROOT).contains("json")) {
            throw new UnusableAnswerException("expected SPARQL JSON results, got Content-Type '" + type + "'");
        }
        try {
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON);
            List<Binding> rows = new ArrayList<>();
            while (rs.hasNext()) {
                rows.add(rs.nextBinding());
            }
            return rows;
        } catch (RuntimeException e) {
            throw new UnusableAnswerException(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }
}
