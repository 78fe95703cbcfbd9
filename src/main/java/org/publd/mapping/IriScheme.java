package org.publd.mapping;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
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

    static {
        String allowed = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@";
        allowed.chars().forEach(c -> UNRESERVED[c] = true);
    }

    private final String base;

    /** @param base an absolute http(s) IRI; a missing final slash is added */
    public IriScheme(String base) {
        this.base = normalizeBase(base);
    }

    /** The base IRI, ending with a slash. */
    public String base() {
        return base;
    }

    public Node article(String pmid) {
        return iri(base + "pubmed/" + segment(pmid));
    }

    public Node graph(String pmid) {
        return iri(base + "graph/pubmed/" + segment(pmid));
    }

    public Node author(String pmid, int n) {
        return iri(base + "pubmed/" + segment(pmid) + "/author/" + n);
    }

    public Node editor(String pmid, int n) {
        return iri(base + "pubmed/" + segment(pmid) + "/editor/" + n);
    }

    public Node grant(String pmid, int n) {
        return iri(base + "pubmed/" + segment(pmid) + "/grant/" + n);
    }

    public Node reference(String pmid, int n) {
        return iri(base + "pubmed/" + segment(pmid) + "/reference/" + n);
    }

    /** The book a book chapter record belongs to. */
    public Node book(String pmid) {
        return iri(base + "pubmed/" + segment(pmid) + "/book");
    }

    public Node citation(String citingPmid, String citedPmid) {
        return iri(base + "citation/" + segment(citingPmid) + "-" + segment(citedPmid));
    }

    /** {@code B journal/{NlmUniqueID}}, else {@code B issn/{ISSN-L or print ISSN}}, else {@code null}. */
    public Node journal(Journal journal) {
        if (journal == null) {
            return null;
        }
        if (journal.nlmUniqueId() != null) {
            return iri(base + "journal/" + segment(journal.nlmUniqueId()));
        }
        String issn = journal.issnLinking() != null ? journal.issnLinking() : journal.issnPrint();
        return issn == null ? null : iri(base + "issn/" + segment(issn));
    }

    public Node funder(String agencyName) {
        return iri(base + "funder/" + slug(agencyName));
    }

    public Node publisher(String name) {
        return iri(base + "publisher/" + slug(name));
    }

    /** {@code B graph/links/{target}}: the named graph of the links a linker found in another knowledge graph. */
    public Node linksGraph(String target) {
        return iri(base + "graph/links/" + segment(target));
    }

    public Node dataset() {
        return iri(base + "void");
    }

    /** The software that wrote the data, in a given version. */
    public Node software(String version) {
        return iri(base + "software/publd/" + segment(version));
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
