package org.publd.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop HTTP load: C clients each send a request, wait for the whole answer, and send the next,
 * for a fixed time after a warm-up. Requests name a random record among N from FIRST (PMIDs
 * FIRST..FIRST+N-1): {@code {id}} in the template is the PMID, {@code {iri}} the record's IRI, both
 * URL-encoded where they sit in a query. Prints one line: requests/s, p50 and p99 latency, and how
 * many answers were not 200.
 *
 * <pre>
 * java -cp ... org.publd.bench.LoadGenerator NAME URL_TEMPLATE ACCEPT RECORDS BASE [CLIENTS] [SECONDS] [FIRST]
 * </pre>
 */
public final class LoadGenerator {
    private LoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        String name = args[0];
        String template = args[1];
        String accept = args[2];
        int records = Integer.parseInt(args[3]);
        String base = args[4];
        int clients = args.length > 5 ? Integer.parseInt(args[5]) : 16;
        int seconds = args.length > 6 ? Integer.parseInt(args[6]) : 20;
        long first = args.length > 7 ? Long.parseLong(args[7]) : 1;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(clients)).build();
        run(http, template, accept, first, records, base, clients, Math.max(2, seconds / 4), null);
        List<long[]> latencies = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        long elapsed = run(http, template, accept, first, records, base, clients, seconds, new Result(latencies, errors));
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).filter(v -> v > 0).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-28s %8.0f req/s  p50 %6.1f ms  p99 %6.1f ms  non-200 %d%n", name,
                all.length / (elapsed / 1e9), all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6, errors.get());
        System.exit(0);
    }

    private record Result(List<long[]> latencies, AtomicLong errors) {
    }

    private static long run(HttpClient http, String template, String accept, long first, int records, String base, int clients,
                            int seconds, Result result) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(seconds).toNanos();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                long[] lat = new long[1 << 20];
                int i = 0;
                while (System.nanoTime() < end && i < lat.length) {
                    String id = Long.toString(first + ThreadLocalRandom.current().nextInt(records));
                    String url = template.replace("{id}", id)
                            .replace("{iri}", URLEncoder.encode(base + "pubmed/" + id, StandardCharsets.UTF_8));
                    HttpRequest req = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build();
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                    lat[i++] = System.nanoTime() - t0;
                    if (r.statusCode() != 200 && result != null) {
                        result.errors().incrementAndGet();
                    }
                }
                return Arrays.copyOf(lat, i);
            }));
        }
        for (Future<long[]> f : futures) {
            long[] l = f.get();
            if (result != null) {
                result.latencies().add(l);
            }
        }
        pool.shutdown();
        return System.nanoTime() - start;
    }
}
