package org.publd.acquire.eutils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.publd.PubldException;
import org.publd.mapping.IriScheme;
import org.publd.mapping.vocab.PROV;
import org.publd.pipeline.RecordPipeline;
import org.publd.store.LoadPath;
import org.publd.store.StoreLoader;
import org.publd.store.Tdb2Store;

/**
 * Fetched records into a database, loaded and committed a page at a time as they arrive, through
 * the same pipeline as {@code publd load}: a record fetched again replaces its graph, and so does a
 * record first known from a saved page or MEDLINE text, which its PubMed XML completes. A fetch
 * killed midway keeps every page committed before, and a rerun asks only for the rest.
 *
 * <p>A record counts as held from PubMed XML when its graph derives ({@code prov:wasDerivedFrom})
 * from a source named {@code *.xml} or {@code *.xml.gz}: a file of PubMed XML, or
 * {@value #SOURCE_NAME}, the source fetched records are published under.
 */
public final class DatabaseTarget implements PubmedFetch.Target {
    /** The source name fetched records' provenance gives them ({@link IriScheme#source}). */
    public static final String SOURCE_NAME = "pubmed-efetch.xml";

    private final Path db;
    private final RecordPipeline pipeline;
    private long records;
    private long quads;
    private long errors;

    /** @param pipeline a pipeline for PubMed XML, with {@link #SOURCE_NAME} as its source name */
    public DatabaseTarget(Path db, RecordPipeline pipeline) {
        this.db = db;
        this.pipeline = pipeline;
    }

    @Override
    public Set<String> known() {
        if (Tdb2Store.isNew(db)) {
            return Set.of();
        }
        try (Tdb2Store store = Tdb2Store.open(db)) {
            return Txn.calculateRead(store.dataset(), () -> fromPubmedXml(store.dataset()));
        }
    }

    private static Set<String> fromPubmedXml(DatasetGraph dsg) {
        Set<String> pmids = new HashSet<>();
        Map<String, IriScheme> schemes = new HashMap<>();
        for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, PROV.wasDerivedFrom, Node.ANY); it.hasNext(); ) {
            Quad q = it.next();
            if (!q.getGraph().equals(q.getSubject()) || !q.getObject().isURI()) {
                continue;
            }
            String source = q.getObject().getURI().toLowerCase(Locale.ROOT);
            if (!source.endsWith(".xml") && !source.endsWith(".xml.gz")) {
                continue;
            }
            Optional<String> base = IriScheme.recordBase(q.getGraph());
            base.flatMap(b -> schemes.computeIfAbsent(b, IriScheme::new).recordOf(q.getGraph())).ifPresent(pmids::add);
        }
        return pmids;
    }

    @Override
    public void page(byte[] articleSet, List<String> pmids) {
        Path page = null;
        try {
            page = Files.createTempFile("publd-efetch-", ".xml");
            Files.write(page, articleSet);
            try (StoreLoader loader = StoreLoader.open(db, LoadPath.TRANSACTIONAL)) {
                RecordPipeline.Summary s = pipeline.run(List.of(page.toString()), loader);
                loader.commit();
                records += s.records();
                quads += s.quads();
                errors += s.errors();
            }
        } catch (IOException e) {
            throw new PubldException("cannot keep a fetched page in a temporary file: " + e.getMessage(), e);
        } finally {
            if (page != null) {
                try {
                    Files.deleteIfExists(page);
                } catch (IOException e) {
                    // a temporary file left behind is no reason to fail the fetch
                }
            }
        }
    }

    /** Records loaded so far. */
    public long records() {
        return records;
    }

    /** Quads loaded so far. */
    public long quads() {
        return quads;
    }

    /** Records that could not be read (reported as they came), so far. */
    public long errors() {
        return errors;
    }
}
