package org.publd.source.pubmed;

import java.util.Set;
import org.publd.source.ErrorHandler;
import org.publd.source.RecordReader;
import org.publd.source.SourceFormat;
import org.publd.source.SourceInput;
import org.publd.source.xml.SafeStaxFactory;

/** NCBI PubMed XML: efetch results and the baseline and update files ({@code PubmedArticleSet}). */
public final class PubmedXmlFormat implements SourceFormat {
    /** The root elements of NLM's DTD; efetch results and baseline and update files use the first. */
    static final Set<String> ROOTS = Set.of("PubmedArticleSet", "PubmedBookArticleSet");

    @Override
    public String name() {
        return "pubmed-xml";
    }

    /** XML whose root element is PubMed's, whatever comes before it, so other XML formats can be told apart. */
    @Override
    public boolean recognises(String head) {
        return SafeStaxFactory.rootElement(head).filter(ROOTS::contains).isPresent();
    }

    @Override
    public RecordReader open(SourceInput input, ErrorHandler errors) {
        return new PubmedXmlReader(input, errors);
    }
}
