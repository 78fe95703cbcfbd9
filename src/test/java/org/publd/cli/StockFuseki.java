package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Stock Apache Jena Fuseki 5.6.0 ({@code jena-fuseki-server}, the jar the build copies into
 * {@code target/fuseki/} and names in {@code -Dpubld.fuseki.jar}) serving a PubLD database read-only at
 * {@code /ds}, as the README says: {@code --tdb2 --loc DB --set tdb2:unionDefaultGraph=true /ds}, on
 * 127.0.0.1 only. {@link #stop()} and {@link #start()} again keep the port.
 */
final class StockFuseki implements AutoCloseable {
    private final List<String> serverArgs;
    private final Path dir;
    private final int port;
    private Process process;

    private StockFuseki(List<String> serverArgs, Path dir, int port) {
        this.serverArgs = serverArgs;
        this.dir = dir;
        this.port = port;
    }

    /** Starts Fuseki on {@code db}, with its {@code run/} directory and log in {@code dir}, and waits until it answers. */
    static StockFuseki start(Path db, Path dir) throws IOException, InterruptedException {
        return start(List.of("--tdb2", "--loc", db.toAbsolutePath().toString(), "--set", "tdb2:unionDefaultGraph=true", "/ds"),
                dir);
    }

    /** Starts Fuseki with the assembler file {@code config} ({@code publd fuseki-config}). */
    static StockFuseki withConfig(Path config, Path dir) throws IOException, InterruptedException {
        return start(List.of("--config", config.toAbsolutePath().toString()), dir);
    }

    private static StockFuseki start(List<String> serverArgs, Path dir) throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        StockFuseki fuseki = new StockFuseki(serverArgs, dir, port);
        fuseki.start();
        return fuseki;
    }

    /** The stock server jar; the test fails rather than pass unrun without it. */
    static Path jar() {
        String property = System.getProperty("publd.fuseki.jar");
        assertNotNull(property, "no -Dpubld.fuseki.jar: run the test with Maven, which fetches the stock Fuseki jar");
        Path jar = Path.of(property).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "no Fuseki server jar at " + jar);
        return jar;
    }

    /** Starts it (again) and waits until {@code /$/ping} answers. */
    void start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar().toString(), "--localhost", "--port=" + port));
        command.addAll(serverArgs);
        process = new ProcessBuilder(command)
                .directory(dir.toFile()) // Fuseki makes its run/ directory in the working directory
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile())).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url() + "/$/ping")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Fuseki did not start: " + Files.readString(log()));
    }

    private Path log() {
        return dir.resolve("fuseki.log");
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Stops it and waits until it has gone (and released the database). */
    void stop() {
        ChildProcesses.stop(process, Duration.ofSeconds(20));
    }

    @Override
    public void close() {
        stop();
    }
}
