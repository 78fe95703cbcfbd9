package org.publd.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.store.Tdb2Store;

/** {@code --from FILE}: CSV, TSV and N-Triples dumps give the same links as the endpoint. */
class TestMappingDump {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private Set<org.apache.jena.sparql.core.Quad> link(Path dump) {
        Path db = dir.resolve("db");
        WikidataFixture.load(db);
        try (Tdb2Store store = Tdb2Store.open(db)) {
            LinkSummary s = new WikidataLinker(store.dataset(), WikidataFixture.IRIS, MappingDump.read(dump, WikidataFixture.IRIS), 200)
                    .run(WikidataLinker.Listener.NONE);
            assertEquals(0, s.failed());
            return WikidataFixture.wikidataLinks(store.dataset());
        }
    }

    @Test
    void csvWithQidsAndEntityIris() throws IOException {
        Path csv = write("map.csv", """
                pmid,doi,pmcid,qid
                101,10.1000/ABC.1,,Q101
                ,10.1000/abc.1,,http://www.wikidata.org/entity/Q999
                ,10.1000/XYZ.2,,Q102
                ,,PMC3003,wd:Q103
                105,,,https://www.wikidata.org/entity/Q105
                """);
        Path issn = write("more.csv", "issn,orcid,item\n1234-5678,,Q200\n,0000-0002-1825-0097,Q300\n");
        MappingDump both = MappingDump.read(csv, WikidataFixture.IRIS);
        assertEquals(2, both.size(WikidataProperty.PMID));
        Set<org.apache.jena.sparql.core.Quad> works = link(csv);
        assertEquals(4, works.size());
        assertTrue(WikidataFixture.expectedLinks().containsAll(works));
        assertEquals(Map.of("1234-5678", Set.of("Q200")), MappingDump.read(issn, WikidataFixture.IRIS).resolve(WikidataProperty.ISSN, List.of("1234-5678")));
    }

    @Test
    void provenanceNamesTheDumpByItsFileNameNotItsPath() throws IOException {
        Path csv = write("map.csv", "pmid,qid\n101,Q101\n");
        assertEquals(List.of(WikidataFixture.IRIS.source("map.csv").getURI()), MappingDump.read(csv, WikidataFixture.IRIS).sources());
    }

    @Test
    void tsvWithAllColumns() throws IOException {
        Path tsv = write("map.tsv", """
                pmid\tdoi\tpmcid\tissn\torcid\titem
                101\t\t\t\t\tQ101
                \t10.1000/xyz.2\t\t\t\tQ102
                \t\t3003\t\t\tQ103
                105\t\t\t\t\tQ105
                \t\t\t1234-5678\t\tQ200
                \t\t\t\t0000-0002-1825-0097\tQ300
                """);
        assertEquals(WikidataFixture.expectedLinks(), link(tsv));
    }

    @Test
    void nTriplesWithWikidataDirectProperties() throws IOException {
        String wdt = "http://www.wikidata.org/prop/direct/";
        String wd = "http://www.wikidata.org/entity/";
        StringBuilder nt = new StringBuilder();
        String[][] rows = {{"Q101", "P698", "101"}, {"Q999", "P356", "10.1000/ABC.1"}, {"Q102", "P356", "10.1000/XYZ.2"},
            {"Q103", "P932", "3003"}, {"Q105", "P698", "105"}, {"Q200", "P236", "1234-5678"},
            {"Q300", "P496", WikidataFixture.ORCID}, {"Q300", "P31", "ignored"}};
        for (String[] r : rows) {
            nt.append('<').append(wd).append(r[0]).append("> <").append(wdt).append(r[1]).append("> \"")
                    .append(r[2]).append("\" .\n");
        }
        assertEquals(WikidataFixture.expectedLinks(), link(write("map.nt", nt.toString())));
    }

    @Test
    void badDumpsAreReportedWithFileAndLine() throws IOException {
        MappingDumpException noItem = assertThrows(MappingDumpException.class,
                () -> MappingDump.read(write("a.csv", "pmid,qid\n1,Q1\n2,P31\n"), WikidataFixture.IRIS));
        assertTrue(noItem.getMessage().contains("line 3") && noItem.getMessage().contains("P31"), noItem.getMessage());
        assertThrows(MappingDumpException.class, () -> MappingDump.read(write("b.csv", "pmid,label\n1,x\n"), WikidataFixture.IRIS));
        assertThrows(MappingDumpException.class, () -> MappingDump.read(write("c.nt", "<a> <b> .\n"), WikidataFixture.IRIS));
        assertThrows(MappingDumpException.class, () -> MappingDump.read(write("d.xyz", ""), WikidataFixture.IRIS));
        assertThrows(MappingDumpException.class, () -> MappingDump.read(dir.resolve("absent.csv"), WikidataFixture.IRIS));
    }
}
