package org.publd.server.html;

import java.util.List;

/** The example queries on the landing page; written against the mapping contract. */
final class ExampleQueries {
    record Example(String title, String query) {
    }

    private static final String PREFIXES = """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX cito: <http://purl.org/spar/cito/>
            PREFIX fabio: <http://purl.org/spar/fabio/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    static final List<Example> ALL = List.of(
            new Example("Articles with their titles", PREFIXES + """
                    SELECT ?article ?title WHERE {
                      ?article a fabio:JournalArticle ; dcterms:title ?title .
                    } LIMIT 20
                    """),
            new Example("The most cited works in the data", PREFIXES + """
                    SELECT ?work (COUNT(?citing) AS ?citations) WHERE {
                      ?citing cito:cites ?work .
                    } GROUP BY ?work ORDER BY DESC(?citations) LIMIT 20
                    """),
            new Example("Authors and their articles", PREFIXES + """
                    SELECT ?name ?article WHERE {
                      ?article dcterms:creator ?author . ?author foaf:name ?name .
                    } ORDER BY ?name LIMIT 50
                    """),
            new Example("The MeSH terms used most", PREFIXES + """
                    SELECT ?term ?label (COUNT(?article) AS ?n) WHERE {
                      ?article dcterms:subject ?term . ?term rdfs:label ?label .
                    } GROUP BY ?term ?label ORDER BY DESC(?n) LIMIT 20
                    """));

    private ExampleQueries() {
    }
}
