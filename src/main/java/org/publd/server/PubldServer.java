package org.publd.server;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.ActionDatasets;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.security.SecurityHandler;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.publd.PubldException;
import org.publd.mapping.IriScheme;
import org.publd.mapping.output.OutputFormat;
import org.publd.mapping.vocab.Prefixes;
import org.publd.server.api.ApiServlet;
import org.publd.server.data.DatasetStatistics;
import org.publd.server.data.DumpServlet;
import org.publd.server.data.ServedDump;
import org.publd.server.data.VoidDescriber;
import org.publd.server.html.BrowseServlet;
import org.publd.server.html.ErrorPages;
import org.publd.server.html.LandingServlet;
import org.publd.server.html.Ontology;
import org.publd.server.html.QueryPageServlet;
import org.publd.server.html.ResourcePages;
import org.publd.server.html.SearchServlet;
import org.publd.server.html.YasguiServlet;
import org.publd.server.tpf.FragmentServlet;
import org.publd.server.ld.DatasetDescriber;
import org.publd.server.ld.Describer;
import org.publd.server.ld.JsonLdContextServlet;
import org.publd.server.ld.LinkedDataServlet;
import org.publd.server.ld.ResponseCache;
import org.publd.server.read.LocalStore;
import org.publd.server.read.ReadStore;
import org.publd.server.read.RemoteStore;
import org.publd.server.search.WorkSearch;
import org.publd.store.DatasetDump;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PubLD's server: Fuseki's SPARQL and graph-store endpoints at {@code /ds}, and Linked Data for every
 * IRI under the base. Read-only to the public; updates need a login from the password file.
 *
 * <pre>
 * try (PubldServer server = PubldServer.start(dsg, ServerConfig.defaults(3030, "http://localhost:3030/"))) {
 *     server.join();
 * }
 * </pre>
 *
 * <p>Paths: {@code /} landing page, {@code /sparql} query page, {@code /search} and {@code /browse/*} lists of works, {@code /ds/sparql} and {@code /ds/query}
 * SPARQL query, {@code /ds/get} graph store (read), {@code /ds/update} and {@code /ds/data} (with a
 * password file only), {@code /void}, {@code /ns}, {@code /context.jsonld}, {@code /dump.nq.gz}, {@code /yasgui/*},
 * the REST API {@code /api/v1/*}, Triple Pattern Fragments {@code /fragments}, and every other path a resource
 * under the base.
 */
public final class PubldServer implements AutoCloseable {
    /** The dataset's name in the server: {@code /ds}, as stock Fuseki setups use. */
    public static final String DATASET = "/ds";
    /** The largest anonymous request body: a long SPARQL query fits many times over. */
    static final long MAX_BODY_BYTES = 1 << 20;
    /** The dataset's endpoints that only read, which pages elsewhere may use (CORS). */
    private static final Set<String> READ_ENDPOINTS = Set.of(DATASET + "/sparql", DATASET + "/query", DATASET + "/get");
    private static final Logger LOG = LoggerFactory.getLogger(PubldServer.class);
    private static final Duration STATISTICS_MAX_AGE = Duration.ofMinutes(10);
    private static final int SAMPLE_RECORDS = 10;
    /** Rendered pages kept: a few thousand typical records in each representation. */
    static final long RESPONSE_CACHE_BYTES = 64L << 20;
    /**
     * Rows a sort or a {@code DISTINCT} keeps in memory before it writes them to a temporary file (Jena's
     * {@code arq:spillToDiskThreshold}; it has none by default): a few megabytes a query, whatever it sorts.
     * It must stay above ARQ's top-N threshold (an {@code ORDER BY} with {@code LIMIT} 1,000 or less sorts
     * in a bounded buffer), as Jena's TransformTopN says.
     */
    static final long SPILL_ROWS = 10_000;
    /** The longest a query waits for a place to run before it is refused. */
    static final Duration QUEUE_WAIT = Duration.ofSeconds(2);

    private final FusekiServer fuseki;
    private final ReadStore store;
    private final ServedDump dump;

    private PubldServer(FusekiServer fuseki, ReadStore store, ServedDump dump) {
        this.fuseki = fuseki;
        this.store = store;
        this.dump = dump;
    }

    /**
     * Builds the server for {@code dsg} (a dataset whose default graph is the union of its graphs) and
     * starts it, with a dump written now into a temporary folder: for data in memory.
     */
    public static PubldServer start(DatasetGraph dsg, ServerConfig config) {
        return start(dsg, ServedDump.temporary(dsg), config);
    }

    /** Builds the server for {@code dsg}, offering {@code dump} (closed with the server), and starts it. */
    public static PubldServer start(DatasetGraph dsg, ServedDump dump, ServerConfig config) {
        try {
            // One number is the overall timeout (Jena's Timeouts.parseTimeoutStr): a query stops wherever it is.
            dsg.getContext().set(ARQ.queryTimeout, Long.toString(config.queryTimeout().toMillis()));
            dsg.getContext().set(ARQ.spillToDiskThreshold, SPILL_ROWS);
            dsg.getContext().set(Service.httpServiceAllowed, config.allowService());
            ReadStore store = new LocalStore(dsg, config.queryTimeout(), config.maxRows());
            return build(new Backend(store, dsg, null, dump), config);
        } catch (RuntimeException e) {
            dump.close();
            throw e;
        }
    }

    /**
     * Builds the server over the SPARQL endpoint of {@code store} and starts it, whether the endpoint
     * answers yet or not: pages that need it answer 502 or 504 until it does. Read-only, and with no dump.
     */
    public static PubldServer start(RemoteStore store, ServerConfig config) {
        // Fuseki's query service needs a dataset to dispatch to; the queries run on the endpoint.
        return build(new Backend(store, DatasetGraphFactory.createTxnMem(), store, null), config);
    }

    /**
     * Where the server's data is: the store every page reads, the dataset Fuseki's endpoints run on, the
     * endpoint queries go to instead (null for a local dataset), and the dump (null when there is none).
     */
    private record Backend(ReadStore store, DatasetGraph dsg, RemoteStore remote, ServedDump dump) {
    }

    private static PubldServer build(Backend backend, ServerConfig config) {
        String base = config.base();
        ReadStore store = backend.store();
        DatasetStatistics statistics = new DatasetStatistics(store, base, STATISTICS_MAX_AGE);
        DataService.Builder service = DataService.newBuilder(backend.dsg())
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.Query);
        FusekiServer.Builder b = FusekiServer.create()
                .port(config.port())
                .loopback(!config.bindAll())
                .fusekiModules(FusekiModules.empty())
                .enableCors(false)
                // Fuseki's read-only administration endpoints, where its users and their tools look.
                .enablePing(true).enableStats(true).enableMetrics(true)
                .addProcessor("/$/server", new ActionServerStatus())
                .addProcessor("/$/datasets/*", new ActionDatasets())
                .registerOperation(Operation.Query, new LimitedQuery(config.maxRows(), config.queryTimeout(),
                        config.allowService(), backend.remote()));
        if (backend.remote() == null) {
            service.addEndpoint(Operation.GSP_R, "get").addEndpoint(Operation.GSP_R);
            b.registerOperation(Operation.GSP_R, new UnionGraphRead(config.maxGraphRead(),
                    () -> statistics.current().figures().triples(), base + DumpServlet.FILE_NAME));
        }
        if (config.adminPasswordFile() != null) {
            service.addEndpoint(Operation.Update, "update", Auth.ANY_USER)
                    .addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER);
            b.securityHandler(loginCheck(config.adminPasswordFile())).serverAuthPolicy(Auth.ANY_ANON);
        }
        b.add(DATASET, service);
        if (config.adminPasswordFile() == null) {
            b.addFilter(DATASET + "/update", new UpdatesClosed()).addFilter(DATASET + "/data", new UpdatesClosed());
        }

        IriScheme iris = new IriScheme(base);
        PrefixMapping prefixes = prefixes(iris);
        VoidDescriber voidDescriber = new VoidDescriber(iris, statistics, backend.dump() != null, backend.remote() == null);
        Describer data = new DatasetDescriber(store, iris);
        Describer describer = describer(iris, voidDescriber, data);
        // Not the VoID description: its figures follow a change of the data in the background, not at once.
        ResponseCache cache = new ResponseCache(store.version(), RESPONSE_CACHE_BYTES,
                iri -> !iri.equals(voidDescriber.datasetIri().getURI()));

        // One admission for SPARQL and the REST API, whose answers are SPARQL queries too.
        QueryAdmission admission = new QueryAdmission(config.maxQueries(), config.queryQueue(),
                min(QUEUE_WAIT, config.queryTimeout()), config.queryTimeout());
        b.addFilter("/*", new ReadOnlyCors(DATASET, READ_ENDPOINTS))
                .addFilter("/*", new BodySizeFilter(MAX_BODY_BYTES))
                .addFilter("/*", new StoreErrors())
                .addFilter("/$/*", new AdminReadOnly())
                .addFilter(DATASET + "/*", new FusekiErrorPages())
                .addFilter(DATASET + "/*", new UndecodableParameters())
                .addFilter(DATASET + "/*", new NoRequestIdHeader())
                .addFilter(DATASET + "/*", admission)
                .addFilter(ApiServlet.PATH + "/*", admission)
                .addServlet("", new LandingServlet(statistics::current, () -> sampleRecords(store, iris)))
                .addServlet("/sparql", new QueryPageServlet())
                .addServlet("/search", new SearchServlet(store, WorkSearch.available(backend.dsg()), base))
                .addServlet("/browse/*", new BrowseServlet(store, base))
                .addServlet(ApiServlet.PATH + "/*", new ApiServlet(store))
                .addServlet("/yasgui/*", new YasguiServlet())
                .addServlet(JsonLdContextServlet.PATH, new JsonLdContextServlet())
                .addServlet("/" + ExampleData.PATH + "*", new ExampleServlet())
                .addServlet("/*", new LinkedDataServlet(base, describer, new ResourcePages(base, prefixes), prefixes, cache));
        for (OutputFormat format : DatasetDump.FORMATS) {
            b.addServlet("/" + DatasetDump.fileName(format), backend.dump() != null ? new DumpServlet(backend.dump(), format)
                    : new NoDumpServlet());
        }
        if (backend.remote() == null) {
            // Fragments are range reads of a local dataset's indexes: a remote store has none to offer.
            b.addServlet(FragmentServlet.PATH, new FragmentServlet(backend.dsg(), statistics::lastTriples, config.queryTimeout()));
        }
        FusekiServer fuseki = b.build();
        OutputBufferPool.install(fuseki.getJettyServer());
        ErrorPages errors = new ErrorPages();
        fuseki.getJettyServer().setErrorHandler(errors);
        fuseki.getJettyServer().getDescendant(ServletContextHandler.class).setErrorHandler(errors);
        wrap(fuseki.getJettyServer(), config.adminPasswordFile() != null);
        if (config.accessLog() != null) {
            fuseki.getJettyServer().setRequestLog(AccessLog.to(config.accessLog()));
        }
        listen(fuseki, config);
        if (backend.remote() != null) {
            countInBackground(statistics);
        }
        return new PubldServer(fuseki, store, backend.dump());
    }

    /**
     * Counts the figures of a store on an endpoint now, in the background: on a large store they take
     * minutes, and the landing page and VoID wait for them. A store that is down is counted at the first
     * request after it is up.
     */
    private static void countInBackground(DatasetStatistics statistics) {
        Thread counting = new Thread(() -> {
            try {
                statistics.current();
            } catch (RuntimeException e) {
                LOG.warn("Cannot count the dataset yet: {}", e.getMessage());
            }
        }, "publd-statistics");
        counting.setDaemon(true);
        counting.start();
    }

    /** The VoID description and the vocabulary at their IRIs, the data's descriptions at every other. */
    private static Describer describer(IriScheme iris, VoidDescriber voidDescriber, Describer data) {
        Node vocabulary = iris.vocabulary();
        Graph ontology = Ontology.graph();
        return iri -> {
            if (iri.equals(voidDescriber.datasetIri())) {
                return voidDescriber.describe(iri);
            }
            if (iri.equals(vocabulary)) {
                // A copy: writers set the served prefixes on the graph they are given.
                Graph copy = GraphFactory.createDefaultGraph();
                GraphUtil.addInto(copy, ontology);
                return Optional.of(copy);
            }
            return data.describe(iri);
        };
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Jetty's Basic login against the password file's users, which must be well formed. */
    private static SecurityHandler loginCheck(Path passwordFile) {
        PasswordFile users = PasswordFile.read(passwordFile);
        PasswordFile.permissionWarning(passwordFile).ifPresent(LOG::warn);
        return JettySecurityLib.makeSecurityHandler(Auth.dftRealm, users.userStore(), AuthScheme.BASIC);
    }

    /** Puts the security headers, and with logins the throttle on failed ones, around the whole server. */
    private static void wrap(Server server, boolean logins) {
        Handler handler = server.getHandler();
        if (logins) {
            handler = new LoginThrottle(handler, LoginFailures.standard());
        }
        server.setHandler(new SecurityHeaders(handler));
    }

    // Jetty reports a port in use as an IOException inside a FusekiException: say it plainly.
    private static void listen(FusekiServer fuseki, ServerConfig config) {
        try {
            fuseki.start();
        } catch (FusekiException e) {
            if (e.getCause() instanceof IOException io) {
                throw new PubldException("cannot listen on port " + config.port() + ": " + io.getMessage()
                        + " (another server on that port? choose one with --port)", e);
            }
            throw e;
        }
    }

    /** The port the server listens on. */
    public int port() {
        return fuseki.getPort();
    }

    /** The Jetty server underneath. */
    Server jetty() {
        return fuseki.getJettyServer();
    }

    /** How many records the server publishes. */
    public long records() {
        return store.records();
    }

    /** The dump it sends; null when it has none. */
    ServedDump dump() {
        return dump;
    }

    /** Waits until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        try {
            fuseki.stop();
        } finally {
            store.close();
            if (dump != null) {
                dump.close();
            }
        }
    }

    /** The contract's prefixes, and short ones for the IRI spaces under the base. */
    static PrefixMapping prefixes(IriScheme iris) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefixes(Prefixes.standard().getMapping());
        pm.setNsPrefixes(iris.prefixes());
        return pm.lock();
    }

    // The first few records' works, each with its title (else its citation text, else its PMID).
    private static List<LandingServlet.Sample> sampleRecords(ReadStore store, IriScheme iris) {
        return store.snapshot(() -> store.samplePmids(iris, SAMPLE_RECORDS).stream().map(pmid -> {
            Node work = iris.article(pmid);
            String label = literal(store, work, DCTerms.title.asNode())
                    .or(() -> literal(store, work, DCTerms.bibliographicCitation.asNode()))
                    .orElse("PMID " + pmid);
            return new LandingServlet.Sample(work.getURI().substring(iris.base().length()), label);
        }).toList());
    }

    private static Optional<String> literal(ReadStore store, Node s, Node p) {
        return store.bySubject(s, p, 1).stream().map(Triple::getObject).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).findFirst();
    }
}
