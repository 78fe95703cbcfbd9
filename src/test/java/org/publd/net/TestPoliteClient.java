package org.publd.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The client against a real HTTP server on a free port, which answers as each test scripts it. */
class TestPoliteClient {
    private static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofSeconds(5));
    private static final byte[] FILE = new byte[300_000];

    static {
        for (int i = 0; i < FILE.length; i++) {
            FILE[i] = (byte) (i * 31);
        }
    }

    /** What the server answers, one script step per request (the last repeats). */
    @FunctionalInterface
    private interface Step {
        void answer(HttpExchange exchange) throws IOException;
    }

    /** What one request looked like when it arrived. */
    private record Seen(long nanos, String method, String userAgent, String range) {
    }

    private HttpServer server;
    private final Deque<Step> script = new ArrayDeque<>();
    private final List<Seen> seen = new ArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Step step;
            synchronized (this) {
                seen.add(new Seen(System.nanoTime(), exchange.getRequestMethod(),
                        exchange.getRequestHeaders().getFirst("User-Agent"), exchange.getRequestHeaders().getFirst("Range")));
                step = script.size() > 1 ? script.poll() : script.peek();
            }
            try (exchange) {
                step.answer(exchange);
            }
        });
        // A stalled answer must not hold up the retry.
        server.setExecutor(threads);
        server.start();
    }

    @AfterEach
    void stop() {
        released.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private synchronized List<Seen> seen() {
        return List.copyOf(seen);
    }

    private void then(Step... steps) {
        script.addAll(Arrays.asList(steps));
    }

    private static Step status(int code, String... headers) {
        return exchange -> {
            for (int i = 0; i < headers.length; i += 2) {
                exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
            }
            byte[] body = ("status " + code).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(code, body.length);
            exchange.getResponseBody().write(body);
        };
    }

    /** The file, or the part a {@code Range: bytes=N-} asks for. */
    private static final Step RANGES = exchange -> {
        String range = exchange.getRequestHeaders().getFirst("Range");
        int from = range == null ? 0 : Integer.parseInt(range.replaceAll("bytes=(\\d+)-", "$1"));
        if (range != null) {
            exchange.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (FILE.length - 1) + "/" + FILE.length);
        }
        exchange.sendResponseHeaders(range == null ? 200 : 206, FILE.length - from);
        exchange.getResponseBody().write(FILE, from, FILE.length - from);
    };

    /** The whole file with 200, whatever the request asks. */
    private static final Step WHOLE = exchange -> {
        exchange.sendResponseHeaders(200, FILE.length);
        exchange.getResponseBody().write(FILE);
    };

    /** Promises the whole file, sends the first 100,000 bytes and closes the connection. */
    private static final Step BROKEN = exchange -> {
        exchange.sendResponseHeaders(200, FILE.length);
        OutputStream out = exchange.getResponseBody();
        out.write(FILE, 0, 100_000);
        out.flush();
    };

    /** Promises the whole file, sends the first 100,000 bytes, then nothing more until the test ends. */
    private final Step stalled = exchange -> {
        exchange.sendResponseHeaders(200, FILE.length);
        OutputStream out = exchange.getResponseBody();
        out.write(FILE, 0, 100_000);
        out.flush();
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    };

    private PoliteClient client(Duration timeout) {
        return PoliteClient.builder().userAgent(PoliteClient.userAgent("9.9", "ops@example.org"))
                .timeout(timeout).retry(QUICK).build();
    }

    private PoliteClient client() {
        return client(Duration.ofSeconds(10));
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).build();
    }

    @Test
    void everyRequestNamesPubldItsVersionAndTheContact() {
        then(status(200));
        client().send(get(uri("/a")));
        assertEquals("PubLD/9.9 (https://w3id.org/publd; ops@example.org) java.net.http", seen().get(0).userAgent());
    }

    @Test
    void a503AndA429AreRetried() {
        then(status(503), status(429), status(200));
        assertEquals("status 200", new String(client().send(get(uri("/a"))).body(), StandardCharsets.UTF_8));
        assertEquals(3, seen().size());
    }

    @Test
    void retryAfterInSecondsIsWaitedOut() {
        then(status(503, "Retry-After", "1"), status(200));
        client().send(get(uri("/a")));
        List<Seen> s = seen();
        assertTrue(s.get(1).nanos() - s.get(0).nanos() >= TimeUnit.SECONDS.toNanos(1), "the retry came too early");
    }

    @Test
    void aRetryAfterLongerThanThePolicyAllowsFailsAtOnce() {
        then(status(429, "Retry-After", "3600"));
        NetException e = assertThrows(NetException.class, () -> client().send(get(uri("/a"))));
        assertEquals(1, seen().size());
        assertTrue(e.getMessage().contains("asks to wait 3600 s"), e.getMessage());
    }

    @Test
    void aClientErrorIsNotRetriedAndNamesHostAndStatus() {
        then(status(404));
        NetException e = assertThrows(NetException.class, () -> client().send(get(uri("/a"))));
        assertEquals(1, seen().size());
        assertEquals("127.0.0.1:" + server.getAddress().getPort() + ": HTTP 404: status 404", e.getMessage());
        assertEquals(404, e.status());
    }

    @Test
    void serverErrorsGiveUpAfterThePolicysAttempts() {
        then(status(500));
        NetException e = assertThrows(NetException.class, () -> client().send(get(uri("/a"))));
        assertEquals(3, seen().size());
        assertTrue(e.getMessage().endsWith("HTTP 500: status 500 (gave up after 3 attempts)"), e.getMessage());
        assertFalse(e.unreachable());
    }

    @Test
    void anUnusableAnswerIsRetried() {
        then(status(200), exchange -> {
            byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, ok.length);
            exchange.getResponseBody().write(ok);
        });
        String body = client().send(get(uri("/a")), answer -> {
            String s = new String(answer.body(), StandardCharsets.UTF_8);
            if (!s.equals("ok")) {
                throw new UnusableAnswerException("not ok");
            }
            return s;
        });
        assertEquals("ok", body);
        assertEquals(2, seen().size());
    }

    @Test
    void aRefusedConnectionNamesHostAndCauseAndIsNotRetried() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        NetException e = assertThrows(NetException.class,
                () -> client().send(get(URI.create("http://127.0.0.1:" + port + "/a"))));
        assertEquals("127.0.0.1:" + port + ": connection refused", e.getMessage());
        assertEquals(NetException.Cause.REFUSED, e.reason());
        assertTrue(e.unreachable());
    }

    @Test
    void anUnknownHostIsSaidSo() {
        NetException e = assertThrows(NetException.class, () -> client().send(get(URI.create("http://no-such-host.invalid/a"))));
        assertEquals("no-such-host.invalid: unknown host (the name does not resolve)", e.getMessage());
        assertTrue(e.unreachable());
    }

    @Test
    void noAnswerInTimeIsATimeoutRetriedThenReported() {
        then(exchange -> {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        NetException e = assertThrows(NetException.class, () -> client(Duration.ofMillis(300)).send(get(uri("/a"))));
        assertEquals(NetException.Cause.TIMEOUT, e.reason());
        assertTrue(e.getMessage().endsWith(": no answer within 300 ms (gave up after 3 attempts)"), e.getMessage());
    }

    @Test
    void httpsToAPlainServerIsATlsFailure() throws IOException {
        try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // Answers every TLS greeting as a plain HTTP server does: with an HTTP error. The whole greeting is
            // read first and the client left to close: a socket closed on unread bytes is reset, and the
            // client saw a lost connection, retried, and timed out on a server that no longer answered.
            Thread t = new Thread(() -> {
                while (true) {
                    try (Socket s = plain.accept()) {
                        DataInputStream in = new DataInputStream(s.getInputStream());
                        byte[] header = in.readNBytes(5);
                        in.readNBytes(header.length < 5 ? 0 : ((header[3] & 0xff) << 8) | (header[4] & 0xff));
                        s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        s.shutdownOutput();
                        in.transferTo(OutputStream.nullOutputStream());
                    } catch (IOException e) {
                        if (plain.isClosed()) {
                            return;
                        }
                    }
                }
            });
            t.setDaemon(true);
            t.start();
            URI https = URI.create("https://127.0.0.1:" + plain.getLocalPort() + "/a");
            NetException e = assertThrows(NetException.class, () -> client().send(get(https)));
            assertEquals(NetException.Cause.TLS, e.reason());
            assertTrue(e.getMessage().startsWith("127.0.0.1:" + plain.getLocalPort() + ": TLS handshake failed ("),
                    e.getMessage());
        }
    }

    @Test
    void aDownloadResumesFromWhatIsThereWhenTheServerAnswers206() throws IOException {
        then(RANGES);
        Path file = dir.resolve("f.gz");
        Files.write(file, Arrays.copyOf(FILE, 1000));
        assertEquals(FILE.length, client().download(uri("/f.gz"), file, size -> { }));
        assertArrayEquals(FILE, Files.readAllBytes(file));
        assertEquals("bytes=1000-", seen().get(0).range());
    }

    @Test
    void aDownloadStartsAgainWhenTheServerIgnoresTheRange() throws IOException {
        then(WHOLE);
        Path file = dir.resolve("f.gz");
        Files.write(file, Arrays.copyOf(FILE, 1000));
        client().download(uri("/f.gz"), file, size -> { });
        assertArrayEquals(FILE, Files.readAllBytes(file));
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aDownloadThatStopsComingIsATimeoutAndGoesOnFromWhereItStopped() throws IOException {
        then(stalled, RANGES);
        Path file = dir.resolve("f.gz");
        client(Duration.ofSeconds(1)).download(uri("/f.gz"), file, size -> { });
        assertArrayEquals(FILE, Files.readAllBytes(file));
        assertEquals("bytes=100000-", seen().get(1).range());
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anAnswerThatStopsComingIsATimeoutRetriedThenReported() {
        then(stalled);
        NetException e = assertThrows(NetException.class, () -> client(Duration.ofMillis(300)).send(get(uri("/a"))));
        assertEquals(NetException.Cause.TIMEOUT, e.reason());
        assertTrue(e.getMessage().endsWith(": the answer stopped coming (nothing for 300 ms) (gave up after 3 attempts)"),
                e.getMessage());
    }

    @Test
    void aDownloadCutOffMidwayGoesOnFromWhereItBroke() throws IOException {
        then(BROKEN, RANGES);
        Path file = dir.resolve("f.gz");
        client().download(uri("/f.gz"), file, size -> { });
        assertArrayEquals(FILE, Files.readAllBytes(file));
        assertEquals("bytes=100000-", seen().get(1).range());
    }
}
