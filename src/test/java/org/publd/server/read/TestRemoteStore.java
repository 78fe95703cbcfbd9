package org.publd.server.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The contract over HTTP, with an embedded Fuseki as the endpoint; and what a store that is not there gives. */
class TestRemoteStore extends AbstractTestReadStore {
    private FusekiServer endpoint;

    @Override
    ReadStore store(DatasetGraph dsg, long maxRows) {
        endpoint = FusekiServer.create().port(0).loopback(true).fusekiModules(FusekiModules.empty())
                .add("/ds", dsg, false).build().start();
        return new RemoteStore("http://localhost:" + endpoint.getPort() + "/ds/sparql", Duration.ofSeconds(30), maxRows);
    }

    @AfterEach
    void stop() {
        endpoint.stop();
    }

    @Test
    void aStoreThatIsNotThereIsUnavailable() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (RemoteStore absent = new RemoteStore("http://localhost:" + port + "/sparql", Duration.ofSeconds(5), 10)) {
            StoreUnavailable e = assertThrows(StoreUnavailable.class, () -> absent.bySubject(ONE, Node.ANY, 10));
            assertEquals(502, e.status());
            assertEquals("The data store (localhost:" + port + ") cannot be reached: connection refused.", e.getMessage());
        }
    }

    @Test
    void aStoreThatDoesNotAnswerInTimeIsUnavailable() throws IOException {
        // A socket that accepts connections and never answers.
        try (ServerSocket silent = new ServerSocket(0);
             RemoteStore slow = new RemoteStore("http://localhost:" + silent.getLocalPort() + "/sparql", Duration.ofMillis(300), 10)) {
            StoreUnavailable e = assertThrows(StoreUnavailable.class, () -> slow.bySubject(ONE, Node.ANY, 10));
            assertEquals(504, e.status());
            assertTrue(e.getMessage().contains("did not answer within"), e.getMessage());
        }
    }
}
