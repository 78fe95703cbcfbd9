package org.publd.server.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/** The served dataset's rows, read in one read transaction with the SPARQL endpoint's timeout. */
public final class LocalRows implements RowSource {
    private final DatasetGraph dsg;
    private final Duration timeout;

    public LocalRows(DatasetGraph dsg, Duration timeout) {
        this.dsg = dsg;
        this.timeout = timeout;
    }

    @Override
    public List<Binding> select(Query query) {
        return Txn.calculateRead(dsg, () -> {
            List<Binding> rows = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).timeout(timeout.toMillis()).build()) {
                RowSet rs = exec.select();
                rs.forEachRemaining(rows::add);
            }
            return rows;
        });
    }
}
