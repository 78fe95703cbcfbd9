package org.publd.acquire.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.publd.PubldException;
import org.publd.mapping.Software;

/**
 * A polite HTTP client for NCBI's file server: one request at a time, a {@code User-Agent} naming
 * PubLD and who runs it, retries with growing pauses (or as {@code Retry-After} says) after 429, 5xx,
 * a timeout or a broken connection, and failures that name the host and the cause. Downloads stream
 * to a file and resume with {@code Range} where the server allows.
 */
final class HttpGet {
    private static final int BUFFER = 1 << 16;
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(10);

    private final HttpClient client;
    private final String userAgent;
    private final int attempts;
    private final Duration backoff;
    private final Duration timeout;

    /**
     * @param contact  who runs PubLD (an e-mail address or URL), sent in the User-Agent; may be null
     * @param attempts tries of a request in all, at least 1
     * @param backoff  the pause after the first failed try, doubled after each
     * @param timeout  how long to wait for a connection, and for an answer to start
     */
    HttpGet(String contact, int attempts, Duration backoff, Duration timeout) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.userAgent = "PubLD/" + Software.VERSION + " (publd sync" + (contact == null ? "" : "; " + contact) + ")";
        this.attempts = Math.max(1, attempts);
        this.backoff = backoff;
        this.timeout = timeout;
    }

    /** The text at {@code uri}, or empty when the server answers 404. */
    Optional<String> text(URI uri) {
        return retrying(uri, () -> {
            HttpResponse<byte[]> r = client.send(request(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() == 404) {
                return Optional.<String>empty();
            }
            check(uri, r.statusCode(), r.headers().firstValue("Retry-After"));
            return Optional.of(new String(r.body(), StandardCharsets.UTF_8));
        });
    }

    /**
     * Downloads {@code uri} into {@code part}, going on from the bytes it already holds when the server
     * honours {@code Range} (else starting again), and reporting the bytes received.
     */
    void download(URI uri, Path part, LongConsumer bytes) {
        retrying(uri, () -> {
            long have = Files.exists(part) ? Files.size(part) : 0;
            HttpRequest.Builder b = request(uri);
            if (have > 0) {
                b.header("Range", "bytes=" + have + "-");
            }
            HttpResponse<InputStream> r = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = r.body()) {
                if (r.statusCode() == 416 && have > 0) {
                    return null; // nothing after what we have: the checksum says whether it is whole
                }
                check(uri, r.statusCode(), r.headers().firstValue("Retry-After"));
                boolean resumed = r.statusCode() == 206;
                try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        resumed ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
                    byte[] buffer = new byte[BUFFER];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        out.write(buffer, 0, n);
                        bytes.accept(n);
                    }
                }
            }
            return null;
        });
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", userAgent);
    }

    /** One try of a request; throws {@link Retry} for a failure worth trying again. */
    private interface Exchange<T> {
        T run() throws IOException, InterruptedException;
    }

    /** A failure another try may get past, after {@code wait} when the server said how long. */
    private static final class Retry extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Optional<Duration> wait;

        Retry(String message, Optional<Duration> wait) {
            super(message);
            this.wait = wait;
        }
    }

    private <T> T retrying(URI uri, Exchange<T> exchange) {
        String host = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        Duration pause = backoff;
        for (int attempt = 1; ; attempt++) {
            String problem;
            Optional<Duration> wait = Optional.empty();
            try {
                return exchange.run();
            } catch (Retry e) {
                problem = e.getMessage();
                wait = e.wait;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PubldException(host + ": interrupted", e);
            } catch (IOException e) {
                String unreachable = unreachable(e);
                if (unreachable != null) {
                    throw new PubldException(host + ": " + unreachable + " (fetching " + uri + ")", e);
                }
                problem = describe(e);
            }
            if (attempt >= attempts) {
                throw new PubldException(host + ": " + problem + " (fetching " + uri + "; gave up after "
                        + attempts + (attempts == 1 ? " try)" : " tries)"));
            }
            sleep(wait.orElse(pause), host);
            pause = pause.multipliedBy(2);
        }
    }

    private static void check(URI uri, int status, Optional<String> retryAfter) throws Retry {
        if (status == 429 || status >= 500) {
            throw new Retry("HTTP " + status, retryAfter.flatMap(HttpGet::seconds));
        }
        if (status != 200 && status != 206) {
            throw new PubldException(uri.getHost() + ": HTTP " + status + " for " + uri);
        }
    }

    private static Optional<Duration> seconds(String retryAfter) {
        try {
            Duration d = Duration.ofSeconds(Long.parseLong(retryAfter.strip()));
            return Optional.of(d.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : d);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Why the host cannot be reached at all, in words, or null for a failure another try may get past. */
    private static String unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return "unknown host (the name does not resolve)";
            }
            if (t instanceof HttpConnectTimeoutException) {
                return "no connection within the timeout";
            }
            if (t instanceof ConnectException) {
                return "cannot connect (" + (t.getMessage() == null ? "connection refused" : t.getMessage()) + ")";
            }
        }
        return null;
    }

    private static String describe(Throwable e) {
        if (e instanceof HttpTimeoutException) {
            return "no answer within the timeout";
        }
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return "connection lost (" + (m == null || m.isBlank() ? t.getClass().getSimpleName() : m) + ")";
    }

    private static void sleep(Duration d, String host) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PubldException(host + ": interrupted", e);
        }
    }
}
