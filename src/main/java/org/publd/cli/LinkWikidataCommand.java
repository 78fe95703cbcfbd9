package org.publd.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.publd.PubldException;
import org.publd.link.wikidata.CandidateFinder;
import org.publd.link.wikidata.EndpointResolver;
import org.publd.link.wikidata.LinkSummary;
import org.publd.link.wikidata.MappingDump;
import org.publd.link.wikidata.Resolver;
import org.publd.link.wikidata.RoutedResolver;
import org.publd.link.wikidata.SparqlClient;
import org.publd.link.wikidata.WikidataLinker;
import org.publd.mapping.IriScheme;
import org.publd.net.RetryPolicy;
import org.publd.store.DatasetDump;
import org.publd.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code publd link wikidata}: {@code owl:sameAs} links from works, journals and authors to Wikidata items. */
@Command(name = "wikidata", mixinStandardHelpOptions = true,
        description = {"Finds the Wikidata item of every work (by PMID, else DOI, else PMCID), journal (ISSN) and"
                + " author (ORCID iD) in a database, and writes owl:sameAs links into the graph B graph/links/wikidata.",
            "Resources looked up, found or not, are marked there (publd:wikidataCheckedAt) batch by batch, so a rerun"
                + " resumes where the last run stopped; --recheck or --older-than looks them up again. A dump (--from)"
                + " applies to every resource, looked up before or not. Exit code 1 when a batch failed: rerun to"
                + " complete it. An endpoint that cannot be reached stops the run after its first batch."})
