package org.publd.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP client of PubLD: every request carries the User-Agent, waits for its place under the
 * rate limit, and is retried after 429, 5xx, a timeout (no connection, no answer, or an answer that
 * stops coming for the timeout: {@link StallGuard}) or a lost connection, with exponential
 * backoff or as long as {@code Retry-After} says; other answers (400, 403, 404...) fail at once, since
 * asking again would not change them, and so do a refused connection, an unknown host and a failed
 * TLS handshake. Every failure is a {@link NetException} naming the host and the cause.
 *
 * <pre>
 *   PoliteClient http = PoliteClient.builder()
 *           .userAgent(PoliteClient.userAgent(Software.VERSION, "ops@example.org"))
 *           .requestsPerSecond(3).build();
 *   byte[] page = http.send(HttpRequest.newBuilder(uri).build()).body();
 *   http.download(fileUri, Path.of("pubmed26n0001.xml.gz"), bytes -> { });
 * </pre>
 */
public final class PoliteClient {
    private static final Logger LOG = LoggerFactory.getLogger(PoliteClient.class);
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");

    /** Turns a successful answer into what the caller wants, or says that it cannot be used. */
    @FunctionalInterface
    public interface AnswerReader<T> {
        T read(HttpResponse<byte[]> answer) throws UnusableAnswerException;
    }

    private final HttpClient http;
    private final String userAgent;
    private final Duration timeout;
    private final RateLimit rate;
    private final RetryPolicy retry;
    private final AtomicLong requests = new AtomicLong();

    private PoliteClient(Builder b) {
        this.userAgent = b.userAgent;
        this.timeout = b.timeout;
        this.rate = b.rate;
        this.retry = b.retry;
        this.http = HttpClient.newBuilder().connectTimeout(b.timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code PubLD/0.1.0 (https://w3id.org/publd; contact) java.net.http}: the software, its home and who runs it. */
    public static String userAgent(String version, String contact) {
        String who = contact == null || contact.isBlank() ? "no contact given" : contact.strip();
        return "PubLD/" + version + " (https://w3id.org/publd; " + who + ") java.net.http";
    }

    /** HTTP requests sent so far, retries included. */
    public long requests() {
        return requests.get();
    }

    /** The 2xx answer to {@code request}, its body in memory. */
    public HttpResponse<byte[]> send(HttpRequest request) {
        return send(request, answer -> answer);
    }

    /** What {@code reader} makes of the 2xx answer to {@code request}; an answer it cannot use is retried. */
    public <T> T send(HttpRequest request, AnswerReader<T> reader) {
        HttpRequest polite = polite(request, null);
        return withRetries(request.uri(), () -> {
            HttpResponse<byte[]> answer = Answer.read(exchange(polite, HttpResponse.BodyHandlers.ofInputStream()), timeout);
            if (answer.statusCode() / 100 != 2) {
                throw failure(request.uri(), answer.statusCode(), answer.headers(), answer.body());
            }
            try {
                return reader.read(answer);
            } catch (UnusableAnswerException e) {
                throw new Retry(NetException.unusable(request.uri(), "unusable answer: " + e.getMessage()), Optional.empty());
            }
        });
    }

    /**
     * Streams {@code uri} to {@code file}. A file already there is taken as the start of the
     * download and resumed with {@code Range} when the server answers 206; a server that answers
     * 200 sends it whole again. A connection lost midway is retried from where it broke.
     *
     * @param progress told the file's size in bytes as it grows
     * @return the file's size when complete
     */
    public long download(URI uri, Path file, LongConsumer progress) {
        return withRetries(uri, () -> {
            long have = Files.exists(file) ? Files.size(file) : 0;
            HttpRequest request = polite(HttpRequest.newBuilder(uri).GET().build(), have > 0 ? "bytes=" + have + "-" : null);
            HttpResponse<InputStream> answer = exchange(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = new StallGuard(answer.body(), timeout)) {
                int status = answer.statusCode();
                boolean append;
                if (status == 206) {
                    Matcher m = CONTENT_RANGE.matcher(answer.headers().firstValue("Content-Range").orElse(""));
                    append = m.matches() && Long.parseLong(m.group(1)) == have;
                    if (!append) {
                        Files.deleteIfExists(file);
                        throw new Retry(NetException.unusable(uri, "a range that does not continue the "
                                + have + " bytes already downloaded"), Optional.of(Duration.ZERO));
                    }
                } else if (status == 416 && have > 0) {
                    // Nothing after what we have: complete if the server's length is ours, else start again.
                    String range = answer.headers().firstValue("Content-Range").orElse("");
                    if (range.equals("bytes */" + have)) {
                        progress.accept(have);
                        return have;
                    }
                    Files.delete(file);
                    throw new Retry(NetException.status(uri, status, ""), Optional.of(Duration.ZERO));
                } else if (status / 100 == 2) {
                    append = false;
                } else {
                    throw failure(uri, status, answer.headers(), in.readNBytes(200));
                }
                return copy(in, file, append, progress);
            }
        });
    }

    private static long copy(InputStream in, Path file, boolean append, LongConsumer progress) throws IOException {
        long size = append ? Files.size(file) : 0;
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                size += n;
                progress.accept(size);
            }
        }
        return size;
    }

    private HttpRequest polite(HttpRequest request, String range) {
        HttpRequest.Builder b = HttpRequest.newBuilder(request, (name, value) -> true)
                .setHeader("User-Agent", userAgent);
        if (request.timeout().isEmpty()) {
            b.timeout(timeout);
        }
        if (range != null) {
            b.setHeader("Range", range);
        }
        return b.build();
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        rate.acquire();
        try {
            requests.incrementAndGet();
            return http.send(request, handler);
        } finally {
            rate.release();
        }
    }

    /** One try of a request: returns its result, or throws what went wrong. */
    private interface Attempt<T> {
        T run() throws IOException, InterruptedException, Retry;
    }

    /** A failure worth another try, after {@code wait} when the server said how long. */
    private static final class Retry extends Exception {
        private static final long serialVersionUID = 1L;
        final NetException failure;
        final Optional<Duration> wait;

        Retry(NetException failure, Optional<Duration> wait) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
            this.wait = wait;
        }
    }

