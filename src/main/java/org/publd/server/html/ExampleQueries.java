package org.publd.server.html;

import java.util.List;

/**
 * The example queries on the landing page, written against the mapping contract. Each finds what the
 * bundled example holds and declares only the prefixes it uses (TestExampleQueries checks both).
 */
final class ExampleQueries {
    record Example(String title, String query) {
    }

    static final List<Example> ALL = List.of(
            // A record read from a saved PubMed page is only a fabio:Expression: the page names no publication type.
            new Example("Articles with their titles", """
                    PREFIX dcterms: <http://purl.org/dc/terms/>
                    PREFIX fabio: <http://purl.org/spar/fabio/>
                    SELECT ?article ?title WHERE {
                      VALUES ?type { fabio:Expression fabio:JournalArticle fabio:Book fabio:BookChapter }
                      ?article a ?type ; dcterms:title ?title ; dcterms:abstract ?abstract .
                    } LIMIT 20
                    """),
            new Example("The most cited works in the data", """
                    PREFIX cito: <http://purl.org/spar/cito/>
                    SELECT ?work (COUNT(?citing) AS ?citations) WHERE {
                      ?citing cito:cites ?work .
                    } GROUP BY ?work ORDER BY DESC(?citations) LIMIT 20
                    """),
            new Example("Authors and their articles", """
                    PREFIX dcterms: <http://purl.org/dc/terms/>
                    PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                    SELECT ?name ?article WHERE {
                      ?article dcterms:creator ?author . ?author foaf:name ?name .
                    } ORDER BY ?name LIMIT 50
                    """),
            new Example("The MeSH terms used most", """
                    PREFIX dcterms: <http://purl.org/dc/terms/>
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    SELECT ?term ?label (COUNT(?article) AS ?n) WHERE {
                      ?article dcterms:subject ?term . ?term rdfs:label ?label .
                    } GROUP BY ?term ?label ORDER BY DESC(?n) LIMIT 20
                    """));

    private ExampleQueries() {
    }
}
