package org.publd.server.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.publd.mapping.Citations;
import org.publd.mapping.LinkTarget;
import org.publd.mapping.vocab.Prefixes;
import org.publd.server.read.ReadStore;

/**
 * The citation operations' queries: the links between works ({@code cito:cites}, {@code cito:discusses}
 * and the other properties {@link Citations#linkProperties()} names) into or out of the works an
 * identifier names, one row per citing work, cited work and property, with OpenCitations' fields. As
 * for reified citations, both works have a PMID: a reference known only by its text is no citation here.
 */
final class CitationQueries {
    static final List<String> COLUMNS = List.of("oci", "citing", "cited", "creation", "timespan", "journal_sc",
            "author_sc", "property");
    /** The order identifiers are listed in, as OpenCitations lists them: the others are left out. */
    static final List<String> ID_SCHEMES = List.of("pmid", "doi", "pmcid");

    /** Which end of the links the identifiers name. */
    enum Anchor {
        /** Works citing the one named: {@code citations/{id}}. */
        CITED("VALUES (?citedKey) { ?anchor } ?cited dcterms:identifier ?citedKey ."),
        /** Works the one named cites: {@code references/{id}}. */
        CITING("VALUES (?citingKey) { ?anchor } ?citing dcterms:identifier ?citingKey ."),
        /** One citation: {@code citation/{citing}-{cited}}. */
        BOTH("VALUES (?citingKey) { ?anchor } ?citing dcterms:identifier ?citingKey . "
                + "VALUES (?citedKey) { ?other } ?cited dcterms:identifier ?citedKey .");

        private final String pattern;

        Anchor(String pattern) {
            this.pattern = pattern;
        }
    }

    // Self-citations are asked for once a link (the inner DISTINCT), the identifiers and dates after.
    // The anchor's VALUES come first in its group, so that ARQ starts from the identifiers given.
    private static final String ROWS = """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX prism: <http://prismstandard.org/namespaces/basic/2.0/>
            PREFIX fabio: <http://purl.org/spar/fabio/>
            SELECT ?citing ?cited ?property ?citingPmid ?citedPmid ?journalSc ?authorSc
                   (GROUP_CONCAT(DISTINCT ?citingId) AS ?citingIds) (GROUP_CONCAT(DISTINCT ?citedId) AS ?citedIds)
                   (SAMPLE(?citingDate) AS ?citingIssued)
                   (SAMPLE(?citedDate) AS ?citedIssued)
            WHERE {
              { SELECT DISTINCT ?citing ?cited ?property ?citingPmid ?citedPmid ?journalSc ?authorSc WHERE {
                  %s
                  VALUES (?property) { ?properties }
                  ?citing ?property ?cited .
                  ?citing fabio:hasPubMedId ?citingPmid .
                  ?cited fabio:hasPubMedId ?citedPmid .
                  BIND (EXISTS { ?citing dcterms:isPartOf/(prism:issn|prism:eIssn|fabio:hasIssnL) ?issn .
                                 ?cited dcterms:isPartOf/(prism:issn|prism:eIssn|fabio:hasIssnL) ?issn } AS ?journalSc)
                  BIND (EXISTS { ?citing dcterms:creator/owl:sameAs ?orcid . ?cited dcterms:creator/owl:sameAs ?orcid .
                                 FILTER STRSTARTS(STR(?orcid), ?orcidSpace) } AS ?authorSc)
              } }
              OPTIONAL { ?citing dcterms:identifier ?citingId }
              OPTIONAL { ?cited dcterms:identifier ?citedId }
              OPTIONAL { ?citing dcterms:issued ?citingDate }
              OPTIONAL { ?cited dcterms:issued ?citedDate }
            }
            GROUP BY ?citing ?cited ?property ?citingPmid ?citedPmid ?journalSc ?authorSc
            ORDER BY ?citing ?cited ?property
            """;
    private static final String COUNT = """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX fabio: <http://purl.org/spar/fabio/>
            SELECT (COUNT(*) AS ?count) WHERE {
              SELECT DISTINCT ?citing ?cited ?property WHERE {
                %s
                VALUES (?property) { ?properties }
                ?citing ?property ?cited .
                ?citing fabio:hasPubMedId ?citingPmid .
                ?cited fabio:hasPubMedId ?citedPmid .
              }
            }
            """;

