package org.publd.mapping;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.atlas.lib.IRILib;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.publd.PubldException;
import org.publd.record.Journal;

/**
 * Mints every IRI PubLD writes: those under the base IRI {@code B} (articles, graphs, authors,
 * journals, grants, funders, references, citations) and the links to other knowledge graphs (in the
 * IRI spaces {@link LinkTarget} holds), and reads them back: which space an IRI is in, whose record
 * a graph holds, which MeSH UI or Wikidata QID an IRI names.
 *
 * <pre>
 * IriScheme iris = new IriScheme("http://localhost:3030/");
 * iris.article("20724638");   // http://localhost:3030/pubmed/20724638
 * </pre>
 */
public final class IriScheme {
    /** The base IRI when none is given: a default local server, so every IRI dereferences. */
    public static final String DEFAULT_BASE = "http://localhost:3030/";
    // RFC 3986 unreserved characters and the sub-delimiters allowed in a path segment.
    private static final boolean[] UNRESERVED = new boolean[128];
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    // The IRI spaces under the base, one per kind of resource.
    private static final String WORKS = "pubmed/";
    private static final String RECORD_GRAPHS = "graph/" + WORKS;
    private static final String LINKS_GRAPHS = "graph/links/";
    private static final String SYNC_GRAPH = "graph/sync";
    private static final String CITATIONS = "citation/";
    private static final String JOURNALS = "journal/";
    private static final String ISSNS = "issn/";
    private static final String FUNDERS = "funder/";
    private static final String PUBLISHERS = "publisher/";
    private static final String PROGRAMS = "software/";
    private static final String SOURCES = "source/";
    private static final String DATASET = "void";
    // Pages of the server, not resources of the data: search results and lists of articles.
    private static final String SEARCH = "search";
    private static final String BROWSE = "browse/";
    private static final String BROWSE_MESH = BROWSE + "mesh/";
    private static final String BROWSE_YEAR = BROWSE + "year/";
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final String FRAGMENTS = "fragments";

    /**
     * The IRI spaces PubLD mints, as {@link #space(Node)} reads an IRI back: each names the method that
     * makes such IRIs.
     */
    public enum Space {
        /** {@link #article}: {@code pubmed/{PMID}}. */
        WORK,
        /** {@link #book}: {@code pubmed/{PMID}/book}. */
        BOOK,
        /** {@link #author}: {@code pubmed/{PMID}/author/{n}}. */
        AUTHOR,
        /** {@link #editor}: {@code pubmed/{PMID}/editor/{n}}. */
        EDITOR,
        /** {@link #grant}: {@code pubmed/{PMID}/grant/{n}}. */
        GRANT,
        /** {@link #reference}: {@code pubmed/{PMID}/reference/{n}}. */
        REFERENCE,
        /** {@link #citation}: {@code citation/{PMID}-{PMID}}. */
        CITATION,
        /** {@link #graph}: {@code graph/pubmed/{PMID}}. */
        RECORD_GRAPH,
        /** {@link #linksGraph}: {@code graph/links/{target}}. */
        LINKS_GRAPH,
        /** {@link #syncGraph}, and the entries in it ({@link #syncEntry}). */
        SYNC_GRAPH,
        /** {@link #journal}: {@code journal/{NlmUniqueID}} or {@code issn/{ISSN}}. */
        JOURNAL,
        /** {@link #funder}. */
        FUNDER,
        /** {@link #publisher}. */
        PUBLISHER,
        /** {@link #software}. */
        SOFTWARE,
        /** {@link #source}: {@code source/{name}}. */
        SOURCE,
        /** {@link #dataset}: {@code void}. */
        DATASET,
        /** {@link #search}: the search page. */
        SEARCH,
        /** {@link #browse} and {@link #browseYear}: a page listing articles. */
        BROWSE,
        /** {@link #mesh} and {@link #meshPair}: MeSH RDF, outside the base. */
        MESH,
        /** Under the base, but in no space PubLD mints. */
        OTHER,
        /** Outside the base and MeSH (DOIs, ORCID iDs, PubMed pages...), or not an IRI. */
        EXTERNAL
    }

