package org.publd.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.publd.PubldException;
import org.publd.mapping.MappedRecord;

/**
 * Loads records into an empty TDB2 database through TDB2's parallel bulk loader, with the same
 * outcome as {@link TransactionalTarget}. A bulk loader can only add, so the first occurrence of
 * each graph goes to it and anything later about a graph already loaded (the record again, or its
 * deletion) is kept in order and applied in one write transaction after the bulk phase. On an
 * empty database, dropping a graph not yet loaded does nothing. The bulk loader writes past the
 * {@link SearchIndex}, which is built from the loaded data before those later changes go through it.
 *
 * <p>The bulk loader is not crash-safe, so {@link StoreLoader} only runs it on a staging
 * directory that becomes the database once committed. Nor does it report its threads' failures:
 * {@link LoaderThreads} watches them, and every call happens on one {@link WriterThread} of that group.
 */
final class BulkTarget implements RecordTarget {
    private final Tdb2Store store;
    private final DataLoader loader;
    private final StreamRDF stream;
    private final Set<Node> loaded = new HashSet<>();
    private final List<Change> later = new ArrayList<>();

    /** A graph replaced by {@code quads}, or dropped when {@code quads} is null. */
    private record Change(Node graph, List<Quad> quads) {
    }

    private final LoaderThreads threads;
    private final LoadPhase.Listener phases;

    /**
     * Starts the loader, whose threads {@code threads} watches: call on a thread of that group.
     * {@code phases} hears of the steps of {@link #commit()}, which takes long after the last record.
     */
    BulkTarget(Tdb2Store store, MonitorOutput output, LoaderThreads threads, LoadPhase.Listener phases) {
        this.store = store;
        this.threads = threads;
        this.phases = phases;
        this.loader = LoaderFactory.parallelLoader(store.tdb(), output);
        threads.watchStarted(loader::startBulk);
        this.stream = loader.stream();
        stream.start();
    }

    @Override
    public void replace(MappedRecord record) {
        if (loaded.add(record.graph())) {
            record.quads().forEach(stream::quad);
        } else {
            later.add(new Change(record.graph(), record.quads()));
        }
    }

    @Override
    public void drop(Node graph) {
        if (loaded.contains(graph)) {
            later.add(new Change(graph, null));
        }
    }

    @Override
    public void add(List<Quad> quads) {
        quads.forEach(stream::quad);
    }

    @Override
    public void commit() {
        threads.finishing();
        phases.started(LoadPhase.INDEXING);
        stream.finish();
        loader.finishBulk();
        phases.started(LoadPhase.SEARCH_INDEX);
        store.reindex();
        if (!later.isEmpty()) {
            phases.started(LoadPhase.LATER_CHANGES);
            Txn.executeWrite(store.dataset(), () -> later.forEach(this::apply));
            later.clear();
        }
    }

    @Override
    public void abort() {
        loader.finishException(new PubldException("bulk load abandoned"));
    }

    private void apply(Change c) {
        DatasetGraph dsg = store.dataset();
        dsg.deleteAny(c.graph(), Node.ANY, Node.ANY, Node.ANY);
        if (c.quads() != null) {
            c.quads().forEach(dsg::add);
        }
    }
}
