package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.mapping.IriScheme;
import org.publd.mapping.vocab.FABIO;
import org.publd.mapping.vocab.PUBLD;
import org.publd.store.Tdb2Store;

/**
 * A record read from MEDLINE text and linked to MeSH carries the same MeSH statements as the same
 * record read from PubMed XML, whether the names are resolved by {@code load --mesh} or afterwards by
 * {@code link mesh}. The pair: {@code tipplerow-31400583.xml} and its MEDLINE text written by hand.
 */
class TestMeshLinking {
    static final String PMID = "31400583";
    static final IriScheme IRIS = new IriScheme(IriScheme.DEFAULT_BASE);
    static final Set<Node> WORK_PREDICATES = Set.of(DCTerms.subject.asNode(), FABIO.hasPrimarySubjectTerm,
            PUBLD.substance, DCTerms.type.asNode(), RDF.type.asNode());

    @TempDir
    Path tmp;

    static String resource(String path) {
        try {
            return Path.of(TestMeshLinking.class.getResource(path).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static final String XML = resource("/samples/pubmed-xml/tipplerow-31400583.xml");
    static final String MEDLINE = resource("/mesh/pmid-31400583.medline.txt");
    static final String MESH_NT = resource("/mesh/mesh-sample.nt");

    private Path load(String name, String... args) {
        Path db = tmp.resolve(name);
        String[] all = new String[args.length + 3];
        all[0] = "load";
        all[1] = "--db";
        all[2] = db.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        CliWithLineRecords.Run run = CliWithLineRecords.run(all);
        assertEquals(0, run.exit(), run.err());
        return db;
    }

    /** The work's types, subjects, substances and publication types, and every statement about a MeSH IRI. */
    static Set<Triple> meshStatements(Path db) {
        Node graph = IRIS.graph(PMID);
        Node work = IRIS.article(PMID);
        Set<Triple> out = new HashSet<>();
        try (Tdb2Store store = Tdb2Store.open(db)) {
            Txn.executeRead(store.dataset(), () -> {
                for (Iterator<Quad> it = store.dataset().find(graph, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) {
                    Triple t = it.next().asTriple();
                    boolean ofWork = t.getSubject().equals(work) && WORK_PREDICATES.contains(t.getPredicate());
                    boolean aboutMesh = t.getSubject().isURI() && t.getSubject().getURI().startsWith("http://id.nlm.nih.gov/mesh/");
                    if (ofWork || aboutMesh) {
                        out.add(t);
                    }
                }
            });
        }
        return out;
    }

    static long count(Path db, Node p) {
        try (Tdb2Store store = Tdb2Store.open(db)) {
            return Txn.calculateRead(store.dataset(), () -> {
                long n = 0;
                for (Iterator<Quad> it = store.dataset().find(Node.ANY, Node.ANY, p, Node.ANY); it.hasNext(); it.next()) {
                    n++;
                }
                return n;
            });
        }
    }

    private Set<Triple> fromXml() {
        Set<Triple> expected = meshStatements(load("xml", XML));
        assertTrue(expected.contains(Triple.create(IRIS.article(PMID), FABIO.hasPrimarySubjectTerm,
                NodeFactory.createURI("http://id.nlm.nih.gov/mesh/D010534Q000628"))), "the sample is what the test expects");
        return expected;
    }

    @Test
    void withoutMeshTheMedlineRecordHasNoMeshIris() {
        Path db = load("plain", MEDLINE);
        assertEquals(0, count(db, DCTerms.subject.asNode()));
        assertEquals(9, count(db, PUBLD.meshHeadingText));
    }

    @Test
    void loadWithMeshGivesTheXmlStatements() {
        Set<Triple> expected = fromXml();
        Path db = tmp.resolve("medline");
        CliWithLineRecords.Run run = CliWithLineRecords.run("load", "--db", db.toString(), "--mesh", MESH_NT, MEDLINE);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().startsWith("publd load: 1 record, "), run.err());
        assertTrue(run.err().contains(", 0 unresolved MeSH names, "), run.err());
        assertEquals(expected, meshStatements(db));
        assertEquals(0, count(db, PUBLD.meshHeadingText), "resolved at load time, the record maps as from XML");
    }

    @Test
    void linkMeshGivesTheXmlStatementsAndKeepsTheText() {
        Set<Triple> expected = fromXml();
        Path db = load("medline", MEDLINE);
        CliWithLineRecords.Run run = CliWithLineRecords.runCommand(new LinkMeshCommand(),
                "--db", db.toString(), "--mesh", MESH_NT);
        assertEquals(0, run.exit(), run.err());
        // 4 types, 9 descriptors + 11 qualifiers, 3 substances.
        assertTrue(run.err().startsWith("publd link mesh: 1 record, 27 names resolved, "), run.err());
        assertTrue(run.err().contains(", 0 unresolved MeSH names, "), run.err());
        assertEquals(expected, meshStatements(db));
        assertEquals(9, count(db, PUBLD.meshHeadingText), "the record's own text stays");
        assertEquals(3, count(db, PUBLD.substanceName));
        assertEquals(4, count(db, PUBLD.publicationTypeName));
    }

    @Test
    void linkMeshTwiceAddsNothingTheSecondTime() {
        Path db = load("medline", MEDLINE);
        CliWithLineRecords.Run first = CliWithLineRecords.runCommand(new LinkMeshCommand(), "--db", db.toString(), "--mesh", MESH_NT);
        assertFalse(first.err().contains(" 0 triples added"), first.err());
        CliWithLineRecords.Run again = CliWithLineRecords.runCommand(new LinkMeshCommand(), "--db", db.toString(), "--mesh", MESH_NT);
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.err().contains(", 0 triples added, "), again.err());
    }

    @Test
    void unresolvedNamesAreListedAndCounted() throws Exception {
        Path medline = Files.writeString(tmp.resolve("odd.txt"), """
                PMID- 99
                TI  - Odd names.
                PT  - Preprint
                MH  - *Hyperthermia/therapy
                MH  - Quantum Neoplasms
                RN  - 0 (Antineoplastics)
                """);
        Path db = load("odd", medline.toString());
        CliWithLineRecords.Run run = CliWithLineRecords.runCommand(new LinkMeshCommand(), "--db", db.toString(), "--mesh", MESH_NT);
        assertEquals(0, run.exit(), run.err());
        String err = run.err();
        assertTrue(err.contains("publd link mesh: PMID 99: unknown publication type 'Preprint'\n"), err);
        assertTrue(err.contains("publd link mesh: PMID 99: ambiguous MeSH descriptor 'Hyperthermia': D00"), err);
        assertTrue(err.contains("publd link mesh: PMID 99: unknown MeSH descriptor 'Quantum Neoplasms'\n"), err);
        assertTrue(err.contains(", 3 unresolved MeSH names, "), err);
        // The substance resolves by its entry term; nothing is written for the unresolved headings.
        assertEquals(1, count(db, PUBLD.substance));
        assertEquals(0, count(db, DCTerms.subject.asNode()));
    }

    @Test
    void aNameUnresolvedTwiceInOneRecordIsListedOnce() throws Exception {
        // PMID 14630660 has 'standards' under two headings: one line, one count.
        Path medline = Files.writeString(tmp.resolve("twice.txt"), """
                PMID- 98
                TI  - Twice.
                MH  - Quantum Neoplasms/*standards
                MH  - Quantum Neoplasms/*standards
                """);
        Path db = load("twice", medline.toString());
        CliWithLineRecords.Run run = CliWithLineRecords.runCommand(new LinkMeshCommand(), "--db", db.toString(), "--mesh", MESH_NT);
        String line = "publd link mesh: PMID 98: unknown MeSH qualifier 'standards'\n";
        assertEquals(run.err().indexOf(line), run.err().lastIndexOf(line), run.err());
        assertTrue(run.err().contains(line), run.err());
        assertTrue(run.err().contains(", 2 unresolved MeSH names, "), run.err());
    }
}
