package org.publd.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.publd.PubldException;
import org.publd.acquire.eutils.ArticleSetWriter;
import org.publd.acquire.eutils.DatabaseTarget;
import org.publd.acquire.eutils.EutilsClient;
import org.publd.acquire.eutils.PubmedFetch;
import org.publd.mapping.IriScheme;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.RecordMapper;
import org.publd.mapping.Software;
import org.publd.net.PoliteClient;
import org.publd.pipeline.RecordPipeline;
import org.publd.store.LoadPhase;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code publd fetch}: records by PMID or by search from NCBI's E-utilities, into a database or one XML file. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Fetches PubMed records by PMID or by search from NCBI's E-utilities (EFetch, ESearch with the"
                + " history server), into a database or one PubMed XML file.",
            "NCBI's rules are kept: at most 3 requests a second, 10 with an API key; tool=publd and your e-mail address"
                + " on every request; 429 and 5xx retried after Retry-After or with backoff.",
            "With --db, records are loaded as they arrive, and a rerun asks only for the records the database does not"
                + " hold from PubMed XML. PMIDs NCBI does not know are listed; then the exit code is 1."})
final class FetchCommand implements Callable<Integer> {
    private static final Pattern PMID = Pattern.compile("[1-9][0-9]{0,9}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");
    /** Unknown PMIDs listed by number at most; the rest are counted. */
    private static final int LISTED = 50;

    @Spec
    CommandSpec spec;

    @Mixin
    DumpOption dump;

    /** What to fetch: one of three. */
    static final class What {
        @Option(names = "--pmid", paramLabel = "LIST", required = true,
                description = "PMIDs, separated by commas or spaces; may be given several times.")
        List<String> pmids;

        @Option(names = "--pmid-file", paramLabel = "FILE", required = true,
                description = "A file of PMIDs, separated by lines, commas or spaces ('#' starts a comment).")
        Path pmidFile;

        @Option(names = "--query", paramLabel = "TEXT", required = true,
                description = "A PubMed search, as typed into PubMed (fetches all its hits, or the first --max).")
        String query;
    }

    /** Where the records go: one of two. */
    static final class Where {
        @Option(names = "--db", paramLabel = "DIR", required = true, description = "Load into this TDB2 database.")
        Path db;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE.xml", required = true,
                description = "Write one PubMed XML file (a PubmedArticleSet), replaced only when the fetch ends.")
        Path output;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Where where;

    @Option(names = "--max", paramLabel = "N", description = "With --query: fetch at most the first N hits.")
    long max;

    @Option(names = "--api-key", paramLabel = "KEY", defaultValue = "${env:NCBI_API_KEY}",
            description = "NCBI API key, for 10 requests a second instead of 3 (default: $NCBI_API_KEY).")
    String apiKey;

