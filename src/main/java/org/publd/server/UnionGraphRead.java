package org.publd.server;

import java.util.Locale;
import java.util.function.LongSupplier;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Graph-store reads where {@code ?default} is the union of the record graphs, as it is for SPARQL.
 * TDB2's union setting applies to queries only; its stored default graph is empty, so a stock client
 * fetching the default graph would otherwise get nothing.
 *
 * <p>A read of the whole dataset (the union graph, or every graph when no graph is named) larger than
 * the server's limit is refused to anonymous users with {@code 413} and a pointer to the dump, a file
 * sent without work per request; one record graph ({@code ?graph=}) is always read. A logged-in user has no limit.
 */
final class UnionGraphRead extends GSP_R {
    private final long maxTriples;
    private final LongSupplier triples;
    private final String dumpUrl;

    /**
     * @param maxTriples the most triples an anonymous whole-dataset read gets
     * @param triples    the number of triples in the dataset (a recent count, not one per request)
     * @param dumpUrl    where the whole dataset can be downloaded instead
     */
    UnionGraphRead(long maxTriples, LongSupplier triples, String dumpUrl) {
        this.maxTriples = maxTriples;
        this.triples = triples;
        this.dumpUrl = dumpUrl;
    }

    @Override
    protected void execGetQuads(HttpAction action) {
        refuseWholeDataset(action);
        super.execGetQuads(action);
    }

    @Override
    protected void execGetGSP(HttpAction action) {
        if (action.getRequestParameter("default") == null) {
            super.execGetGSP(action);
            return;
        }
        refuseWholeDataset(action);
        MediaType mediaType = ActionLib.contentNegotationRDF(action);
        Lang lang = RDFLanguages.contentTypeToLang(mediaType.getContentTypeStr());
        action.beginRead();
        try {
            DatasetGraph dsg = action.getActiveDSG();
            ActionLib.graphResponse(action, dsg.getUnionGraph(), lang);
        } finally {
            action.endRead();
        }
    }

    private void refuseWholeDataset(HttpAction action) {
        if (action.getUser() != null) {
            return;
        }
        long size = triples.getAsLong();
        if (size > maxTriples) {
            action.setResponseHeader("Link", "<" + dumpUrl + ">; rel=\"alternate\"; type=\"application/gzip\"");
            ServletOps.error(413, String.format(Locale.ROOT, "The whole dataset (%,d triples) is more than this server"
                    + " sends in one graph-store read (at most %,d); download it from %s, or read one graph with ?graph=",
                    size, maxTriples, dumpUrl));
        }
    }
}
