package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.link.wikidata.WikidataFixture;
import org.publd.store.Tdb2Store;

/** {@code publd link wikidata}: its summary line, exit codes, and what stats sees afterwards. */
class TestLinkCommand {
    @TempDir
    Path tmp;

    @Test
    void linksFromACsvDumpAndStatsCountsThem() throws Exception {
        Path db = tmp.resolve("db");
        WikidataFixture.load(db);
        Path csv = Files.writeString(tmp.resolve("map.tsv"), "pmid\tdoi\tpmcid\tissn\torcid\tqid\n101\t\t\t\t\tQ101\n"
                + "\t10.1000/XYZ.2\t\t\t\tQ102\n\t\tPMC3003\t\t\tQ103\n105\t\t\t\t\tQ105\n\t\t\t1234-5678\t\tQ200\n"
                + "\t\t\t\t0000-0002-1825-0097\tQ300\n");
        CliWithLineRecords.Run run = CliWithLineRecords.run("link", "wikidata", "--db", db.toString(), "--from", csv.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("publd link wikidata: 7 looked up, 6 found, 1 not found, 0 failed, 0 already checked, 6 links"),
                run.err());
        try (Tdb2Store store = Tdb2Store.open(db)) {
            assertEquals(WikidataFixture.expectedLinks(), WikidataFixture.wikidataLinks(store.dataset()));
        }

        CliWithLineRecords.Run stats = CliWithLineRecords.run("stats", "--db", db.toString());
        assertTrue(stats.out().startsWith("records   5\n"), stats.out());
        assertTrue(stats.out().matches("(?s).*wikidata\\.org\\s+owl:sameAs\\s+6\\n.*"), stats.out());

    }

    @Test
    void severalDumpsInOneRunEachApply() throws Exception {
        Path db = tmp.resolve("db");
        WikidataFixture.load(db);
        Path works = Files.writeString(tmp.resolve("works.csv"), "pmid,doi,pmcid,qid\n101,,,Q101\n,10.1000/XYZ.2,,Q102\n"
                + ",,PMC3003,Q103\n105,,,Q105\n");
        Path others = Files.writeString(tmp.resolve("others.csv"), "issn,orcid,qid\n1234-5678,,Q200\n,0000-0002-1825-0097,Q300\n");
        CliWithLineRecords.Run run = CliWithLineRecords.run("link", "wikidata", "--db", db.toString(),
                "--from", works.toString(), "--from", others.toString());
        assertEquals(0, run.exit(), run.err());
        try (Tdb2Store store = Tdb2Store.open(db)) {
            assertEquals(WikidataFixture.expectedLinks(), WikidataFixture.wikidataLinks(store.dataset()));
        }
    }

    @Test
    void aDumpAppliesAfterAnEarlierRunHasCheckedEveryResource() throws Exception {
        Path db = tmp.resolve("db");
        WikidataFixture.load(db);
        Path pmids = Files.writeString(tmp.resolve("pmids.csv"), "pmid,qid\n101,Q101\n105,Q105\n");
        Path dois = Files.writeString(tmp.resolve("dois.csv"), "doi,qid\n10.1000/XYZ.2,Q102\n");
        assertEquals(0, CliWithLineRecords.run("link", "wikidata", "--db", db.toString(), "--from", pmids.toString()).exit());
        CliWithLineRecords.Run second = CliWithLineRecords.run("link", "wikidata", "--db", db.toString(), "--from", dois.toString());
        assertTrue(second.err().contains(": 7 looked up, 1 found, 6 not found, 0 failed, 0 already checked, 1 link"),
                second.err());
        try (Tdb2Store store = Tdb2Store.open(db)) {
            assertEquals(3, WikidataFixture.wikidataLinks(store.dataset()).size());
        }
    }

    @Test
    void olderThanTakesALengthOfTimeAndGoesWithLookupsOnly() {
        Path db = tmp.resolve("db");
        WikidataFixture.load(db);
        CliWithLineRecords.Run bad = CliWithLineRecords.run("link", "wikidata", "--db", db.toString(), "--older-than", "soon");
        assertEquals(2, bad.exit(), bad.err());
        assertTrue(bad.err().contains("'soon' is not a length of time: write 30d, 12h, 90m, 2w or P30D"), bad.err());
        CliWithLineRecords.Run withDump = CliWithLineRecords.run("link", "wikidata", "--db", db.toString(), "--recheck",
                "--from", tmp.resolve("x.csv").toString());
        assertEquals(2, withDump.exit(), withDump.err());
        assertTrue(withDump.err().contains("a dump (--from) applies to every resource anyway"), withDump.err());
    }

    @Test
    void anEndpointThatCannotBeReachedIsNamedWithTheCauseAndStopsTheRunAfterOneBatch() {
        Path db = tmp.resolve("db");
        WikidataFixture.load(db);
        // Port 1 on the loopback: connection refused at once, nothing leaves the machine.
        CliWithLineRecords.Run run = CliWithLineRecords.run("link", "wikidata", "--db", db.toString(), "--batch", "2",
                "--endpoint", "http://127.0.0.1:1/sparql", "--main-endpoint", "http://127.0.0.1:1/main", "--rate", "0",
                "--contact", "tests@example.org");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("a batch of 2 resources failed, left for a rerun: 127.0.0.1:1: connection refused\n"),
                run.err());
        assertEquals(1, run.err().split("failed, left for a rerun", -1).length - 1, "one batch tried, not four: " + run.err());
        assertTrue(run.err().contains("stopped; 5 more resources left for a rerun"), run.err());
        assertTrue(run.err().contains("7 looked up, 0 found, 0 not found, 7 failed"), run.err());
        assertFalse(run.err().contains("null"), run.err());
    }
}
