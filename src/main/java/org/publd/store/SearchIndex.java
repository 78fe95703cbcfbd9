package org.publd.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.jena.assembler.Assembler;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.apache.jena.vocabulary.RDF;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.publd.PubldException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A database's full-text index: Jena's text index (Lucene) over titles, abstracts, names, journal
 * names and MeSH labels, in {@code DIR/}{@value #FOLDER} inside the database directory, so that it is
 * moved, copied and removed with the data. The dataset a {@link Tdb2Store} hands out is wrapped by it
 * ({@link DatasetGraphText}): every write through that dataset (load, delete, link, a SPARQL update)
 * changes the index in the same transaction, and SPARQL's {@code text:query} reads it. Which
 * statements are indexed is the entity map of the assembler file stock Fuseki opens the database
 * with ({@value #ASSEMBLER}), read here too so that both index alike.
 */
public final class SearchIndex {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    /** The index's folder inside the database directory. */
    public static final String FOLDER = "text-index";
    /** The Fuseki assembler file on the classpath; {@code tdb2:location "DB"} stands for the database. */
    public static final String ASSEMBLER = "org/publd/store/fuseki-text.ttl";
    private static final EntityDefinition ENTITIES = entities(assembler());

    private SearchIndex() {
    }

    /** The shipped assembler file, parsed. */
    public static Model assembler() {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = SearchIndex.class.getClassLoader().getResourceAsStream(ASSEMBLER)) {
            if (in == null) {
                throw new IllegalStateException(ASSEMBLER + " missing from the classpath");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
        } catch (IOException e) {
            throw new IllegalStateException(ASSEMBLER + ": " + e.getMessage(), e);
        }
        return m;
    }

    /**
     * The shipped assembler with the database in {@code dir} (made absolute) in place of {@code "DB"}: the
     * configuration stock Fuseki serves that database and its index with, under {@code /ds}.
     */
    public static Model assemblerFor(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        Model m = assembler();
        Resource tdb = m.listSubjectsWithProperty(RDF.type, VocabTDB2.tDatasetTDB2).next();
        tdb.removeAll(VocabTDB2.pLocation).addProperty(VocabTDB2.pLocation, abs.toString());
        Resource index = m.listSubjectsWithProperty(RDF.type, TextVocab.textIndexLucene).next();
        index.removeAll(TextVocab.pDirectory).addProperty(TextVocab.pDirectory, abs.resolve(FOLDER).toString());
        return m;
    }

    private static EntityDefinition entities(Model assembler) {
        Resource map = assembler.listSubjectsWithProperty(RDF.type, TextVocab.entityMap).next();
        return (EntityDefinition) Assembler.general().open(map);
    }

    /**
     * {@code tdb} with the index in {@code dir} (in memory when {@code dir} is null), which is built from
     * the data when it does not exist yet: a database loaded before PubLD indexed, or a new one.
     */
    static DatasetGraphText attach(DatasetGraph tdb, Path dir) {
        Directory directory = directory(dir);
        boolean exists;
        try {
            exists = DirectoryReader.indexExists(directory);
        } catch (IOException e) {
            throw new PubldException(dir + ": cannot read the search index: " + e.getMessage(), e);
        }
        TextIndex index;
        try {
            index = TextDatasetFactory.createLuceneIndex(directory, new TextIndexConfig(ENTITIES));
        } catch (TextIndexException e) {
            // Most often Lucene's write.lock, held by another process that has the database open.
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new PubldException(dir + ": cannot open the search index: " + cause.getMessage(), e);
        }
        DatasetGraphText text = (DatasetGraphText) TextDatasetFactory.create(tdb, index, true);
        if (!exists && dir != null) {
            rebuild(text);
        }
        return text;
    }

    private static Directory directory(Path dir) {
        if (dir == null) {
            return new ByteBuffersDirectory();
        }
        try {
            return FSDirectory.open(dir.resolve(FOLDER));
        } catch (IOException e) {
            throw new PubldException(dir.resolve(FOLDER) + ": cannot open the search index: " + e.getMessage(), e);
        }
    }

    /**
     * Makes the index anew from every statement of the data: after a bulk load, which writes past the
     * index, and for a database that has none. Committed once, at the end: a run killed half-way leaves
     * no index, and the next opening builds it again.
     */
    static void rebuild(DatasetGraphText text) {
        TextIndexLucene index = (TextIndexLucene) text.getTextIndex();
        long documents = Txn.calculateRead(text, () -> {
            try {
                index.getIndexWriter().deleteAll();
            } catch (IOException e) {
                throw new PubldException("cannot clear the search index: " + e.getMessage(), e);
            }
            long n = 0;
            for (Node p : ENTITIES.getPredicates(ENTITIES.getPrimaryField())) {
                Iterator<Quad> quads = text.find(Node.ANY, Node.ANY, p, Node.ANY);
                while (quads.hasNext()) {
                    Quad q = quads.next();
                    if (q.getObject().isLiteral()) {
                        Entity e = TextQueryFuncs.entityFromQuad(ENTITIES, q);
                        index.addEntity(e);
                        n++;
                    }
                }
            }
            return n;
        });
        index.commit();
        LOG.info("search index built: {} statements", documents);
    }
}
