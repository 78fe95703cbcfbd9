package org.publd.server;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Graph-store reads where {@code ?default} is the union of the record graphs, as it is for SPARQL.
 * TDB2's union setting applies to queries only; its stored default graph is empty, so a stock client
 * fetching the default graph would otherwise get nothing.
 */
final class UnionGraphRead extends GSP_R {
    @Override
    protected void execGetGSP(HttpAction action) {
        if (action.getRequestParameter("default") == null) {
            super.execGetGSP(action);
            return;
        }
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
}
