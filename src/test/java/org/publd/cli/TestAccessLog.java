package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code publd serve --access-log}: one line a request, in the NCSA combined format, to a file or standard error. */
class TestAccessLog {
    /** Address, identity, user, time, request line, status, bytes, referrer, user agent. */
    private static final Pattern NCSA = Pattern.compile(
            "(?m)^\\S+ - - \\[[^]]+] \"GET /pubmed/20724638 HTTP/1\\.1\" 200 \\d+ \"[^\"]*\" \"publd-test\"$");

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private void read(ServeProcess served) throws Exception {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(served.url() + "pubmed/20724638"))
                .header("Accept", "text/turtle").header("User-Agent", "publd-test").build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(200, r.statusCode());
    }

    /** What {@code log} holds once it has the request's line (Jetty logs a request after its answer is sent), or after 10 s. */
    private static String awaitLine(Callable<String> log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String lines = log.call();
        while (!NCSA.matcher(lines).find() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            lines = log.call();
        }
        return lines;
    }

    @Test
    void requestsAreLoggedToAFile() throws Exception {
        Path log = tmp.resolve("access.log");
        try (ServeProcess served = ServeProcess.start("serve", "--port", "0", "--access-log", log.toString())) {
            read(served);
            String lines = awaitLine(() -> Files.exists(log) ? Files.readString(log) : "");
            assertTrue(NCSA.matcher(lines).find(), "access log: [" + lines + "]");
        }
    }

    @Test
    void requestsAreLoggedToStandardError() throws Exception {
        try (ServeProcess served = ServeProcess.start("serve", "--port", "0", "--access-log", "-")) {
            read(served);
            String lines = awaitLine(() -> served.output().toString());
            assertTrue(NCSA.matcher(lines).find(), lines);
        }
    }
}