    private <T> T withRetries(URI uri, Attempt<T> attempt) {
        for (int n = 1; ; n++) {
            NetException failure;
            Optional<Duration> serverWait = Optional.empty();
            try {
                return attempt.run();
            } catch (Retry r) {
                failure = r.failure;
                serverWait = r.wait;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw NetException.interrupted(uri, e);
            } catch (IOException e) {
                failure = NetException.of(uri, e, timeout);
                if (failure.unreachable()) {
                    throw failure;
                }
            }
            if (n >= retry.attempts()) {
                throw failure.with(n == 1 ? "" : " (gave up after " + n + " attempts)");
            }
            Duration wait = serverWait.orElse(retry.backoff(n));
            if (wait.compareTo(retry.maxRetryAfter()) > 0) {
                throw failure.with("; the server asks to wait " + wait.toSeconds() + " s, longer than "
                        + retry.maxRetryAfter().toSeconds() + " s");
            }
            LOG.info("{}; retrying in {} ms", failure.getMessage(), wait.toMillis());
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw NetException.interrupted(uri, e);
            }
        }
    }

    /** An error status as a failure: to retry (429, 5xx) after what {@code Retry-After} asks, or final. */
    private static Retry failure(URI uri, int status, HttpHeaders headers, byte[] body) {
        NetException e = NetException.status(uri, status, snippet(body));
        if (status != 429 && status < 500) {
            throw e;
        }
        return new Retry(e, RetryPolicy.retryAfter(headers.firstValue("Retry-After").orElse(null),
                ZonedDateTime.now(ZoneOffset.UTC)));
    }

    private static String snippet(byte[] body) {
        String s = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8).strip();
        return s.isEmpty() ? "" : ": " + s.replaceAll("\\s+", " ");
    }

    /** How a client behaves; every setting has a default. */
    public static final class Builder {
        private String userAgent = PoliteClient.userAgent("dev", null);
        private Duration timeout = Duration.ofSeconds(60);
        private RateLimit rate = RateLimit.none();
        private RetryPolicy retry = RetryPolicy.defaults();

        private Builder() {
        }

        /** The User-Agent header; see {@link PoliteClient#userAgent(String, String)}. */
        public Builder userAgent(String value) {
            this.userAgent = value;
            return this;
        }

        /** How long connecting may take, waiting for an answer's headers, and waiting for more of its body. */
        public Builder timeout(Duration value) {
            this.timeout = value;
            return this;
        }

        /** At most this many requests a second ({@link RateLimit#perSecond}); 0 for no limit. */
        public Builder requestsPerSecond(double value) {
            this.rate = RateLimit.perSecond(value);
            return this;
        }

        public Builder retry(RetryPolicy value) {
            this.retry = value;
            return this;
        }

        public PoliteClient build() {
            return new PoliteClient(this);
        }
    }
}
