package org.publd.mapping;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.publd.PubldException;
import org.publd.mapping.vocab.Prefixes;
import org.publd.record.Journal;

/**
 * Mints every IRI PubLD writes: those under the base IRI {@code B} (articles, graphs, authors,
 * journals, grants, funders, references, citations) and the links to other knowledge graphs.
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
    /** Wikidata's concept IRI namespace: what its SPARQL service returns and what owl:sameAs links point to. */
    public static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";
    // The IRI spaces under the base, one per kind of resource.
    private static final String WORKS = "pubmed/";
    private static final String GRAPHS = "graph/";
    private static final String CITATIONS = "citation/";
    private static final String JOURNALS = "journal/";
    private static final String ISSNS = "issn/";
    private static final String FUNDERS = "funder/";
    private static final String PUBLISHERS = "publisher/";
    private static final String PROGRAMS = "software/";
    private static final Node TITLE = DCTerms.title.asNode();
    private static final Node NAME = FOAF.name.asNode();
    private static final Node LABEL = RDFS.label.asNode();

    /**
     * The kinds of resource PubLD names, each with the properties the mapper names it by: what a reader
     * looks up for the label of a linked resource without reading all of it.
     */
    public enum Kind {
        /** An article, chapter or book: {@code pubmed/{PMID}}, {@code pubmed/{PMID}/book}. */
        WORK(TITLE),
        /** An author or editor of a work: {@code pubmed/{PMID}/author/{n}}. */
        CONTRIBUTOR(NAME),
        /** A journal: {@code journal/{NlmUniqueID}}, {@code issn/{ISSN}}. */
        JOURNAL(TITLE),
        /** A funder or publisher. */
        AGENT(NAME),
        /** The software that wrote the data. */
        SOFTWARE(LABEL),
        /** A MeSH descriptor, qualifier or pair, named by MeSH RDF's {@code rdfs:label}. */
        MESH(LABEL),
        /** A reified citation, a record's graph, a grant or a reference: never named. */
        UNNAMED(),
        /** Anything else under the base: written by someone else, so named by any of the three. */
        OTHER(TITLE, NAME, LABEL),
        /** Outside the base and MeSH (DOIs, ORCID iDs, PubMed pages...): PubLD data never names them. */
        EXTERNAL();

        private final List<Node> labels;

        Kind(Node... labels) {
            this.labels = List.of(labels);
        }

        /** The properties that name a resource of this kind, most telling first. */
        public List<Node> labels() {
            return labels;
        }
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

    /** What {@code iri} names, by the IRI space it is in. Called for every link of every page: no copies. */
    public Kind kind(Node iri) {
        if (!iri.isURI()) {
            return Kind.EXTERNAL;
        }
        String uri = iri.getURI();
        if (uri.startsWith(Prefixes.MESH)) {
            return Kind.MESH;
        }
        if (!uri.startsWith(base)) {
            return Kind.EXTERNAL;
        }
        int at = base.length();
        if (uri.startsWith(WORKS, at)) {
            return workKind(uri, at + WORKS.length());
        }
        if (uri.startsWith(JOURNALS, at) || uri.startsWith(ISSNS, at)) {
            return Kind.JOURNAL;
        }
        if (uri.startsWith(FUNDERS, at) || uri.startsWith(PUBLISHERS, at)) {
            return Kind.AGENT;
        }
        if (uri.startsWith(PROGRAMS, at)) {
            return Kind.SOFTWARE;
        }
        if (uri.startsWith(CITATIONS, at) || uri.startsWith(GRAPHS, at)) {
            return Kind.UNNAMED;
        }
        return Kind.OTHER;
    }

    // Below pubmed/ (from index at): {PMID}, {PMID}/book, {PMID}/author/{n}, {PMID}/editor/{n},
    // {PMID}/grant/{n}, {PMID}/reference/{n}.
    private static Kind workKind(String uri, int at) {
        int slash = uri.indexOf('/', at);
        if (slash < 0) {
            return Kind.WORK;
        }
        int part = slash + 1;
        if (uri.length() == part + 4 && uri.startsWith("book", part)) {
            return Kind.WORK;
        }
        if (uri.startsWith("author/", part) || uri.startsWith("editor/", part)) {
            return Kind.CONTRIBUTOR;
        }
        if (uri.startsWith("grant/", part) || uri.startsWith("reference/", part)) {
            return Kind.UNNAMED;
        }
        return Kind.OTHER;
    }

    /** The base IRI, ending with a slash. */
    public String base() {
        return base;
    }

    public Node article(String pmid) {
        return iri(base + WORKS + segment(pmid));
    }

    public Node graph(String pmid) {
        return iri(base + GRAPHS + "pubmed/" + segment(pmid));
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
        return iri(base + GRAPHS + "links/" + segment(target));
    }

    public Node dataset() {
        return iri(base + "void");
    }

    /** The software that wrote the data, in a given version. */
    public Node software(String version) {
        return iri(base + PROGRAMS + "publd/" + segment(version));
    }

    public static Node mesh(String ui) {
        return iri(Prefixes.MESH + segment(ui));
    }

    /** MeSH RDF's IRI for a descriptor/qualifier pair ({@code mesh:D000928Q000494}). */
    public static Node meshPair(String descriptorUi, String qualifierUi) {
        return iri(Prefixes.MESH + segment(descriptorUi) + segment(qualifierUi));
    }

    public static Node language(String iso6392) {
        return iri("http://id.loc.gov/vocabulary/iso639-2/" + segment(iso6392.toLowerCase(Locale.ROOT)));
    }

    public static Node identifiersOrgPubmed(String pmid) {
        return iri("https://identifiers.org/pubmed:" + segment(pmid));
    }

    public static Node doi(String doi) {
        return iri("https://doi.org/" + encode(doi, "/"));
    }

    public static Node pubmedPage(String pmid) {
        return iri("https://pubmed.ncbi.nlm.nih.gov/" + segment(pmid) + "/");
    }

    public static Node pmcPage(String pmcid) {
        return iri("https://pmc.ncbi.nlm.nih.gov/articles/" + segment(pmcid) + "/");
    }

    public static Node orcid(String orcid) {
        return iri("https://orcid.org/" + segment(orcid));
    }

    /** The Wikidata item {@code Q42}: {@code http://www.wikidata.org/entity/Q42}. */
    public static Node wikidataItem(String qid) {
        if (qid == null || !QID.matcher(qid).matches()) {
            throw new PubldException("not a Wikidata item identifier (Q followed by digits): " + qid);
        }
        return iri(WIKIDATA_ENTITY + qid);
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
