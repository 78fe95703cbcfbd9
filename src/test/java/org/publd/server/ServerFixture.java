package org.publd.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.core.DatasetGraph;

/** A server over {@link HandMadeRecords} on a free port, and requests to it through java.net.http. */
final class ServerFixture implements AutoCloseable {
    static final String ADMIN = "admin";
    static final String PASSWORD = "s3cret";

    private static final Pattern LISTED_WORK = Pattern.compile("<li><a class=\"title\" href=\"/pubmed/([0-9]+)\"");

    final DatasetGraph dsg;
    final PubldServer server;
    final String url;
    final HttpClient http = HttpClient.newHttpClient();

    ServerFixture(ServerConfig config) {
        this(HandMadeRecords.dataset(), config);
    }

    /** A server over {@code dsg}. */
    ServerFixture(DatasetGraph dsg, ServerConfig config) {
        this.dsg = dsg;
        this.server = PubldServer.start(dsg, config);
        this.url = "http://localhost:" + server.port();
    }

    /** The test records with the default settings and an admin password file. */
    static ServerFixture withAdmin() throws IOException {
        return withAdmin(ServerConfig.defaults(0, HandMadeRecords.BASE));
    }

    /** {@code config} with an admin password file. */
    static ServerFixture withAdmin(ServerConfig config) throws IOException {
        Path passwords = Files.createTempFile("publd-passwd", "");
        passwords.toFile().deleteOnExit();
        Files.writeString(passwords, ADMIN + ": " + PASSWORD + "\n");
        return new ServerFixture(config.withAdminPasswordFile(passwords));
    }

    HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The PMIDs of the works a search or browse page at {@code path} lists, in its order; the page must answer 200. */
    List<String> listedWorks(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path, "text/html");
        if (r.statusCode() != 200) {
            throw new AssertionError(path + ": " + r.statusCode() + " " + r.body());
        }
        List<String> pmids = new ArrayList<>();
        Matcher m = LISTED_WORK.matcher(r.body());
        while (m.find()) {
            pmids.add(m.group(1));
        }
        return pmids;
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.close();
    }
}
