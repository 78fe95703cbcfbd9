package org.publd.mapping;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.publd.mapping.vocab.FRAPO;
import org.publd.mapping.vocab.PUBLD;
import org.publd.record.Article;
import org.publd.record.Grant;

/** Grants ({@code frapo:Grant}) and the agencies that award them ({@code frapo:FundingAgency}). */
final class FundingDescriber {
    private final IriScheme iris;

    FundingDescriber(IriScheme iris) {
        this.iris = iris;
    }

    void describe(Emitter e, Node work, Article a) {
        // Several grants may come from one funder.
        e.checked(() -> grants(e, work, a));
    }

    private void grants(Emitter e, Node work, Article a) {
        int n = 0;
        for (Grant g : a.grants()) {
            n++;
            if (!Emitter.present(g.grantId()) && !Emitter.present(g.agency())) {
                continue;
            }
            Node grant = iris.grant(a.pmid(), n);
            e.add(work, FRAPO.isFundedBy, grant);
            e.type(grant, FRAPO.Grant);
            e.text(grant, FRAPO.hasGrantNumber, g.grantId());
            if (Emitter.present(g.agency())) {
                Node funder = iris.funder(g.agency());
                e.add(grant, FRAPO.isAwardedBy, funder);
                e.type(funder, FRAPO.FundingAgency);
                e.text(funder, FOAF.name.asNode(), g.agency().strip());
                e.text(funder, PUBLD.country, g.country());
            }
        }
    }
}