final class LinkWikidataCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Where Wikidata serves scholarly articles since its query service was split in May 2025. */
    static final String SCHOLARLY_ENDPOINT = "https://query-scholarly.wikidata.org/sparql";
    /** Where Wikidata serves everything else, journals and people included. */
    static final String MAIN_ENDPOINT = "https://query.wikidata.org/sparql";

    @Mixin
    DatabaseOption db;

    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = SCHOLARLY_ENDPOINT,
            description = "The Wikidata SPARQL endpoint (default: ${DEFAULT-VALUE}, the scholarly graph).")
    URI endpoint;

    @Option(names = "--main-endpoint", paramLabel = "URL", defaultValue = MAIN_ENDPOINT,
            description = "The endpoint for journals (ISSN) and authors (ORCID iD), which Wikidata keeps in its"
                    + " main graph (default: ${DEFAULT-VALUE}).")
    URI mainEndpoint;

    @Option(names = "--from", paramLabel = "FILE",
            description = "Read the mapping from a dump instead of the endpoint: CSV or TSV with a header"
                    + " (pmid, doi, pmcid, issn, orcid; qid or item), or RDF (wd:Q… wdt:P698 \"123\"). May be given"
                    + " several times; a dump's links are facts and apply to every resource, checked before or not.")
    List<Path> from;

    @Option(names = "--recheck", description = "Look up again every resource, also those an earlier run looked up.")
    boolean recheck;

    @Option(names = "--older-than", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Look up again the resources last looked up longer ago than DURATION (30d, 12h, 2w, P30D).")
    Duration olderThan;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "200",
            description = "Resources per batch and identifiers per query (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--rate", paramLabel = "R", defaultValue = "1",
            description = "At most R requests per second (default: ${DEFAULT-VALUE}).")
    double rate;

    @Mixin
    NetworkOptions network;

    @Option(names = "--base", paramLabel = "IRI", converter = BaseIriConverter.class,
            description = "Base IRI the records were mapped with (default: read from the record graphs).")
    String base;

    private final List<SparqlClient> clients = new ArrayList<>();

    @Override
    public Integer call() {
        OptionCheck.require(spec, batch >= 1, "--batch must be at least 1, got " + batch);
        Duration timeout = network.timeout();
        RetryPolicy policy = network.retryPolicy();
        OptionCheck.require(spec, rate >= 0 && Double.isFinite(rate), "--rate must be a number of requests per second"
                + " (0 for no limit), got " + rate);
        OptionCheck.require(spec, !(recheck && olderThan != null), "--recheck and --older-than: give one of them");
        OptionCheck.require(spec, from == null || !recheck && olderThan == null, "--recheck and --older-than are"
                + " for lookups at an endpoint; a dump (--from) applies to every resource anyway");
        OptionCheck.require(spec, olderThan == null || !olderThan.isNegative(), "--older-than must not be negative");
        for (URI u : new URI[] {endpoint, mainEndpoint}) {
            OptionCheck.require(spec, "http".equals(u.getScheme()) || "https".equals(u.getScheme()),
                    "--endpoint and --main-endpoint must be http(s) URLs, got: " + u);
        }
        LinkSummary s;
        // Opened first: a wrong --db is refused before a dump is read.
        try (Tdb2Store store = Tdb2Store.open(db.dir)) {
            IriScheme iris = new IriScheme(base != null ? base : recordBase(store));
            Resolver resolver = resolver(iris, timeout, policy);
            WikidataLinker linker = new WikidataLinker(store.dataset(), iris, resolver, batch);
            try (Reporter reporter = new Reporter()) {
                s = linker.run(reporter, lookAgainBefore());
            }
            DatasetDump.ofDatabase(db.dir).update(store);
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "publd link wikidata: %,d looked up, %,d found, %,d not found, %,d failed, %,d already checked, %s",
                s.lookedUp(), s.found(), s.notFound(), s.failed(), s.alreadyChecked(), SummaryLine.count(s.links(), "link")));
        if (from == null) {
            line.append(", ").append(SummaryLine.count(clients.stream().mapToLong(SparqlClient::requests).sum(), "request"));
        }
        line.append(", ").append(SummaryLine.seconds(s.elapsed()));
        System.err.println(line);
        return s.failed() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private Instant lookAgainBefore() {
        if (recheck) {
            return Instant.MAX;
        }
        return olderThan == null ? Instant.MIN : Instant.now().minus(olderThan);
    }

    private Resolver resolver(IriScheme iris, Duration timeout, RetryPolicy policy) {
        if (from != null) {
            return MappingDump.read(from, iris);
        }
        if (network.contact == null && endpoint.getHost() != null && endpoint.getHost().endsWith("wikidata.org")) {
            System.err.println("publd link wikidata: no --contact given; Wikimedia asks clients to name a contact"
                    + " in their User-Agent and may block those that do not");
        }
        SparqlClient worksClient = new SparqlClient(endpoint, network.contact, rate, timeout, policy);
        clients.add(worksClient);
        if (mainEndpoint.equals(endpoint)) {
            return new EndpointResolver(worksClient);
        }
        SparqlClient mainClient = new SparqlClient(mainEndpoint, network.contact, rate, timeout, policy);
        clients.add(mainClient);
        return new RoutedResolver(new EndpointResolver(worksClient), new EndpointResolver(mainClient));
    }

    /** Shows a bar once the number of resources is known, and reports failed batches as they happen. */
    private static final class Reporter implements WikidataLinker.Listener, AutoCloseable {
        private final Progress bar = Progress.forItemsLater("link wikidata", "resources");

        @Override
        public void progress(long done, long total) {
            bar.progress(done, total);
        }

        @Override
        public void batchFailed(int size, String message) {
            System.err.println("publd link wikidata: a batch of " + SummaryLine.count(size, "resource")
                    + " failed, left for a rerun: " + message);
        }

        @Override
        public void stopped(int rest) {
            System.err.println("publd link wikidata: stopped; " + SummaryLine.count(rest, "more resource")
                    + " left for a rerun");
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    private static String recordBase(Tdb2Store store) {
        Set<String> bases = CandidateFinder.recordBases(store.dataset());
        if (bases.size() != 1) {
            throw new PubldException(store.dir() + (bases.isEmpty() ? ": no records to link"
                    : ": records under several base IRIs " + bases + "; choose one with --base"));
        }
        return bases.iterator().next();
    }
}
