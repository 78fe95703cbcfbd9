package org.publd.server;

import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Gives Fuseki's HTTP connectors a buffer pool that keeps buffers as large as their output buffer.
 *
 * <p>Fuseki 5.6.0 buffers each response in a 5 MB output buffer (so an error can still change the status
 * of an answer that has not been sent yet), but leaves Jetty's default pool in place, which keeps
 * nothing over 64 KB (apache/jena#4084, fixed after 5.6.0). Every SPARQL answer then allocated a new
 * 5 MB direct buffer; at a thousand answers a second the JVM's direct memory limit was reached several
 * times a second, and each time the JDK called {@code System.gc()}: full collections of 30 to 40 ms
 * that made the slowest lookups wait. A connector takes its pool when it is made, so each is made
 * again as Fuseki made it (its connection factories, host and port), with a pool that keeps them.
 */
final class OutputBufferPool {
    private OutputBufferPool() {
    }

    /** Replaces the server's HTTP connectors, before it starts, by ones that pool their output buffers. */
    static void install(Server server) {
        for (Connector connector : server.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (!(connector instanceof ServerConnector old) || http == null) {
                continue;
            }
            int outputBuffer = http.getHttpConfiguration().getOutputBufferSize();
            // Already keeps them: a Fuseki with #4084 fixed.
            if (connector.getByteBufferPool() instanceof ArrayByteBufferPool pool && pool.getMaxCapacity() >= outputBuffer) {
                continue;
            }
            // 0: Jetty's defaults for the smallest buffer, the bucket step and the memory kept idle (an
            // eighth of the heap, direct and heap each); -1: no cap on the buffers a bucket keeps but that one.
            ByteBufferPool pool = new ArrayByteBufferPool(0, 0, outputBuffer, -1, 0, 0);
            ServerConnector pooled = new ServerConnector(server, null, null, pool, -1, -1,
                    old.getConnectionFactories().toArray(ConnectionFactory[]::new));
            pooled.setHost(old.getHost());
            pooled.setPort(old.getPort());
            server.removeConnector(old);
            server.addConnector(pooled);
        }
    }
}
