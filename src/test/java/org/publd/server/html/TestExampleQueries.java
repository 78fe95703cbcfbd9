package org.publd.server.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.RecordMapper;
import org.publd.mapping.StreamRecordSink;
import org.publd.pipeline.RecordPipeline;
import org.publd.server.ExampleData;

/** The landing page's example queries against the bundled example that {@code publd serve} shows. */
class TestExampleQueries {
    private static final Pattern PREFIXED = Pattern.compile("(?<![\\w<#/])([A-Za-z][\\w-]*):[A-Za-z]");
    private static DatasetGraph example;

    @BeforeAll
    static void load() {
        DatasetGraph loaded = DatasetGraphFactory.create();
        try (ExampleData examples = ExampleData.extract()) {
            RecordPipeline.builder(new RecordMapper(MappingOptions.defaults())).build()
                    .run(examples.files(), new StreamRecordSink(StreamRDFLib.dataset(loaded)));
        }
        // The default graph as the server has it: the union of the record graphs.
        example = DatasetGraphFactory.wrap(loaded.getUnionGraph());
    }

    private static List<QuerySolution> run(String query) {
        try (QueryExecution qe = QueryExecution.create(QueryFactory.create(query), DatasetFactory.wrap(example))) {
            return ResultSetFormatter.toList(qe.execSelect());
        }
    }

    @Test
    void everyExampleFindsSomethingInTheBundledExample() {
        for (ExampleQueries.Example e : ExampleQueries.ALL) {
            assertTrue(!run(e.query()).isEmpty(), e.title());
        }
    }

    @Test
    void theFirstExampleFindsTheSeedThatIsOnlyAnExpression() {
        List<QuerySolution> rows = run(ExampleQueries.ALL.get(0).query());
        assertTrue(rows.stream().anyMatch(r -> r.getResource("article").getURI().endsWith("/pubmed/20724638")),
                rows.toString());
    }

    @Test
    void everyExampleDeclaresOnlyThePrefixesItUses() {
        for (ExampleQueries.Example e : ExampleQueries.ALL) {
            Query q = QueryFactory.create(e.query());
            Set<String> declared = new TreeSet<>(q.getPrefixMapping().getNsPrefixMap().keySet());
            String body = e.query().lines().filter(l -> !l.startsWith("PREFIX")).reduce("", (a, b) -> a + b + "\n");
            Set<String> used = new TreeSet<>();
            Matcher m = PREFIXED.matcher(body);
            while (m.find()) {
                used.add(m.group(1));
            }
            assertEquals(used, declared, e.title());
        }
    }
}
