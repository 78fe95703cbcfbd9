package org.publd.server.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.publd.mapping.IriScheme;
import org.publd.mapping.LinkTarget;
import org.publd.mapping.vocab.FABIO;
import org.publd.server.read.ReadStore;

/**
 * The {@code metadata} operation's query: for each work an identifier names, the fields of
 * OpenCitations Meta ({@code id}, {@code title}, {@code author} with ORCID iDs, {@code pub_date},
 * {@code venue} with ISSNs, {@code volume}, {@code issue}, {@code page}, {@code type}) and PubLD's
 * {@code mesh} (the MeSH descriptors, with their UIs).
 */
final class MetadataQuery {
    static final List<String> COLUMNS = List.of("id", "title", "author", "pub_date", "venue", "volume", "issue", "page",
            "type", "mesh");
    private static final Pattern DESCRIPTOR = Pattern.compile("D[0-9]+");
    private static final String QUERY = """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX prism: <http://prismstandard.org/namespaces/basic/2.0/>
            PREFIX fabio: <http://purl.org/spar/fabio/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX publd: <https://w3id.org/publd/ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT DISTINCT ?key ?work ?field ?value ?part ?family ?given ?position ?extra WHERE {
              VALUES (?key) { ?keys }
              ?work dcterms:identifier ?key .
              { ?work dcterms:identifier ?value BIND ("id" AS ?field) }
              UNION { ?work dcterms:title ?value BIND ("title" AS ?field) }
              UNION { ?work dcterms:creator ?part . ?part foaf:name ?value .
                      OPTIONAL { ?part publd:authorPosition ?position }
                      OPTIONAL { ?part foaf:familyName ?family }
                      OPTIONAL { ?part foaf:givenName ?given }
                      OPTIONAL { ?part owl:sameAs ?extra FILTER STRSTARTS(STR(?extra), ?orcidSpace) }
                      BIND ("author" AS ?field) }
              UNION { ?work dcterms:issued ?value BIND ("pub_date" AS ?field) }
              UNION { ?work dcterms:isPartOf ?part . ?part dcterms:title ?value .
                      OPTIONAL { ?part prism:issn|prism:eIssn|fabio:hasIssnL ?extra }
                      BIND ("venue" AS ?field) }
              UNION { ?work prism:publicationName ?value BIND ("publicationName" AS ?field) }
              UNION { ?work prism:volume ?value BIND ("volume" AS ?field) }
              UNION { ?work prism:issueIdentifier ?value BIND ("issue" AS ?field) }
              UNION { ?work prism:pageRange ?value BIND ("page" AS ?field) }
              UNION { ?work a ?value BIND ("type" AS ?field) }
              UNION { ?work dcterms:subject ?value . ?value rdfs:label ?extra BIND ("mesh" AS ?field) }
            }
            """;

    private final ReadStore store;

    MetadataQuery(ReadStore store) {
        this.store = store;
    }

