package org.publd.source.pubmed;

import java.util.List;
import org.publd.source.ErrorHandler;
import org.publd.source.RecordReader;
import org.publd.source.SourceFormat;
import org.publd.source.SourceInput;

/** NCBI PubMed XML: efetch results and the baseline and update files ({@code PubmedArticleSet}). */
public final class PubmedXmlFormat implements SourceFormat {
    @Override
    public String name() {
        return "pubmed-xml";
    }

    @Override
    public boolean recognises(String head) {
        String h = head.stripLeading();
        return h.startsWith("<?xml") || h.startsWith("<!DOCTYPE") || h.startsWith("<PubmedArticleSet")
                || h.startsWith("<PubmedArticle") || h.startsWith("<!--");
    }

    @Override
    public RecordReader open(SourceInput input, ErrorHandler errors) {
        return new PubmedXmlReader(input, errors);
    }
}