    @Option(names = "--email", paramLabel = "ADDR", defaultValue = "${env:NCBI_EMAIL}",
            description = "Your e-mail address, sent with every request as NCBI asks (default: $NCBI_EMAIL).")
    String email;

    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/",
            description = "The E-utilities base URL: NCBI's (default: ${DEFAULT-VALUE}), a mirror, or a test server.")
    URI endpoint;

    @Option(names = "--base", paramLabel = "IRI", converter = BaseIriConverter.class,
            description = "With --db: base IRI of the IRIs PubLD mints (default: the database's, else "
                    + IriScheme.DEFAULT_BASE + ").")
    String base;

    @Override
    public Integer call() {
        OptionCheck.require(spec, email != null && !email.isBlank() && !email.contains(" "), "NCBI asks for an e-mail"
                + " address with every request: give --email ADDR (or set NCBI_EMAIL)");
        OptionCheck.require(spec, "http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme()),
                "--endpoint must be an http(s) URL, got: " + endpoint);
        OptionCheck.require(spec, max >= 0, "--max must be at least 0, got " + max);
        OptionCheck.require(spec, max == 0 || what.query != null, "--max goes with --query");
        OptionCheck.require(spec, base == null || where.db != null, "--base goes with --db");
        List<String> pmids = what.query == null ? pmids() : List.of();
        String key = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        EutilsClient eutils = EutilsClient.create(endpoint, email.strip(), key, PoliteClient.userAgent(Software.VERSION, email.strip()));
        if (where.db != null) {
            DatabaseTarget target = new DatabaseTarget(where.db, pipeline());
            PubmedFetch.Summary s = run(eutils, target);
            dump.refresh(where.db, LoadPhase.Listener.NONE);
            return report(s, target.errors(), "already in the database");
        }
        PubmedFetch.Summary s = AtomicFile.write(where.output, out -> {
            ArticleSetWriter writer = new ArticleSetWriter(out);
            PubmedFetch.Summary summary = run(eutils, writer);
            writer.finish();
            return summary;
        });
        return report(s, 0, null);
    }

    private PubmedFetch.Summary run(EutilsClient eutils, PubmedFetch.Target target) {
        try (Progress progress = Progress.forItemsLater("fetch", "records")) {
            PubmedFetch fetch = new PubmedFetch(eutils, target, progress::progress);
            return what.query != null ? fetch.query(what.query, max) : fetch.pmids(pmids());
        }
    }

    private RecordPipeline pipeline() {
        RecordMapper mapper = new RecordMapper(new MappingOptions(base != null ? base : DatabaseOption.recordBase(where.db), true));
        return RecordPipeline.builder(mapper).registry(Main.formats(spec))
                .forceFormat(Main.formats(spec).require("pubmed-xml"))
                .sourceName(DatabaseTarget.SOURCE_NAME).build();
    }

    /** The PMIDs of --pmid or --pmid-file, in order, each once; anything that is not a PMID is a usage error. */
    private List<String> pmids() {
        List<String> tokens = new ArrayList<>();
        if (what.pmids != null) {
            what.pmids.forEach(list -> tokens.addAll(List.of(SEPARATORS.split(list.strip()))));
        } else {
            try {
                for (String line : Files.readAllLines(what.pmidFile)) {
                    String data = line.replaceFirst("#.*", "").strip();
                    if (!data.isEmpty()) {
                        tokens.addAll(List.of(SEPARATORS.split(data)));
                    }
                }
            } catch (IOException e) {
                throw new PubldException(what.pmidFile + ": cannot read: " + e.getMessage(), e);
            }
        }
        Set<String> pmids = new LinkedHashSet<>();
        for (String t : tokens) {
            if (!t.isEmpty()) {
                OptionCheck.require(spec, PMID.matcher(t).matches(), "not a PMID: '" + t + "'");
                pmids.add(t);
            }
        }
        OptionCheck.require(spec, !pmids.isEmpty(), "no PMIDs given");
        return List.copyOf(pmids);
    }

    private static int report(PubmedFetch.Summary s, long errors, String heldWhere) {
        if (!s.unknown().isEmpty()) {
            List<String> listed = s.unknown().subList(0, Math.min(LISTED, s.unknown().size()));
            System.err.println("publd fetch: NCBI does not know " + SummaryLine.count(s.unknown().size(), "PMID") + ": "
                    + String.join(", ", listed) + (listed.size() < s.unknown().size()
                    ? String.format(Locale.ROOT, " and %,d more", s.unknown().size() - listed.size()) : ""));
        }
        StringBuilder line = new StringBuilder("publd fetch: ").append(SummaryLine.count(s.fetched(), "record"));
        if (heldWhere != null) {
            line.append(", ").append(String.format(Locale.ROOT, "%,d %s", s.alreadyHad(), heldWhere));
        }
        line.append(", ").append(SummaryLine.count(s.unknown().size(), "unknown PMID"))
                .append(", ").append(SummaryLine.count(errors, "error"))
                .append(", ").append(SummaryLine.count(s.requests(), "request"))
                .append(", ").append(SummaryLine.seconds(s.elapsed()));
        System.err.println(line);
        return s.unknown().isEmpty() && errors == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