    static {
        String allowed = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@";
        allowed.chars().forEach(c -> UNRESERVED[c] = true);
    }

    private final String base;

    /** @param base an absolute http(s) IRI; a missing final slash is added */
    public IriScheme(String base) {
        this.base = normalizeBase(base);
    }

    /** The space {@code iri} is in: which of the methods here makes IRIs like it. Called for every link of every page: no copies. */
    public Space space(Node iri) {
        if (!iri.isURI()) {
            return Space.EXTERNAL;
        }
        String uri = iri.getURI();
        if (uri.startsWith(LinkTarget.MESH.uriSpace())) {
            return Space.MESH;
        }
        if (!uri.startsWith(base)) {
            return Space.EXTERNAL;
        }
        int at = base.length();
        if (uri.startsWith(WORKS, at)) {
            return workSpace(uri, at + WORKS.length());
        }
        if (uri.startsWith(RECORD_GRAPHS, at)) {
            return Space.RECORD_GRAPH;
        }
        if (uri.startsWith(LINKS_GRAPHS, at)) {
            return Space.LINKS_GRAPH;
        }
        if (uri.startsWith(SYNC_GRAPH, at) && (uri.length() == at + SYNC_GRAPH.length()
                || uri.charAt(at + SYNC_GRAPH.length()) == '#')) {
            return Space.SYNC_GRAPH;
        }
        if (uri.startsWith(JOURNALS, at) || uri.startsWith(ISSNS, at)) {
            return Space.JOURNAL;
        }
        if (uri.startsWith(FUNDERS, at)) {
            return Space.FUNDER;
        }
        if (uri.startsWith(PUBLISHERS, at)) {
            return Space.PUBLISHER;
        }
        if (uri.startsWith(PROGRAMS, at)) {
            return Space.SOFTWARE;
        }
        if (uri.startsWith(SOURCES, at)) {
            return Space.SOURCE;
        }
        if (uri.startsWith(CITATIONS, at)) {
            return Space.CITATION;
        }
        if (uri.length() == at + DATASET.length() && uri.startsWith(DATASET, at)) {
            return Space.DATASET;
        }
        if (uri.length() == at + SEARCH.length() && uri.startsWith(SEARCH, at)) {
            return Space.SEARCH;
        }
        if (uri.startsWith(BROWSE, at)) {
            return Space.BROWSE;
        }
        return Space.OTHER;
    }

    // Below pubmed/ (from index at): {PMID}, {PMID}/book, {PMID}/author/{n}, {PMID}/editor/{n},
    // {PMID}/grant/{n}, {PMID}/reference/{n}.
    private static Space workSpace(String uri, int at) {
        int slash = uri.indexOf('/', at);
        if (slash < 0) {
            return Space.WORK;
        }
        int part = slash + 1;
        if (uri.length() == part + 4 && uri.startsWith("book", part)) {
            return Space.BOOK;
        }
        if (uri.startsWith("author/", part)) {
            return Space.AUTHOR;
        }
        if (uri.startsWith("editor/", part)) {
            return Space.EDITOR;
        }
        if (uri.startsWith("grant/", part)) {
            return Space.GRANT;
        }
        if (uri.startsWith("reference/", part)) {
            return Space.REFERENCE;
        }
        return Space.OTHER;
    }

    /**
     * The PMID whose record graph {@code graph} is, or empty for any other node: the inverse of
     * {@link #graph(String)}.
     */
    public Optional<String> recordOf(Node graph) {
        if (!graph.isURI() || !graph.getURI().startsWith(base)) {
            return Optional.empty();
        }
        return recordPmid(graph.getURI(), base.length());
    }

