package org.publd.server;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.publd.PubldException;

class TestServerStart {
    @Test
    void aPortInUseIsAClearError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            PubldException e = assertThrows(PubldException.class,
                    () -> PubldServer.start(HandMadeRecords.dataset(), ServerConfig.defaults(port, HandMadeRecords.BASE)));
            assertTrue(e.getMessage().startsWith("cannot listen on port " + port + ": ") && e.getMessage().contains("--port"),
                    e.getMessage());
        }
    }
}
