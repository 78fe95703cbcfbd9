package org.publd.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.ParameterizedSparqlString;

/**
 * A mixed soak load against {@code publd serve}: C closed-loop clients, each request a random record among
 * N from FIRST, 40 % Linked Data Turtle pages, 40 % HTML pages, 20 % SPARQL lookups of a title by PMID;
 * and H hostile clients that send the queries of issue 14 in a loop (a sorted cross product of three
 * triple patterns, a GROUP BY over every triple, a DISTINCT over a cross product), each waiting for its
 * answer before the next. Prints a table per kind: requests, errors (an answer other than 200, no answer
 * within the timeout, or a failed connection), p50, p99 and the longest; then, per hostile query, the
 * statuses it got.
 *
 * <pre>
 * java -cp ... org.publd.bench.SoakGenerator TITLE SERVER_URL RECORDS FIRST CLIENTS SECONDS HOSTILE TIMEOUT_S
 * </pre>
 */
public final class SoakGenerator {
    private static final String LOOKUP = """
            SELECT ?title WHERE { ?w <http://purl.org/spar/fabio/hasPubMedId> ?pmid ; <http://purl.org/dc/terms/title> ?title }""";
    private static final List<Hostile> HOSTILE = List.of(
            new Hostile("sorted 3-pattern cross product",
                    "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f"),
            new Hostile("GROUP BY over all triples",
                    "SELECT ?s ?p ?o (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s ?p ?o"),
            // Counted in a subquery: a DISTINCT that answers rows stops at the anonymous row cap.
            new Hostile("COUNT of DISTINCT over a cross product",
                    "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?c ?f WHERE { ?a ?b ?c . ?d ?e ?f } }"));

    private static final String TIMEOUT = "timeout";
    private static final String NO_ANSWER = "no answer by the end";

    private final String server;
    private final int records;
    private final long first;
    private final Duration timeout;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private SoakGenerator(String server, int records, long first, Duration timeout) {
        this.server = server;
        this.records = records;
        this.first = first;
        this.timeout = timeout;
    }

