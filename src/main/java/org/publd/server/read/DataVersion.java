package org.publd.server.read;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionListener;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A number that changes whenever the data may have changed, so that what was computed from one
 * version can be kept until the next. For TDB2 it counts the write transactions committed, however
 * they came (SPARQL update, graph-store writes, code in the same JVM); other datasets have no known
 * version and nothing computed from them is kept.
 */
public interface DataVersion {
    /** Returned by {@link #current()} when the version is unknown. */
    long UNKNOWN = -1;

    /** The version now; read it before reading the data, so a change during the read is never missed. */
    long current();

    /** Where a TDB2 dataset's context keeps its counter, so that every user of the dataset shares one. */
    Symbol CONTEXT_KEY = Symbol.create("https://w3id.org/publd/ns#dataVersion");

    /**
     * The version of {@code dsg}: TDB2 commits counted, else always {@link #UNKNOWN}. The counter is made
     * once per dataset: adding it waits until no transaction runs, and a later caller (the server, after
     * the dump writer has begun a long read) must not wait for that.
     */
    static DataVersion of(DatasetGraph dsg) {
        DatasetGraph stored = unwrapped(dsg);
        if (!TDBInternal.isTDB2(stored)) {
            return () -> UNKNOWN;
        }
        synchronized (DataVersion.class) {
            if (dsg.getContext().get(CONTEXT_KEY) instanceof DataVersion known) {
                return known;
            }
            DataVersion counted = counted(stored);
            dsg.getContext().set(CONTEXT_KEY, counted);
            return counted;
        }
    }

    // The TDB2 dataset inside wrappers such as the text index's, whose commits are TDB2's (TDB2's own
    // dataset is a wrapper too: stop there).
    private static DatasetGraph unwrapped(DatasetGraph dsg) {
        DatasetGraph d = dsg;
        while (!TDBInternal.isTDB2(d) && d instanceof DatasetGraphWrapper w) {
            d = w.getWrapped();
        }
        return d;
    }

    private static DataVersion counted(DatasetGraph dsg) {
        AtomicLong commits = new AtomicLong();
        TransactionListener counter = new TransactionListener() {
            // After the commit, not before: a read begun in between sees the old data under the old version.
            @Override
            public void notifyCommitFinish(Transaction transaction) {
                if (transaction.isWriteTxn()) {
                    commits.incrementAndGet();
                }
            }
        };
        TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(dsg);
        // A started coordinator takes listeners only through modifyConfig.
        coordinator.modifyConfig(() -> coordinator.addListener(counter));
        return commits::get;
    }
}