    private final ReadStore store;
    private final PrefixMap prefixes = Prefixes.standard();

    /** @param store where the queries run, with the SPARQL endpoint's timeout and row cap */
    CitationQueries(ReadStore store) {
        this.store = store;
    }

    /** The citations into, out of or between the works named. */
    Table citations(Anchor anchor, WorkId id, WorkId other) {
        List<Map<String, String>> rows = new ArrayList<>();
        store.select(query(ROWS, anchor, id, other), Map.of()).forEachRemaining(b -> rows.add(row(b)));
        return new Table(COLUMNS, rows);
    }

    /** How many citations {@link #citations} would list (without the row limit). */
    Table count(Anchor anchor, WorkId id) {
        RowSet rows = store.select(query(COUNT, anchor, id, null), Map.of());
        Node n = rows.hasNext() ? rows.next().get(Var.alloc("count")) : null;
        return new Table(List.of("count"), List.of(Map.of("count", n == null ? "0" : n.getLiteralLexicalForm())));
    }

    private Query query(String template, Anchor anchor, WorkId id, WorkId other) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(template.formatted(anchor.pattern));
        pss.setValues("anchor", ResourceFactory.createStringLiteral(id.identifier()));
        if (other != null) {
            pss.setValues("other", ResourceFactory.createStringLiteral(other.identifier()));
        }
        List<RDFNode> properties = Citations.linkProperties().stream().map(Node::getURI).sorted()
                .map(p -> (RDFNode) ResourceFactory.createResource(p)).toList();
        pss.setValues("properties", properties);
        pss.setLiteral("orcidSpace", LinkTarget.ORCID.uriSpace());
        return pss.asQuery();
    }

    private Map<String, String> row(Binding b) {
        String citingIds = ids(text(b, "citingIds"));
        String citedIds = ids(text(b, "citedIds"));
        Node span = Citations.timeSpan(b.get(Var.alloc("citedIssued")), b.get(Var.alloc("citingIssued")));
        Map<String, String> row = new LinkedHashMap<>();
        row.put("oci", text(b, "citingPmid") + "-" + text(b, "citedPmid"));
        row.put("citing", citingIds);
        row.put("cited", citedIds);
        row.put("creation", text(b, "citingIssued"));
        row.put("timespan", span == null ? "" : span.getLiteralLexicalForm());
        row.put("journal_sc", yesNo(b, "journalSc"));
        row.put("author_sc", yesNo(b, "authorSc"));
        row.put("property", prefixes.abbreviate(b.get(Var.alloc("property")).getURI()));
        return row;
    }

    /** The space-separated identifiers that OpenCitations lists, in its order. */
    static String ids(String spaceSeparated) {
        return Stream.of(spaceSeparated.split(" "))
                .filter(id -> ID_SCHEMES.contains(scheme(id)))
                .sorted(Comparator.comparingInt((String id) -> ID_SCHEMES.indexOf(scheme(id))).thenComparing(id -> id))
                .reduce((a, c) -> a + " " + c).orElse("");
    }

    private static String scheme(String id) {
        int colon = id.indexOf(':');
        return colon < 0 ? "" : id.substring(0, colon);
    }

    private static String yesNo(Binding b, String var) {
        Node n = b.get(Var.alloc(var));
        return n != null && "true".equals(n.getLiteralLexicalForm()) ? "yes" : "no";
    }

    static String text(Binding b, String var) {
        Node n = b.get(Var.alloc(var));
        return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }
}