    public static void main(String[] args) throws Exception {
        String title = args[0];
        SoakGenerator soak = new SoakGenerator(args[1], Integer.parseInt(args[2]), Long.parseLong(args[3]),
                Duration.ofSeconds(Long.parseLong(args[7])));
        int clients = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);
        int hostile = Integer.parseInt(args[6]);
        soak.run(title, clients, Duration.ofSeconds(seconds), hostile);
        // Requests still in flight (a hostile query the server never answers) must not keep the JVM up.
        System.exit(0);
    }

    private enum Kind {
        TURTLE("LD Turtle page"), HTML("LD HTML page"), SPARQL("SPARQL lookup");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private record Hostile(String name, String query) {
    }

    /** What one client saw: per kind, the latency of every request and how many failed. */
    private static final class Tally {
        final Map<String, List<Long>> nanos = new TreeMap<>();
        final Map<String, Map<String, Integer>> statuses = new TreeMap<>();

        synchronized void add(String kind, long nanosTaken, String status) {
            nanos.computeIfAbsent(kind, k -> new ArrayList<>()).add(nanosTaken);
            statuses.computeIfAbsent(kind, k -> new TreeMap<>()).merge(status, 1, Integer::sum);
        }

        synchronized void addAll(Tally other) {
            other.nanos.forEach((k, v) -> nanos.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            other.statuses.forEach((k, v) -> v.forEach((s, n) -> statuses.computeIfAbsent(k, x -> new TreeMap<>()).merge(s, n, Integer::sum)));
        }
    }

    private void run(String title, int clients, Duration length, int hostile) throws InterruptedException {
        long end = System.nanoTime() + length.toNanos();
        Tally normal = new Tally();
        Tally bad = new Tally();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(start(() -> normalClient(end, normal)));
        }
        for (int h = 0; h < hostile; h++) {
            int firstQuery = h;
            threads.add(start(() -> hostileClient(end, firstQuery, bad)));
        }
        // Normal requests end within their timeout after the run, hostile ones at its end.
        long deadline = end + timeout.toNanos() + TimeUnit.SECONDS.toNanos(5);
        for (Thread t : threads) {
            t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        print(title, clients, length, hostile, normal, bad);
    }

    private static Thread start(Runnable client) {
        Thread t = new Thread(client);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private void normalClient(long end, Tally total) {
        Tally mine = new Tally();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (System.nanoTime() < end) {
            int roll = random.nextInt(10);
            Kind kind = roll < 4 ? Kind.TURTLE : roll < 8 ? Kind.HTML : Kind.SPARQL;
            long pmid = first + random.nextInt(records);
            HttpRequest request = switch (kind) {
                case TURTLE -> get(server + "/pubmed/" + pmid, "text/turtle");
                case HTML -> get(server + "/pubmed/" + pmid, "text/html");
                case SPARQL -> get(sparqlUrl(lookup(pmid)), "application/sparql-results+json");
            };
            long t0 = System.nanoTime();
            String status = send(request, timeout);
            mine.add(kind.label, System.nanoTime() - t0, status);
        }
        total.addAll(mine);
    }

    private void hostileClient(long end, int start, Tally tally) {
        for (int i = start; System.nanoTime() < end; i++) {
            Hostile q = HOSTILE.get(i % HOSTILE.size());
            long t0 = System.nanoTime();
            // A hostile query may wait as long as the run lasts.
            String status = send(get(sparqlUrl(q.query()), "application/sparql-results+json"), Duration.ofNanos(end - t0));
            tally.add(q.name(), System.nanoTime() - t0, status.equals(TIMEOUT) ? NO_ANSWER : status);
        }
    }

    private static String lookup(long pmid) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(LOOKUP);
        query.setLiteral("pmid", Long.toString(pmid), XSDDatatype.XSDstring);
        return query.toString();
    }

    private String sparqlUrl(String query) {
        return server + "/ds/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static HttpRequest get(String url, String accept) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build();
    }

    /** Sends a request and reads the whole answer: its status, {@code timeout} or the failure's class. */
    private String send(HttpRequest request, Duration limit) {
        CompletableFuture<HttpResponse<byte[]>> answer = http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            return Integer.toString(answer.get(limit.toNanos(), TimeUnit.NANOSECONDS).statusCode());
        } catch (TimeoutException e) {
            answer.cancel(true);
            return TIMEOUT;
        } catch (ExecutionException e) {
            return e.getCause().getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private void print(String title, int clients, Duration length, int hostile, Tally normal, Tally bad) {
        System.out.printf(Locale.ROOT, "%n%s: %d clients, %d hostile, %d s, client timeout %d s%n", title, clients, hostile,
                length.toSeconds(), timeout.toSeconds());
        System.out.printf(Locale.ROOT, "%-16s %9s %7s %7s %9s %9s %9s  %s%n", "kind", "requests", "errors", "req/s", "p50 ms",
                "p99 ms", "max ms", "errors seen");
        long allRequests = 0;
        long allErrors = 0;
        for (Kind kind : Kind.values()) {
            List<Long> times = normal.nanos.getOrDefault(kind.label, List.of());
            Map<String, Integer> errors = new TreeMap<>(normal.statuses.getOrDefault(kind.label, Map.of()));
            errors.remove("200");
            int errorCount = errors.values().stream().mapToInt(Integer::intValue).sum();
            allRequests += times.size();
            allErrors += errorCount;
            long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "%-16s %9d %7d %7.0f %9.1f %9.1f %9.1f  %s%n", kind.label, sorted.length, errorCount,
                    sorted.length / (double) length.toSeconds(), percentile(sorted, 0.50), percentile(sorted, 0.99),
                    percentile(sorted, 1.0), errors.isEmpty() ? "-" : errors);
        }
        System.out.printf(Locale.ROOT, "%-16s %9d %7d%n", "all normal", allRequests, allErrors);
        if (hostile == 0) {
            return;
        }
        System.out.printf(Locale.ROOT, "%-40s %9s %9s %9s  %s%n", "hostile query", "requests", "median s", "max s", "statuses seen");
        for (Hostile q : HOSTILE) {
            Map<String, Integer> statuses = bad.statuses.getOrDefault(q.name(), Map.of());
            long[] sorted = bad.nanos.getOrDefault(q.name(), List.of()).stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "%-40s %9d %9.1f %9.1f  %s%n", q.name(), sorted.length, percentile(sorted, 0.5) / 1000,
                    percentile(sorted, 1.0) / 1000, statuses.isEmpty() ? "-" : statuses);
        }
    }

    /** The value at quantile {@code q} of sorted nanoseconds, in milliseconds; 0 when there are none. */
    private static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * q))] / 1e6;
    }
}
