package org.publd.mapping;

import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.graph.Node;
import org.publd.record.PubDate;

/**
 * What the mapping says about citations, for those who read them back from the data (the REST API):
 * which properties link a citing work to a cited one, and the time span between their dates, computed
 * as the mapping computes {@code cito:hasCitationTimeSpan}.
 */
public final class Citations {
    private Citations() {
    }

    /** {@code cito:cites}, {@code cito:discusses}... every property the mapping links two works with. */
    public static Set<Node> linkProperties() {
        return RelationLinker.PROPERTIES;
    }

    /**
     * The {@code xsd:duration} from the citing work's {@code dcterms:issued} to the cited one's, as in
     * {@code cito:hasCitationTimeSpan}; {@code null} when either is not an {@code xsd:date},
     * {@code xsd:gYearMonth} or {@code xsd:gYear}.
     */
    public static Node timeSpan(Node citedIssued, Node citingIssued) {
        PubDate from = pubDate(citedIssued);
        PubDate to = pubDate(citingIssued);
        return from == null || to == null ? null : Dates.span(from, to);
    }

    private static PubDate pubDate(Node issued) {
        if (issued == null || !issued.isLiteral()) {
            return null;
        }
        try {
            if (!(issued.getLiteralValue() instanceof XSDDateTime d)) {
                return null;
            }
            String type = issued.getLiteralDatatypeURI();
            if (XSDDatatype.XSDdate.getURI().equals(type)) {
                return PubDate.of(d.getYears(), d.getMonths(), d.getDays());
            }
            if (XSDDatatype.XSDgYearMonth.getURI().equals(type)) {
                return PubDate.of(d.getYears(), d.getMonths());
            }
            return XSDDatatype.XSDgYear.getURI().equals(type) ? PubDate.of(d.getYears()) : null;
        } catch (RuntimeException e) {
            // An ill-typed literal ("2010-13"^^xsd:gYearMonth) has no value: no span.
            return null;
        }
    }
}
