package org.publd.store;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionListener;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.publd.mapping.MappingOptions;
import org.publd.mapping.RecordMapper;
import org.publd.pipeline.RecordPipeline;
import org.publd.source.SourceRegistry;

/**
 * A load for a test to kill: {@code UnfinishedLoad DB BULK|TRANSACTIONAL BATCH-QUADS INPUT} loads {@link LineRecords}
 * as {@code publd load} does (default base IRI) but in transactions of the size given, prints {@code committed} once its first
 * transaction has committed and {@code read} once the input is read, and then never commits the rest: it waits
 * until it is killed. So the test kills a load that has certainly stored some records and certainly not finished.
 */
public final class UnfinishedLoad {
    private UnfinishedLoad() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        RecordMapper mapper = new RecordMapper(MappingOptions.defaults());
        StoreLoader loader = StoreLoader.open(db, LoadPath.valueOf(args[1]), Long.parseLong(args[2]));
        if (!loader.bulk()) {
            // The loader's dataset: TDB2 keeps one connection per location in a JVM.
            TransactionCoordinator txns = TDBInternal.getTransactionCoordinator(DatabaseMgr.connectDatasetGraph(Location.create(db)));
            txns.modifyConfig(() -> txns.addListener(firstCommitSays("committed")));
        }
        RecordPipeline.builder(mapper).registry(new SourceRegistry(List.of(new LineRecords()))).build()
                .run(List.of(args[3]), loader);
        say("read");
        System.in.transferTo(OutputStream.nullOutputStream());
    }

    private static TransactionListener firstCommitSays(String marker) {
        AtomicBoolean said = new AtomicBoolean();
        return new TransactionListener() {
            @Override
            public void notifyCommitFinish(Transaction txn) {
                if (said.compareAndSet(false, true)) {
                    say(marker);
                }
            }
        };
    }

    private static synchronized void say(String marker) {
        System.out.println(marker);
        System.out.flush();
    }
}
