package org.publd.link.wikidata;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.publd.mapping.IriScheme;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.Provenance;
import org.publd.mapping.RecordMapper;
import org.publd.record.Article;
import org.publd.record.Contributor;
import org.publd.record.Journal;
import org.publd.record.WorkKind;
import org.publd.store.Tdb2Store;

/**
 * Five records and the Wikidata items they should link to:
 *
 * <pre>
 * work 101  PMID in Wikidata (Q101); its DOI is on another item, Q999, which must not be linked
 * work 102  only its DOI, stored upper-case by Wikidata (Q102)
 * work 103  only its PMCID, stored without "PMC" (Q103)
 * work 104  in no item
 * work 105  PMID in Wikidata (Q105)
 * journal J1 by its print ISSN (Q200); author 1 of 101 by ORCID iD (Q300)
 * </pre>
 */
public final class WikidataFixture {
    public static final String BASE = "http://example.org/";
    public static final IriScheme IRIS = new IriScheme(BASE);
    static final String ORCID = "0000-0002-1825-0097";
    static final Journal JOURNAL = new Journal("Journal of Tests", "J Tests", null, "1234-5678", null, null, "J1", null);

    private WikidataFixture() {
    }

    static List<Article> articles() {
        return List.of(
                article("101").doi("10.1000/ABC.1").pmcid("PMC1001").journal(JOURNAL)
                        .addAuthor(Contributor.person("Lovelace", "Ada", "A", null, ORCID, List.of())).build(),
                article("102").doi("10.1000/xyz.2").journal(JOURNAL).build(),
                article("103").pmcid("PMC3003").build(),
                article("104").doi("10.1000/none").pmcid("PMC4004").build(),
                article("105").build());
    }

    private static Article.Builder article(String pmid) {
        return Article.builder().pmid(pmid).kind(WorkKind.JOURNAL_ARTICLE).title("Work " + pmid);
    }

    /** The Wikidata side, as the scholarly query service would answer it. */
    static DatasetGraph wikidata() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            item(dsg, "Q101", WikidataProperty.PMID, "101");
            item(dsg, "Q999", WikidataProperty.DOI, "10.1000/ABC.1");
            item(dsg, "Q102", WikidataProperty.DOI, "10.1000/XYZ.2");
            item(dsg, "Q103", WikidataProperty.PMCID, "3003");
            item(dsg, "Q105", WikidataProperty.PMID, "105");
            item(dsg, "Q200", WikidataProperty.ISSN, "1234-5678");
            item(dsg, "Q300", WikidataProperty.ORCID, ORCID);
            item(dsg, "Q400", WikidataProperty.PMID, "999999");
        });
        return dsg;
    }

    private static void item(DatasetGraph dsg, String qid, WikidataProperty p, String value) {
        dsg.getDefaultGraph().add(IriScheme.wikidataItem(qid), p.node(), NodeFactory.createLiteralString(value));
    }

    /** What a complete run must write, and nothing else. */
    public static Set<Quad> expectedLinks() {
        Node g = WikidataLinks.graph(IRIS);
        return Set.of(
                link(g, IRIS.article("101"), "Q101"),
                link(g, IRIS.article("102"), "Q102"),
                link(g, IRIS.article("103"), "Q103"),
                link(g, IRIS.article("105"), "Q105"),
                link(g, IRIS.journal(JOURNAL), "Q200"),
                link(g, IRIS.author("101", 1), "Q300"));
    }

    /** Works, journal and author: every resource a complete run checks. */
    static final int RESOURCES = 7;

    private static Quad link(Node g, Node s, String qid) {
        return Quad.create(g, s, OWL.sameAs.asNode(), IriScheme.wikidataItem(qid));
    }

    /** A TDB2 database in {@code dir} with the records, mapped as publd load maps them. */
    public static void load(Path dir) {
        RecordMapper mapper = new RecordMapper(new MappingOptions(BASE, true));
        try (Tdb2Store store = Tdb2Store.openOrCreate(dir)) {
            Txn.executeWrite(store.dataset(), () -> {
                for (Article a : articles()) {
                    mapper.map(a, new Provenance(null, Instant.now())).quads().forEach(store.dataset()::add);
                }
            });
        }
    }

    /** The owl:sameAs quads to Wikidata anywhere in the database. */
    public static Set<Quad> wikidataLinks(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> dsg.stream()
                .filter(q -> q.getPredicate().equals(OWL.sameAs.asNode()) && IriScheme.wikidataQid(q.getObject()).isPresent())
                .collect(Collectors.toSet()));
    }
}