    /**
     * The base a record graph was minted under, whatever it was, or empty for a node that is no record
     * graph under any base: how a tool that is not told the base finds it in the data.
     */
    public static Optional<String> recordBase(Node graph) {
        if (!graph.isURI()) {
            return Optional.empty();
        }
        String uri = graph.getURI();
        int at = uri.lastIndexOf(RECORD_GRAPHS);
        if (at < 1 || uri.charAt(at - 1) != '/' || recordPmid(uri, at).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(uri.substring(0, at));
    }

    /** Whether {@code graph} is the graph of a record ({@code B graph/pubmed/{PMID}}), under any base. */
    public static boolean isRecordGraph(Node graph) {
        return recordBase(graph).isPresent();
    }

    // The PMID of a record graph IRI whose path under its base starts at index at.
    private static Optional<String> recordPmid(String uri, int at) {
        int from = at + RECORD_GRAPHS.length();
        if (!uri.startsWith(RECORD_GRAPHS, at) || uri.length() == from || uri.indexOf('/', from) >= 0) {
            return Optional.empty();
        }
        return Optional.of(IRILib.decodeHex(uri.substring(from)));
    }

    /** The PMID of a work's IRI ({@code B pubmed/{PMID}}), or empty for any other node: the inverse of {@link #article}. */
    public Optional<String> pmidOf(Node work) {
        if (space(work) != Space.WORK) {
            return Optional.empty();
        }
        return Optional.of(IRILib.decodeHex(work.getURI().substring(base.length() + WORKS.length())));
    }

    /** The base IRI, ending with a slash. */
    public String base() {
        return base;
    }

    /** Short names for the IRI spaces under the base that pages show most, for prefixed names. */
    public Map<String, String> prefixes() {
        return Map.of("pubmed", base + WORKS, "journal", base + JOURNALS, "funder", base + FUNDERS);
    }

    public Node article(String pmid) {
        return iri(base + WORKS + segment(pmid));
    }

    /** The named graph of the record of {@code pmid}: {@code B graph/pubmed/{PMID}}; {@link #recordOf} reads it back. */
    public Node graph(String pmid) {
        return iri(base + RECORD_GRAPHS + segment(pmid));
    }

    public Node author(String pmid, int n) {
        return iri(base + WORKS + segment(pmid) + "/author/" + n);
    }

    public Node editor(String pmid, int n) {
        return iri(base + WORKS + segment(pmid) + "/editor/" + n);
    }

    public Node grant(String pmid, int n) {
        return iri(base + WORKS + segment(pmid) + "/grant/" + n);
    }

    public Node reference(String pmid, int n) {
        return iri(base + WORKS + segment(pmid) + "/reference/" + n);
    }

    /** The book a book chapter record belongs to. */
    public Node book(String pmid) {
        return iri(base + WORKS + segment(pmid) + "/book");
    }

    public Node citation(String citingPmid, String citedPmid) {
        return iri(base + CITATIONS + segment(citingPmid) + "-" + segment(citedPmid));
    }

    /** {@code B journal/{NlmUniqueID}}, else {@code B issn/{ISSN-L or print ISSN}}, else {@code null}. */
    public Node journal(Journal journal) {
        if (journal == null) {
            return null;
        }
        if (journal.nlmUniqueId() != null) {
            return iri(base + JOURNALS + segment(journal.nlmUniqueId()));
        }
        String issn = journal.issnLinking() != null ? journal.issnLinking() : journal.issnPrint();
        return issn == null ? null : iri(base + ISSNS + segment(issn));
    }

    public Node funder(String agencyName) {
        return iri(base + FUNDERS + slug(agencyName));
    }

    public Node publisher(String name) {
        return iri(base + PUBLISHERS + slug(name));
    }

    /** {@code B graph/links/{target}}: the named graph of the links a linker found in another knowledge graph. */
    public Node linksGraph(String target) {
        return iri(base + LINKS_GRAPHS + segment(target));
    }

    /** {@code B graph/sync}: the graph where {@code publd sync} notes each NLM file it applied. */
    public Node syncGraph() {
        return iri(base + SYNC_GRAPH);
    }

    /** {@code B graph/sync#{file}}: the applying of one NLM file, described in {@link #syncGraph()}. */
    public Node syncEntry(String fileName) {
        return iri(base + SYNC_GRAPH + "#" + segment(fileName));
    }

    /** Whether {@code graph} is the sync graph ({@code B graph/sync}), under any base. */
    public static boolean isSyncGraph(Node graph) {
        return graph.isURI() && graph.getURI().endsWith("/" + SYNC_GRAPH);
    }

    /** The dataset as a whole, which its VoID description describes: {@code B void}. */
    public Node dataset() {
        return iri(base + DATASET);
    }

    /** Where the server publishes PubLD's ontology ({@code ontology/publd.ttl}) for people and programs: {@code B ns}. */
    public Node vocabulary() {
        return iri(base + "ns");
    }

    /**
     * The Triple Pattern Fragments interface to the dataset, {@code B fragments}: with
     * {@code ?subject=&predicate=&object=} it names the fragment of the triples matching the pattern.
     */
    public Node fragments() {
        return iri(base + FRAGMENTS);
    }

    /** The software that wrote the data, in a given version. */
    public Node software(String version) {
        return iri(base + PROGRAMS + "publd/" + segment(version));
    }

    /**
     * An input the data was made from, by the name it is published under: {@code B source/{name}}, the
     * object of {@code prov:wasDerivedFrom}. A name, never the path of the machine that read it (issue 15).
     */
    public Node source(String name) {
        return iri(base + SOURCES + segment(name));
    }

    /** The search page, {@code B search}, which takes the words as {@code ?q=}. */
    public Node search() {
        return iri(base + SEARCH);
    }

    /**
     * The page listing the articles of a journal, an author or a MeSH heading (descriptor or pair):
     * {@code B browse/} and the resource's path under the base ({@code B browse/journal/9806306},
     * {@code B browse/pubmed/20724638/author/1}), or {@code B browse/mesh/{UI}}; {@link #browsed} reads it back.
     */
    public Node browse(Node resource) {
        Optional<String> ui = meshUi(resource);
        if (ui.isPresent()) {
            return iri(base + BROWSE_MESH + ui.get());
        }
        String uri = resource.getURI();
        if (!uri.startsWith(base)) {
            throw new IllegalArgumentException("no browse page for " + uri);
        }
        return iri(base + BROWSE + uri.substring(base.length()));
    }

    /** The page listing the articles issued in {@code year}: {@code B browse/year/{YYYY}}. */
    public Node browseYear(String year) {
        return iri(base + BROWSE_YEAR + segment(year));
    }

    /** The resource whose articles a {@link #browse} page lists, or empty for any other node (a year's page included). */
    public Optional<Node> browsed(Node page) {
        String rest = browsePath(page);
        if (rest == null || rest.isEmpty() || rest.startsWith(BROWSE_YEAR.substring(BROWSE.length()))) {
            return Optional.empty();
        }
        String mesh = BROWSE_MESH.substring(BROWSE.length());
        if (rest.startsWith(mesh)) {
            String ui = rest.substring(mesh.length());
            return ui.isEmpty() || ui.indexOf('/') >= 0 ? Optional.empty() : Optional.of(mesh(ui));
        }
        return Optional.of(iri(base + rest));
    }

    /** The year a {@link #browseYear} page lists, or empty for any other node. */
    public Optional<String> browsedYear(Node page) {
        String rest = browsePath(page);
        String year = BROWSE_YEAR.substring(BROWSE.length());
        if (rest == null || !rest.startsWith(year)) {
            return Optional.empty();
        }
        return Optional.of(rest.substring(year.length())).filter(y -> YEAR.matcher(y).matches());
    }

    // The path after B browse/, or null for a node that is no browse page.
    private String browsePath(Node page) {
        if (!page.isURI() || !page.getURI().startsWith(base + BROWSE)) {
            return null;
        }
        return page.getURI().substring(base.length() + BROWSE.length());
    }

    public static Node mesh(String ui) {
        return iri(LinkTarget.MESH.uriSpace() + segment(ui));
    }

    /** MeSH RDF's IRI for a descriptor/qualifier pair ({@code mesh:D000928Q000494}). */
    public static Node meshPair(String descriptorUi, String qualifierUi) {
        return iri(LinkTarget.MESH.uriSpace() + segment(descriptorUi) + segment(qualifierUi));
    }

    public static Node language(String iso6392) {
        return iri("http://id.loc.gov/vocabulary/iso639-2/" + segment(iso6392.toLowerCase(Locale.ROOT)));
    }

    /** The UI of a MeSH RDF IRI ({@code D000928}, {@code D000928Q000494}), or empty for any other node. */
    public static Optional<String> meshUi(Node iri) {
        return LinkTarget.MESH.localPart(iri).filter(ui -> ui.indexOf('/') < 0);
    }

    public static Node identifiersOrgPubmed(String pmid) {
        return iri(LinkTarget.PUBMED_IDENTIFIERS.uriSpace() + segment(pmid));
    }

    public static Node doi(String doi) {
        return iri(LinkTarget.DOI.uriSpace() + encode(doi, "/"));
    }

    public static Node pubmedPage(String pmid) {
        return iri(LinkTarget.PUBMED.uriSpace() + segment(pmid) + "/");
    }

    public static Node pmcPage(String pmcid) {
        return iri(LinkTarget.PMC.uriSpace() + "articles/" + segment(pmcid) + "/");
    }

    public static Node orcid(String orcid) {
        return iri(LinkTarget.ORCID.uriSpace() + segment(orcid));
    }

    /** The Wikidata item {@code Q42}, in the IRI space of Wikidata's concepts: what its SPARQL service returns. */
    public static Node wikidataItem(String qid) {
        if (qid == null || !QID.matcher(qid).matches()) {
            throw new PubldException("not a Wikidata item identifier (Q followed by digits): " + qid);
        }
        return iri(LinkTarget.WIKIDATA.uriSpace() + qid);
    }

    /** The QID of a Wikidata item IRI (either scheme), or empty for any other node: the inverse of {@link #wikidataItem}. */
    public static Optional<String> wikidataQid(Node iri) {
        return LinkTarget.WIKIDATA.localPart(iri).filter(local -> QID.matcher(local).matches());
    }

    /** Lower case, letters stripped of accents, every run of other characters folded to one {@code -}. */
    public static String slug(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String slug = EDGE_DASHES.matcher(NON_ALNUM.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        return slug.isEmpty() ? "unnamed" : slug;
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** One path segment: everything that is not unreserved is percent-encoded. */
    private static String segment(String value) {
        return encode(value, "");
    }

    // Percent-encodes UTF-8 bytes outside RFC 3986's unreserved set and the extra characters allowed.
    private static String encode(String value, String alsoAllowed) {
        int i = 0;
        while (i < value.length() && allowed(value.charAt(i), alsoAllowed)) {
            i++;
        }
        if (i == value.length()) {
            return value;
        }
        StringBuilder sb = new StringBuilder(value.length() + 8).append(value, 0, i);
        for (byte b : value.substring(i).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (b >= 0 && allowed(c, alsoAllowed)) {
                sb.append(c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    private static boolean allowed(char c, String alsoAllowed) {
        return c < 128 && UNRESERVED[c] || alsoAllowed.indexOf(c) >= 0;
    }

    private static String normalizeBase(String base) {
        if (base == null || !(base.startsWith("http://") || base.startsWith("https://"))) {
            throw new PubldException("base IRI must be an absolute http(s) IRI, got: " + base);
        }
        if (base.contains("#") || base.contains("?") || base.chars().anyMatch(ch -> ch <= ' ' || "<>\"{}|\\^`".indexOf(ch) >= 0)) {
            throw new PubldException("base IRI must not contain a query, a fragment or characters illegal in IRIs: " + base);
        }
        return base.endsWith("/") ? base : base + "/";
    }
}
