package org.publd.server;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.Provenance;
import org.publd.mapping.RecordMapper;
import org.publd.record.AbstractText;
import org.publd.record.Article;
import org.publd.record.Contributor;
import org.publd.record.Grant;
import org.publd.record.Journal;
import org.publd.record.MeshHeading;
import org.publd.record.PubDate;
import org.publd.record.Relation;
import org.publd.record.RelationType;
import org.publd.record.Term;
import org.publd.record.WorkKind;
import org.publd.store.Tdb2Store;

/** Hand-made records mapped into an in-memory database, standing in for parsed PubMed XML. */
final class HandMadeRecords {
    static final String BASE = "http://data.example.org/";

    private HandMadeRecords() {
    }

    static Article cited() {
        return Article.builder().pmid("200").title("The cited work").doi("10.1000/cited")
                .journal(new Journal("Journal of Tests", "J Tests", null, "1234-5678", null, null, "0404511", "US"))
                .issued(PubDate.of(2001, 2)).build();
    }

    /** A full record, with markup in its text that must come out escaped. */
    static Article citing() {
        return Article.builder().pmid("100")
                .title("Mitochondria <script>alert('x')</script> & cells")
                .doi("10.1126/Science.1190287").pmcid("PMC3116441")
                .addAbstract(new AbstractText("eng", List.of(new AbstractText.Section("BACKGROUND", "Some <b>bold</b> text."),
                        new AbstractText.Section("RESULTS", "It works."))))
                .addLanguage("eng")
                .addAuthor(Contributor.person("Li", "Nanxin", "N", null, "0000-0002-1825-0097", List.of("Somewhere U")))
                .addAuthor(Contributor.person("Doe", "Jane", "J", null, null, List.of()))
                .journal(new Journal("Science", "Science", null, "0036-8075", "1095-9203", "0036-8075", "0404511", "US"))
                .volume("329").issue("5994").pages("959-64").issued(PubDate.of(2010, 8, 20))
                .available(LocalDate.of(2010, 8, 19))
                .addPublicationType(new Term("D016428", "Journal Article"))
                .addMeshHeading(new MeshHeading(new Term("D008928", "Mitochondria"), true, List.of()))
                .addKeyword("energy")
                .addGrant(new Grant("R01 123", "NH", "National Institutes of Health", "United States"))
                .addRelation(new Relation(RelationType.CITES, Article.builder().kind(WorkKind.LISTED_WORK).pmid("200").build()))
                .addRelation(new Relation(RelationType.COMMENT_IN, Article.builder().kind(WorkKind.LISTED_WORK).pmid("300").build()))
                .build();
    }

    static Article comment() {
        return Article.builder().pmid("300").title("A comment").addPublicationType(new Term("D016420", "Comment")).build();
    }

    /** The three records in an in-memory TDB2 database with a union default graph. */
    static DatasetGraph dataset() {
        DatasetGraph dsg = Tdb2Store.inMemory().dataset();
        RecordMapper mapper = new RecordMapper(new MappingOptions(BASE, true));
        Provenance p = new Provenance("file:///test.xml", Instant.parse("2026-01-02T03:04:05Z"));
        Txn.executeWrite(dsg, () -> {
            for (Article a : List.of(citing(), cited(), comment())) {
                mapper.map(a, p).quads().forEach(dsg::add);
            }
        });
        return dsg;
    }
}