    /** One row a work, in the order of the identifiers that name them; none for an identifier nothing has. */
    Table metadata(List<WorkId> ids) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(QUERY);
        pss.setValues("keys", ids.stream().map(id -> (RDFNode) ResourceFactory.createStringLiteral(id.identifier())).toList());
        pss.setLiteral("orcidSpace", LinkTarget.ORCID.uriSpace());
        Query q = pss.asQuery();
        Map<String, Node> workOfKey = new LinkedHashMap<>();
        Map<Node, Work> works = new LinkedHashMap<>();
        store.select(q, Map.of()).forEachRemaining(b -> {
            Node work = b.get(Var.alloc("work"));
            workOfKey.putIfAbsent(b.get(Var.alloc("key")).getLiteralLexicalForm(), work);
            works.computeIfAbsent(work, w -> new Work()).add(b);
        });
        List<Map<String, String>> rows = new ArrayList<>();
        ids.stream().map(id -> workOfKey.get(id.identifier())).filter(w -> w != null).distinct()
                .forEach(w -> rows.add(works.get(w).row()));
        return new Table(COLUMNS, rows);
    }

    /** What the rows say of one work, gathered field by field. */
    private static final class Work {
        private final TreeSet<String> ids = new TreeSet<>();
        private final TreeSet<String> titles = new TreeSet<>();
        private final Map<Node, Author> authors = new LinkedHashMap<>();
        private final TreeSet<String> dates = new TreeSet<>(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        private final Map<String, TreeSet<String>> venues = new TreeMap<>();
        private final TreeSet<String> publicationNames = new TreeSet<>();
        private final Map<String, TreeSet<String>> single = new TreeMap<>();
        private final TreeSet<String> types = new TreeSet<>();
        private final Map<String, String> mesh = new TreeMap<>();

        void add(Binding b) {
            String field = CitationQueries.text(b, "field");
            Node value = b.get(Var.alloc("value"));
            String text = value.isLiteral() ? value.getLiteralLexicalForm() : value.getURI();
            switch (field) {
                case "id" -> ids.add(text);
                case "title" -> titles.add(text);
                case "author" -> authors.computeIfAbsent(b.get(Var.alloc("part")), a -> new Author()).add(b, text);
                case "pub_date" -> dates.add(text);
                case "venue" -> {
                    TreeSet<String> issns = venues.computeIfAbsent(text, v -> new TreeSet<>());
                    String issn = CitationQueries.text(b, "extra");
                    if (!issn.isEmpty()) {
                        issns.add("issn:" + issn);
                    }
                }
                case "publicationName" -> publicationNames.add(text);
                case "type" -> {
                    if (value.isURI() && value.getURI().startsWith(FABIO.NS)) {
                        types.add(value.getURI().substring(FABIO.NS.length()));
                    }
                }
                case "mesh" -> IriScheme.meshUi(value).filter(ui -> DESCRIPTOR.matcher(ui).matches())
                        .ifPresent(ui -> mesh.put(CitationQueries.text(b, "extra"), ui));
                default -> single.computeIfAbsent(field, f -> new TreeSet<>()).add(text);
            }
        }

        Map<String, String> row() {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("id", CitationQueries.ids(String.join(" ", ids)));
            row.put("title", first(titles));
            row.put("author", String.join("; ", authors.values().stream().sorted().map(Author::toString).toList()));
            row.put("pub_date", first(dates));
            row.put("venue", venue());
            row.put("volume", first(single.get("volume")));
            row.put("issue", first(single.get("issue")));
            row.put("page", first(single.get("page")));
            row.put("type", type());
            row.put("mesh", String.join("; ", mesh.entrySet().stream().map(e -> e.getKey() + " [mesh:" + e.getValue() + "]").toList()));
            return row;
        }

        private String venue() {
            Optional<Map.Entry<String, TreeSet<String>>> journal = venues.entrySet().stream().findFirst();
            if (journal.isEmpty()) {
                return first(publicationNames);
            }
            TreeSet<String> issns = journal.get().getValue();
            return journal.get().getKey() + (issns.isEmpty() ? "" : " [" + String.join(" ", issns) + "]");
        }

        // FaBiO's class names as words (JournalArticle: journal article); Expression only when nothing says more.
        private String type() {
            if (types.size() > 1) {
                types.remove(FABIO.Expression.getURI().substring(FABIO.NS.length()));
            }
            return String.join("; ", types.stream().map(t -> t.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT)).toList());
        }

        private static String first(TreeSet<String> values) {
            return values == null || values.isEmpty() ? "" : values.first();
        }
    }

    /** An author as OpenCitations Meta writes one: {@code Family, Given [orcid:…]}, ordered by position. */
    private static final class Author implements Comparable<Author> {
        private String name = "";
        private String family;
        private String given;
        private int position = Integer.MAX_VALUE;
        private final TreeSet<String> orcids = new TreeSet<>();

        void add(Binding b, String foafName) {
            name = foafName;
            family = family != null ? family : b.get(Var.alloc("family")) == null ? null : CitationQueries.text(b, "family");
            given = given != null ? given : b.get(Var.alloc("given")) == null ? null : CitationQueries.text(b, "given");
            Node pos = b.get(Var.alloc("position"));
            if (pos != null) {
                position = Integer.parseInt(pos.getLiteralLexicalForm());
            }
            Node orcid = b.get(Var.alloc("extra"));
            if (orcid != null) {
                LinkTarget.ORCID.localPart(orcid).ifPresent(id -> orcids.add("orcid:" + id));
            }
        }

        @Override
        public int compareTo(Author o) {
            return Integer.compare(position, o.position);
        }

        @Override
        public String toString() {
            String n = family == null ? name : given == null ? family : family + ", " + given;
            return orcids.isEmpty() ? n : n + " [" + String.join(" ", orcids) + "]";
        }
    }
}
