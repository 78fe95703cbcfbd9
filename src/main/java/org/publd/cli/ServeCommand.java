package org.publd.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.publd.PubldException;
import org.publd.link.wikidata.CandidateFinder;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.RecordMapper;
import org.publd.mapping.RecordSink;
import org.publd.mapping.StreamRecordSink;
import org.publd.pipeline.RecordPipeline;
import org.publd.server.ExampleData;
import org.publd.server.PubldServer;
import org.publd.server.ServerConfig;
import org.publd.server.data.ServedDump;
import org.publd.server.read.RemoteStore;
import org.publd.server.read.StoreUnavailable;
import org.publd.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code publd serve}: SPARQL and Linked Data over a TDB2 database, or over records loaded into memory. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves records over HTTP: SPARQL 1.1 at /ds, Linked Data for every IRI under the base.",
            "Without --db, the INPUT files (or the bundled examples) are loaded into memory."})
final class ServeCommand implements Callable<Integer> {
    /** Record graphs read from an endpoint to learn the base: a store holds records under one base, as a rule. */
    private static final int BASE_SAMPLE = 100;

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", description = "Serve this TDB2 database (made by publd load).")
    Path db;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--sparql-endpoint", paramLabel = "URL",
            description = "Serve the records held by this SPARQL 1.1 query endpoint (Virtuoso, QLever, Fuseki...), loaded"
                    + " from PubLD's N-Quads, instead of a TDB2 database; read-only.")
    String sparqlEndpoint;

    @Option(names = "--base", paramLabel = "IRI", converter = BaseIriConverter.class,
            description = "Base IRI of the data. Default: the base the records were mapped with (read from the data),"
                    + " else http://localhost:PORT/.")
    String base;

    @Option(names = "--admin-password-file", paramLabel = "FILE",
            description = "Turn on /ds/update and /ds/data for the users in FILE (lines 'user: password').")
    Path passwordFile;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Stop SPARQL queries after this long (default: ${DEFAULT-VALUE}).")
    double queryTimeout;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000",
            description = "Most result rows an anonymous query gets (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Option(names = "--max-graph-read", paramLabel = "TRIPLES", defaultValue = "3000000",
            description = "Most triples an anonymous Graph Store read of the whole dataset (/ds/get?default, GET /ds)"
                    + " gets; a larger one is refused (413) with a pointer to /dump.nq.gz (default: ${DEFAULT-VALUE}).")
    long maxGraphRead;

    @Option(names = "--max-queries", paramLabel = "N",
            description = "Anonymous SPARQL requests that run at once (default: four a core, here ${DEFAULT-VALUE}).")
    int maxQueries = ServerConfig.DEFAULT_MAX_QUERIES;

    @Option(names = "--query-queue", paramLabel = "N",
            description = "Anonymous SPARQL requests that wait for a place (a few seconds at most) before the next get 503"
                    + " (default: ${DEFAULT-VALUE}).")
    int queryQueue = ServerConfig.DEFAULT_QUERY_QUEUE;

    @Option(names = "--allow-service", description = "Let SPARQL queries call other endpoints with SERVICE.")
    boolean allowService;

    @Option(names = "--bind-all", description = "Listen on every network interface (default: localhost only).")
    boolean bindAll;

    @Option(names = "--access-log", paramLabel = "FILE",
            description = "Log every request (NCSA combined format) to FILE, appended to, or to standard error with '-'.")
    String accessLog;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Input files (PubMed XML, MEDLINE text, saved PubMed pages) to serve from memory (not with --db).")
    List<String> inputs = List.of();

    @Override
    public Integer call() {
        OptionCheck.require(spec, (db == null ? 0 : 1) + (sparqlEndpoint == null ? 0 : 1) + (inputs.isEmpty() ? 0 : 1) <= 1,
                "give one of --db, --sparql-endpoint or INPUT files");
        OptionCheck.require(spec, sparqlEndpoint == null || passwordFile == null,
                "--admin-password-file needs a database: a server on --sparql-endpoint is read-only");
        OptionCheck.require(spec, sparqlEndpoint == null || isHttpUrl(sparqlEndpoint),
                "--sparql-endpoint must be an http(s) URL, got " + sparqlEndpoint);
        OptionCheck.require(spec, port >= 0 && port <= 65535, "--port must be between 0 and 65535, got " + port);
        OptionCheck.require(spec, queryTimeout > 0 && Double.isFinite(queryTimeout),
                "--query-timeout must be a positive number of seconds, got " + queryTimeout);
        OptionCheck.require(spec, maxRows >= 1, "--max-rows must be at least 1, got " + maxRows);
        OptionCheck.require(spec, maxGraphRead >= 0, "--max-graph-read must be at least 0, got " + maxGraphRead);
        OptionCheck.require(spec, maxQueries >= 1, "--max-queries must be at least 1, got " + maxQueries);
        OptionCheck.require(spec, queryQueue >= 0, "--query-queue must not be negative, got " + queryQueue);
        if (passwordFile != null && !Files.isReadable(passwordFile)) {
            throw new PubldException(passwordFile + ": cannot read the password file");
        }
        // Port 0 is a free port chosen now, so that a base that follows the port is one the server answers on.
        int listen = port != 0 ? port : freePort();
        Duration timeout = Duration.ofMillis(Math.round(queryTimeout * 1000));
        if (sparqlEndpoint != null) {
            return serveEndpoint(listen, timeout);
        }
        try (Tdb2Store store = db != null ? Tdb2Store.openForServing(db) : loadInMemory(base != null ? base : portBase(listen))) {
            String baseIri = db != null ? databaseBase(CandidateFinder.recordBases(store.dataset()), db.toString(), listen)
                    : base != null ? base : portBase(listen);
            try (PubldServer server = PubldServer.start(store.dataset(), dump(store), config(listen, baseIri, timeout))) {
                String url = "http://localhost:" + server.port() + "/";
                System.err.printf(Locale.ROOT, "PubLD serving %s at %s (SPARQL: %sds/sparql)%n",
                        SummaryLine.count(server.records(), "record"), url, url);
                server.join();
            }
        }
        return ExitCodes.OK;
    }

    private ServerConfig config(int listen, String baseIri, Duration timeout) {
        return new ServerConfig(listen, baseIri, passwordFile, timeout, maxRows, allowService, bindAll, maxGraphRead,
                maxQueries, queryQueue, accessLog);
    }

    /** Serves the endpoint's data, whether it answers yet or not: pages say 502 until it does. */
    private int serveEndpoint(int listen, Duration timeout) {
        RemoteStore store = new RemoteStore(sparqlEndpoint, timeout, maxRows);
        String baseIri;
        try {
            baseIri = databaseBase(store.recordBases(BASE_SAMPLE), sparqlEndpoint, listen);
        } catch (StoreUnavailable e) {
            baseIri = base != null ? base : portBase(listen);
            System.err.printf(Locale.ROOT, "%s Serving anyway: pages answer 502 until it answers%s.%n", e.getMessage(),
                    base != null ? "" : " (the base is " + baseIri + " unless --base says otherwise)");
        }
        try (PubldServer server = PubldServer.start(store, config(listen, baseIri, timeout))) {
            String url = "http://localhost:" + server.port() + "/";
            System.err.printf(Locale.ROOT, "PubLD serving the records of %s at %s (SPARQL: %sds/sparql)%n",
                    sparqlEndpoint, url, url);
            server.join();
        }
        return ExitCodes.OK;
    }

    /**
     * The base to serve data under: {@code --base}, else the base its record graphs were minted under, else
     * (no records) the one that follows the port. A base given that no record graph is under is warned about,
     * naming both, since every page would be 404.
     */
    private String databaseBase(Set<String> found, String where, int listen) {
        if (base != null) {
            if (!found.isEmpty() && !found.contains(base)) {
                System.err.printf(Locale.ROOT, "warning: no record of %s is under --base %s; its records are under %s"
                        + " (serve them with --base %s, or leave --base out)%n", where, base, String.join(", ", found),
                        found.iterator().next());
            }
            return base;
        }
        if (found.isEmpty()) {
            return portBase(listen);
        }
        if (found.size() > 1) {
            System.err.printf(Locale.ROOT, "warning: the records of %s are under several bases %s; serving those under %s"
                    + " (choose with --base)%n", where, found, found.iterator().next());
        }
        return found.iterator().next();
    }

    private static String portBase(int port) {
        return "http://localhost:" + port + "/";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new PubldException("cannot find a free port: " + e.getMessage(), e);
        }
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    // A database's dump is a file beside its data; data in memory gets one in a temporary folder.
    private static ServedDump dump(Tdb2Store store) {
        return store.dir() != null ? ServedDump.ofDatabase(store) : ServedDump.temporary(store.dataset());
    }

    private Tdb2Store loadInMemory(String baseIri) {
        Tdb2Store store = Tdb2Store.inMemory();
        DatasetGraph dsg = store.dataset();
        RecordMapper mapper = new RecordMapper(new MappingOptions(baseIri, true));
        RecordPipeline.Builder pipeline = RecordPipeline.builder(mapper).registry(Main.formats(spec));
        if (!inputs.isEmpty()) {
            load(dsg, pipeline.build(), inputs);
            return store;
        }
        try (ExampleData examples = ExampleData.extract()) {
            load(dsg, pipeline.sourceIris(examples.sourceIris(baseIri)).build(), examples.files());
        }
        return store;
    }

    private static void load(DatasetGraph dsg, RecordPipeline pipeline, List<String> files) {
        Txn.executeWrite(dsg, () -> {
            RecordSink sink = new StreamRecordSink(StreamRDFLib.dataset(dsg));
            sink.start();
            RecordPipeline.Summary summary = pipeline.run(files, sink);
            sink.finish();
            if (summary.errors() > 0) {
                System.err.println(SummaryLine.of("serve", summary));
            }
        });
    }
}
