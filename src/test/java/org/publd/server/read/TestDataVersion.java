package org.publd.server.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;

class TestDataVersion {
    private static final Quad QUAD = Quad.create(NodeFactory.createURI("http://example.org/g"),
            NodeFactory.createURI("http://example.org/s"), NodeFactory.createURI("http://example.org/p"),
            NodeFactory.createLiteralString("o"));

    @Test
    void countsCommittedWrites() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        DataVersion version = DataVersion.of(dsg);
        long before = version.current();
        Txn.executeWrite(dsg, () -> dsg.add(QUAD));
        assertEquals(before + 1, version.current());
    }

    // The dump writer takes the version, then reads for minutes; the server, built next, must not wait for it.
    @Test
    void aSecondCallerSharesTheCounterWithoutWaitingForOpenReads() throws Exception {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        DataVersion first = DataVersion.of(dsg);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            dsg.begin(ReadWrite.READ);
            try {
                reading.countDown();
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                dsg.end();
            }
        });
        reader.start();
        reading.await();
        try {
            DataVersion second = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> DataVersion.of(dsg));
            assertSame(first, second);
        } finally {
            done.countDown();
            reader.join();
        }
    }
}
