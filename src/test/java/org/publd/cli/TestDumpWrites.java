package org.publd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publd.link.wikidata.WikidataFixture;
import org.publd.store.DatasetDump;
import org.publd.store.LineRecords;
import org.publd.store.Tdb2Store;

/** load and link leave the database's dump file holding the data as they left it. */
class TestDumpWrites {
    @TempDir
    Path tmp;

    private static Set<Quad> database(Path db) {
        try (Tdb2Store store = Tdb2Store.open(db)) {
            return Txn.calculateRead(store.dataset(), () -> store.dataset().stream().collect(Collectors.toSet()));
        }
    }

    private static Set<Quad> dump(Path db) throws Exception {
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(DatasetDump.ofDatabase(db).file()))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(back);
        }
        return back.stream().collect(Collectors.toSet());
    }

    private Path load(Path db, String name, String lines) throws Exception {
        Path input = Files.writeString(tmp.resolve(name), LineRecords.HEADER + "\n" + lines);
        CliWithLineRecords.Run run = CliWithLineRecords.run("load", "--db", db.toString(), input.toString());
        assertEquals(0, run.exit(), run.err());
        return db;
    }

    @Test
    void eachLoadWritesTheDumpOfTheDatabase() throws Exception {
        Path db = load(tmp.resolve("db"), "first.lines", TestStoreCommands.RECORDS);
        Set<Quad> first = dump(db);
        assertEquals(database(db), first);
        load(db, "second.lines", "article 4 t=Fourth year=2017\n");
        assertNotEquals(first, dump(db));
        assertEquals(database(db), dump(db));
    }

    @Test
    void linkingWritesTheDumpWithTheLinks() throws Exception {
        Path db = tmp.resolve("db");
        WikidataFixture.load(db);
        Path csv = Files.writeString(tmp.resolve("map.tsv"), "pmid\tqid\n101\tQ101\n");
        CliWithLineRecords.Run run = CliWithLineRecords.run("link", "wikidata", "--db", db.toString(), "--from", csv.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(database(db), dump(db));
    }
}
