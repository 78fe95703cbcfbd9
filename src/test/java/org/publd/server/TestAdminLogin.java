package org.publd.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.eclipse.jetty.util.security.Credential;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.PubldException;

/** Logging in with the admin password file: what it may hold, and how often a client may get it wrong. */
class TestAdminLogin {
    @TempDir
    Path dir;

    private Path passwords(String text) throws IOException {
        Path f = dir.resolve("passwd");
        Files.writeString(f, text);
        return f;
    }

    private ServerFixture server(String passwordFile) throws IOException {
        return new ServerFixture(ServerConfig.defaults(0, HandMadeRecords.BASE).withAdminPasswordFile(passwords(passwordFile)));
    }

    private static HttpResponse<String> update(ServerFixture f, String login) throws Exception {
        return f.send(HttpRequest.newBuilder(URI.create(f.url + "/ds/update"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("INSERT DATA {}")).build());
    }

    @Test
    void emptyPasswordStopsTheServerStarting() throws IOException {
        Path f = passwords("admin:\n");
        PubldException e = assertThrows(PubldException.class, () -> PubldServer.start(HandMadeRecords.dataset(),
                ServerConfig.defaults(0, HandMadeRecords.BASE).withAdminPasswordFile(f)));
        assertEquals(f + " line 1: user 'admin' has an empty password", e.getMessage());
    }

    @Test
    void hashedPasswordLogsIn() throws Exception {
        try (ServerFixture f = server("admin: " + Credential.MD5.digest("s3cret") + "\n")) {
            assertEquals(204, update(f, "admin:s3cret").statusCode());
            assertEquals(401, update(f, "admin:wrong").statusCode());
        }
    }

    @Test
    void repeatedFailuresFromOneAddressGet429() throws Exception {
        try (ServerFixture f = server("admin: s3cret\n")) {
            for (int i = 0; i < LoginFailures.MAX_FAILURES; i++) {
                assertEquals(401, update(f, "admin:guess" + i).statusCode());
            }
            HttpResponse<String> refused = update(f, "admin:s3cret");
            assertEquals(429, refused.statusCode(), refused.body());
            long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter > 0 && retryAfter <= LoginFailures.WINDOW.toSeconds(), Long.toString(retryAfter));
            String query = "/ds/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
            assertEquals(200, f.get(query, null).statusCode(), "reading needs no login and is not held up");
        }
    }
}
