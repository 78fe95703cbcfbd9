package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Virtuoso Open Source 7 from Debian's {@code virtuoso-opensource} package ({@code virtuoso-t} and
 * {@code isql-vt}), run by a test: its own {@code virtuoso.ini} and database in a directory of the test,
 * free ports, in the foreground, stopped at the end. Without the package a test is skipped with a
 * message, except under CI ({@code CI=true}), where it fails: {@code .ci/run} installs the package.
 */
final class Virtuoso implements AutoCloseable {
    private static final String SERVER = "virtuoso-t";
    private static final String ISQL = "isql-vt";
    private static final Duration START = Duration.ofMinutes(4);

    private final Path dir;
    private final Path ini;
    private final int sqlPort;
    private final int httpPort;
    private Process process;

    private Virtuoso(Path dir, Path ini, int sqlPort, int httpPort) {
        this.dir = dir;
        this.ini = ini;
        this.sqlPort = sqlPort;
        this.httpPort = httpPort;
    }

    /** The path of {@code virtuoso-t}; skips the test when absent (fails it under CI). */
    static Path requireInstalled() {
        Optional<Path> found = onPath(SERVER);
        if (found.isEmpty() && "true".equals(System.getenv("CI"))) {
            fail(SERVER + " is not installed: .ci/run installs Debian's virtuoso-opensource package");
        }
        assumeTrue(found.isPresent(), SERVER + " is not installed (apt-get install virtuoso-opensource): Virtuoso test skipped");
        return found.get();
    }

    private static Optional<Path> onPath(String name) {
        return Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(":"))
                .map(d -> Path.of(d, name)).filter(Files::isExecutable).findFirst();
    }

    /**
     * Starts a new Virtuoso with its database in {@code dir} that may bulk-load files from {@code loadDir}
     * ({@code DirsAllowed}), and waits until its SPARQL endpoint answers.
     */
    static Virtuoso start(Path dir, Path loadDir) throws IOException, InterruptedException {
        requireInstalled();
        assertFalse(loadDir.toString().contains("'"), "a load directory Virtuoso's SQL can quote: " + loadDir);
        Path db = Files.createDirectories(dir.resolve("db"));
        int sqlPort = freePort();
        int httpPort = freePort();
        Path ini = dir.resolve("virtuoso.ini");
        Files.writeString(ini, """
                [Database]
                DatabaseFile       = %1$s/virtuoso.db
                ErrorLogFile       = %1$s/virtuoso.log
                LockFile           = %1$s/virtuoso.lck
                TransactionFile    = %1$s/virtuoso.trx
                xa_persistent_file = %1$s/virtuoso.pxa
                ErrorLogLevel      = 7
                FileExtend         = 200
                MaxCheckpointRemap = 2000
                Striping           = 0
                TempStorage        = TempDatabase

                [TempDatabase]
                DatabaseFile       = %1$s/virtuoso-temp.db
                TransactionFile    = %1$s/virtuoso-temp.trx
                MaxCheckpointRemap = 2000
                Striping           = 0

                [Parameters]
                ServerPort         = %2$d
                DisableUnixSocket  = 1
                DirsAllowed        = ., %4$s
                NumberOfBuffers    = 10000
                MaxDirtyBuffers    = 6000
                ServerThreads      = 10

                [HTTPServer]
                ServerPort         = %3$d
                ServerRoot         = %1$s
                ServerThreads      = 10
                MaxClientConnections = 10

                [SPARQL]
                ResultSetMaxRows   = 1000000
                MaxQueryExecutionTime = 60
                """.formatted(db.toAbsolutePath(), sqlPort, httpPort, loadDir.toAbsolutePath()));
        Virtuoso v = new Virtuoso(dir, ini, sqlPort, httpPort);
        v.start();
        return v;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Starts it (again, on the same database and ports) and waits until its SPARQL endpoint answers. */
    void start() throws IOException, InterruptedException {
        process = new ProcessBuilder(SERVER, "+configfile", ini.toAbsolutePath().toString(), "+foreground")
                .directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("virtuoso.out").toFile())).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String ask = sparqlUrl() + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(ask)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Virtuoso did not start: " + Files.readString(dir.resolve("virtuoso.out")));
    }

    /** The SPARQL endpoint, {@code http://localhost:PORT/sparql}. */
    String sparqlUrl() {
        return "http://localhost:" + httpPort + "/sparql";
    }

    /**
     * Bulk-loads the N-Quads files matching {@code pattern} in {@code loadDir} as the README says
     * ({@code ld_dir}, {@code rdf_loader_run()}, {@code checkpoint}) and checks that every file loaded.
     *
     * @return what isql printed
     */
    String bulkLoad(Path loadDir, String pattern) throws IOException, InterruptedException {
        String out = isql("ld_dir('" + loadDir.toAbsolutePath() + "', '" + pattern + "', 'urn:publd:no-graph'); "
                + "rdf_loader_run(); checkpoint; "
                + "SELECT COUNT(*) FROM DB.DBA.LOAD_LIST WHERE ll_state <> 2 OR ll_error IS NOT NULL;");
        List<String> lines = out.lines().map(String::strip).filter(l -> l.matches("\\d+")).toList();
        assertEquals(List.of("0"), lines, "files not loaded, or loaded with errors:\n" + out);
        return out;
    }

    private String isql(String statements) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(ISQL, Integer.toString(sqlPort), "dba", "dba", "exec=" + statements)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new AssertionError(ISQL + " failed: " + out);
        }
        return out;
    }

    /** Stops it and waits until it has gone. */
    void stop() {
        ChildProcesses.stop(process, Duration.ofSeconds(60));
    }

    @Override
    public void close() {
        stop();
    }
}
