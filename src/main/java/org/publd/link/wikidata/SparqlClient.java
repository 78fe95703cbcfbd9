package org.publd.link.wikidata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.binding.Binding;
import org.publd.mapping.Software;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A polite SPARQL client for a public endpoint such as Wikidata's: it names itself and a contact in
 * its User-Agent (Wikimedia's policy blocks clients that do not), keeps to a request rate, gives up
 * on a request after a timeout, and retries 429, 5xx, timeouts and malformed responses with
 * exponential backoff, honouring {@code Retry-After}. Other errors (400, 403...) fail at once:
 * retrying would not change them.
 */
public final class SparqlClient {
    private static final Logger LOG = LoggerFactory.getLogger(SparqlClient.class);
    private static final String RESULTS_JSON = "application/sparql-results+json";

    private final URI endpoint;
    private final HttpClient http;
    private final String userAgent;
    private final Duration timeout;
    private final RateLimiter rate;
    private final RetryPolicy retry;
    private final AtomicLong requests = new AtomicLong();

    /**
     * @param contact         who runs the client (an e-mail address or a URL), for the User-Agent; may be {@code null}
     * @param requestsPerSecond the highest request rate; 0 or less for none
     * @param timeout         how long one request may take, headers and body
     */
    public SparqlClient(URI endpoint, String contact, double requestsPerSecond, Duration timeout, RetryPolicy retry) {
        this.endpoint = endpoint;
        this.userAgent = userAgent(contact);
        this.timeout = timeout;
        this.rate = new RateLimiter(requestsPerSecond);
        this.retry = retry;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** {@code PubLD/0.1.0 (https://w3id.org/publd; contact) java.net.http}. */
    public static String userAgent(String contact) {
        String who = contact == null || contact.isBlank() ? "no contact given" : contact.strip();
        return "PubLD/" + Software.VERSION + " (https://w3id.org/publd; " + who + ") java.net.http";
    }

    public URI endpoint() {
        return endpoint;
    }

    /** HTTP requests sent so far, retries included. */
    public long requests() {
        return requests.get();
    }

    /** The rows of a SELECT query's results. */
    public List<Binding> select(Query query) {
        String body = "query=" + URLEncoder.encode(query.serialize(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("User-Agent", userAgent)
                .header("Accept", RESULTS_JSON)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        String lastProblem = null;
        for (int attempt = 1; ; attempt++) {
            Optional<Duration> serverWait = Optional.empty();
            try {
                rate.acquire();
                requests.incrementAndGet();
                HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                int status = r.statusCode();
                if (status == 200) {
                    return parse(r);
                }
                lastProblem = "HTTP " + status + snippet(r.body());
                if (status != 429 && status < 500) {
                    throw new LookupException(endpoint + ": " + lastProblem);
                }
                serverWait = RetryPolicy.retryAfter(r.headers().firstValue("Retry-After").orElse(null),
                        ZonedDateTime.now(ZoneOffset.UTC));
            } catch (HttpTimeoutException e) {
                lastProblem = "no answer within " + timeout.toSeconds() + " s";
            } catch (IOException e) {
                lastProblem = "connection failed: " + e.getMessage();
            } catch (MalformedResponse e) {
                lastProblem = "malformed response: " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LookupException(endpoint + ": interrupted", e);
            }
            if (attempt >= retry.attempts()) {
                throw new LookupException(endpoint + ": " + lastProblem + " (gave up after " + attempt + " attempts)");
            }
            Duration wait = serverWait.orElse(retry.backoff(attempt));
            if (wait.compareTo(retry.maxRetryAfter()) > 0) {
                throw new LookupException(endpoint + ": " + lastProblem + "; the server asks to wait "
                        + wait.toSeconds() + " s, longer than " + retry.maxRetryAfter().toSeconds() + " s");
            }
            LOG.info("{}: {}; retrying in {} ms", endpoint, lastProblem, wait.toMillis());
            sleep(wait);
        }
    }

    private static List<Binding> parse(HttpResponse<byte[]> r) throws MalformedResponse {
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (!type.toLowerCase(java.util.Locale.ROOT).contains("json")) {
            throw new MalformedResponse("expected SPARQL JSON results, got Content-Type '" + type + "'");
        }
        try {
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON);
            List<Binding> rows = new ArrayList<>();
            while (rs.hasNext()) {
                rows.add(rs.nextBinding());
            }
            return rows;
        } catch (RuntimeException e) {
            throw new MalformedResponse(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private static String snippet(byte[] body) {
        String s = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8).strip();
        return s.isEmpty() ? "" : ": " + s.replaceAll("\\s+", " ");
    }

    private void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LookupException(endpoint + ": interrupted", e);
        }
    }

    /** A 200 response whose body is not SPARQL JSON results: often a cut-off or a proxy's error page. */
    private static final class MalformedResponse extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedResponse(String message) {
            super(message);
        }
    }
}
