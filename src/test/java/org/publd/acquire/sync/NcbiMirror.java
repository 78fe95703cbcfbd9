package org.publd.acquire.sync;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * A tree laid out as NCBI publishes PubMed, made at test time from real sample records with fresh
 * PMIDs, and served by a local HTTP server on port 0 as NCBI serves it: Apache-style HTML indexes,
 * {@code .md5} files, byte ranges. Three baseline files of four records each (PMIDs
 * {@value #FIRST_PMID} + 1 to 12), then two update files: {@code pubmed26n0004} revises PMID 2, adds
 * PMID 13 and deletes PMID 5; {@code pubmed26n0005} revises PMIDs 9 and 13 and deletes PMID 3.
 *
 * <pre>
 * try (NcbiMirror m = NcbiMirror.serve(tmp)) { ... m.url() ... }
 * </pre>
 */
public final class NcbiMirror implements AutoCloseable {
    /** PMIDs are this plus 1 to 13: far from the samples' own. */
    public static final long FIRST_PMID = 91_000_000L;
    private static final Pattern RECORD = Pattern.compile("<PubmedArticle>.*?</PubmedArticle>", Pattern.DOTALL);
    private static final Pattern OWN_PMID = Pattern.compile("<PMID Version=\"\\d+\">(\\d+)</PMID>");
    private static final Path SAMPLES = Path.of("src/test/resources/samples/pubmed-xml");
    private static final List<String> TEMPLATES = List.of("biopython-pubmed4.xml", "biopython-pubmed5.xml",
            "biopython-pubmed6.xml", "biopython-pubmed7.xml", "metapub-219391.xml", "metapub-24449692.xml",
            "metapub-25364329.xml");

    private final Path root;
    private final HttpServer server;
    /** Every request: method, path, Range header, User-Agent. */
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile String slowFile;
    private volatile CountDownLatch slowStarted = new CountDownLatch(1);
    private volatile int failures;
    /** Requests being answered now, and the most there ever were at once. */
    private final AtomicInteger answering = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    private NcbiMirror(Path root, HttpServer server) {
        this.root = root;
        this.server = server;
    }

    /** Writes the tree under {@code dir} (baseline files and the first update file) and serves it. */
    public static NcbiMirror serve(Path dir) throws IOException {
        Path root = dir.resolve("pubmed");
        writeBaseline(root);
        addUpdate(root, 4);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        NcbiMirror mirror = new NcbiMirror(root, server);
        server.createContext("/pubmed/", mirror::handle);
        // A slowed download must not hold up the other requests.
        server.setExecutor(mirror.threads);
        server.start();
        return mirror;
    }

    /** The tree's URL, {@code http://127.0.0.1:PORT/pubmed/}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/pubmed/";
    }

    /** The tree on disk. */
    public Path root() {
        return root;
    }

    /** The requests so far, one line each: {@code GET /pubmed/baseline/ range=- ua=...}. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** The most requests that were ever answered at once: 1 for a client that sends one request at a time. */
    public int mostRequestsAtOnce() {
        return mostAtOnce.get();
    }

    /** Publishes update file {@code number} (4 or 5), with its {@code .md5}. */
    public void addUpdate(int number) throws IOException {
        addUpdate(root, number);
    }

    /**
     * Serves {@code name} slowly: half of it, then nothing until the client goes; {@link #awaitSlowFile}
     * returns once the half is sent.
     */
    public void slowDown(String name) {
        slowStarted = new CountDownLatch(1);
        slowFile = name;
    }

    public void awaitSlowFile() throws InterruptedException {
        slowStarted.await();
    }

    /** Serves every file at normal speed again. */
    public void normalSpeed() {
        slowFile = null;
    }

    /** The next {@code n} requests get 503. */
    public void failNext(int n) {
        failures = n;
    }

    @Override
    public void close() {
        slowFile = null;
        server.stop(0);
        threads.shutdownNow();
    }

    private static void writeBaseline(Path root) throws IOException {
        List<String> t = templates();
        for (int file = 1; file <= 3; file++) {
            StringBuilder records = new StringBuilder();
            for (int i = 1; i <= 4; i++) {
                int pmid = (file - 1) * 4 + i;
                records.append(withPmid(t.get(pmid % t.size()), pmid));
            }
            publish(root.resolve("baseline"), file, records.toString());
        }
    }

    private static void addUpdate(Path root, int number) throws IOException {
        List<String> t = templates();
        // A revision is another sample under the same PMID: different content, same record.
        String records = number == 4
                ? withPmid(t.get(6), 2) + withPmid(t.get(0), 13) + delete(5)
                : withPmid(t.get(5), 9) + withPmid(t.get(2), 13) + delete(3);
        publish(root.resolve("updatefiles"), number, records);
    }

    private static void publish(Path folder, int number, String records) throws IOException {
        Files.createDirectories(folder);
        String name = String.format("pubmed26n%04d.xml.gz", number);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PubmedArticleSet>\n" + records
                    + "</PubmedArticleSet>\n").getBytes(StandardCharsets.UTF_8));
        }
        Files.write(folder.resolve(name), bytes.toByteArray());
        Files.writeString(folder.resolve(name + ".md5"), "MD5(" + name + ")= " + md5(bytes.toByteArray()) + "\n");
    }

    /** Replaces the bytes of a published file, leaving its {@code .md5}: a damaged file. */
    public void damage(String folder, String name) throws IOException {
        Path f = root.resolve(folder).resolve(name);
        byte[] b = Files.readAllBytes(f);
        b[b.length / 2] ^= 0x55;
        Files.write(f, b);
    }

    private static String delete(long pmid) {
        return "<DeleteCitation><PMID Version=\"1\">" + (FIRST_PMID + pmid) + "</PMID></DeleteCitation>\n";
    }

    private static List<String> templates() throws IOException {
        List<String> records = new ArrayList<>();
        for (String name : TEMPLATES) {
            Matcher m = RECORD.matcher(Files.readString(SAMPLES.resolve(name)));
            if (!m.find()) {
                throw new IllegalStateException("no PubmedArticle in " + name);
            }
            records.add(m.group());
        }
        return records;
    }

    private static String withPmid(String record, long n) {
        String pmid = Long.toString(FIRST_PMID + n);
        Matcher m = OWN_PMID.matcher(record);
        if (!m.find()) {
            throw new IllegalStateException("no PMID in a sample record");
        }
        String old = m.group(1);
        return record.substring(0, m.start()) + "<PMID Version=\"1\">" + pmid + "</PMID>"
                + record.substring(m.end()).replace(">" + old + "</ArticleId>", ">" + pmid + "</ArticleId>") + "\n";
    }

    public static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String range = ex.getRequestHeaders().getFirst("Range");
        requests.add(ex.getRequestMethod() + " " + path + " range=" + (range == null ? "-" : range)
                + " ua=" + ex.getRequestHeaders().getFirst("User-Agent"));
        mostAtOnce.accumulateAndGet(answering.incrementAndGet(), Math::max);
        // Counted out before the answer's last byte: a client that asks again once it has the answer is not
        // seen asking twice at once.
        AtomicBoolean open = new AtomicBoolean(true);
        Runnable answered = () -> {
            if (open.getAndSet(false)) {
                answering.decrementAndGet();
            }
        };
        try (ex) {
            if (failures > 0) {
                failures--;
                answered.run();
                ex.sendResponseHeaders(503, -1);
                return;
            }
            Path f = root.resolveSibling(path.substring(1));
            if (Files.isDirectory(f)) {
                send(ex, index(f, path).getBytes(StandardCharsets.UTF_8), answered);
            } else if (Files.isRegularFile(f)) {
                sendFile(ex, f, range, answered);
            } else {
                answered.run();
                ex.sendResponseHeaders(404, -1);
            }
        } finally {
            answered.run();
        }
    }

    private void sendFile(HttpExchange ex, Path f, String range, Runnable answered) throws IOException {
        byte[] all = Files.readAllBytes(f);
        int from = 0;
        if (range != null && range.startsWith("bytes=") && range.endsWith("-")) {
            from = Integer.parseInt(range.substring(6, range.length() - 1));
            if (from >= all.length) {
                ex.getResponseHeaders().add("Content-Range", "bytes */" + all.length);
                answered.run();
                ex.sendResponseHeaders(416, -1);
                return;
            }
            ex.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (all.length - 1) + "/" + all.length);
        }
        ex.getResponseHeaders().add("Accept-Ranges", "bytes");
        ex.sendResponseHeaders(from > 0 ? 206 : 200, all.length - from);
        OutputStream out = ex.getResponseBody();
        if (f.getFileName().toString().equals(slowFile)) {
            int half = from + (all.length - from) / 2;
            out.write(all, from, half - from);
            out.flush();
            slowStarted.countDown();
            while (slowFile != null) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            from = half;
        }
        writeLast(out, all, from, answered);
    }

    private static void send(HttpExchange ex, byte[] body, Runnable answered) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "text/html");
        ex.sendResponseHeaders(200, body.length);
        writeLast(ex.getResponseBody(), body, 0, answered);
    }

    // The rest of the answer from byte from, the request counted out before its last byte.
    private static void writeLast(OutputStream out, byte[] all, int from, Runnable answered) throws IOException {
        out.write(all, from, all.length - from - 1);
        answered.run();
        out.write(all, all.length - 1, 1);
    }

    // As Apache writes it for NCBI: one line per file, link, date, size in bytes.
    private static String index(Path dir, String path) {
        StringBuilder html = new StringBuilder("<html><head><title>Index of " + path + "</title></head><body><h1>Index of "
                + path + "</h1><pre>Name                     Last modified      Size<hr><a href=\"../\">Parent Directory</a>       -\n");
        try (Stream<Path> files = Files.list(dir)) {
            files.sorted().forEach(f -> html.append("<a href=\"").append(f.getFileName()).append("\">")
                    .append(f.getFileName()).append("</a>   2026-01-01 10:00   ").append(size(f)).append('\n'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.append("<hr></pre></body></html>\n").toString();
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
