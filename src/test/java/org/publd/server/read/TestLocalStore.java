package org.publd.server.read;

import java.time.Duration;
import org.apache.jena.sparql.core.DatasetGraph;

class TestLocalStore extends AbstractTestReadStore {
    @Override
    ReadStore store(DatasetGraph dsg, long maxRows) {
        return new LocalStore(dsg, Duration.ofSeconds(30), maxRows);
    }
}
