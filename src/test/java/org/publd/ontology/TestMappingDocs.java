package org.publd.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.publd.mapping.IriScheme;
import org.publd.mapping.vocab.Prefixes;
import org.publd.record.Article;

/** {@code ontology/README.md} documents every emitted term, and its worked example is what the mapper writes. */
class TestMappingDocs {
    private static final Path README = Path.of("ontology", "README.md");

    private static String readme;

    @BeforeAll
    static void read() throws IOException {
        readme = Files.readString(README, StandardCharsets.UTF_8);
    }

    @Test
    void workedExampleIsWhatTheMapperWrites() {
        DatasetGraph documented = DatasetGraphFactory.create();
        RDFParser.fromString(block("trig"), Lang.TRIG).parse(documented);
        Node graphName = new IriScheme(IriScheme.DEFAULT_BASE).graph(SampleArticles.readmeExample().pmid());
        Graph expected = documented.getGraph(graphName);
        Graph actual = MappingLib.withDocumentedVersion(MappingLib.map(SampleArticles.readmeExample()));

        assertTrue(expected.isIsomorphicWith(actual), "README example differs from the mapper's output.\n"
                + "Only in README:\n" + MappingLib.difference(expected, actual) + "Only in the mapper's output:\n" + MappingLib.difference(actual, expected));
    }

    @Test
    void workedExampleRecordIsWellFormedXml() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.newDocumentBuilder().parse(new ByteArrayInputStream(block("xml").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void documentsEveryEmittedTerm() {
        PrefixMap prefixes = Prefixes.standard();
        Set<String> undocumented = new TreeSet<>();
        for (Article a : SampleArticles.all().values()) {
            MappingLib.map(a).find().forEachRemaining(t -> {
                checkDocumented(prefixes, t.getPredicate(), undocumented);
                if (t.getPredicate().equals(RDF.type.asNode())) {
                    checkDocumented(prefixes, t.getObject(), undocumented);
                }
            });
        }
        assertEquals(Set.of(), undocumented);
    }

    private static void checkDocumented(PrefixMap prefixes, Node term, Set<String> undocumented) {
        String name = prefixes.abbreviate(term.getURI());
        // Documented in the text, not merely used in the worked example.
        String text = readme.substring(0, readme.indexOf("## Worked example"));
        if (name == null || !text.contains("`" + name + "`")) {
            undocumented.add(name == null ? term.getURI() : name);
        }
    }

    /** The one fenced block of the README in the given language. */
    private static String block(String lang) {
        Matcher m = Pattern.compile("```" + lang + "\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(), "no ```" + lang + " block in " + README);
        String text = m.group(1);
        assertTrue(!m.find(), "more than one ```" + lang + " block in " + README);
        return text;
    }



}
