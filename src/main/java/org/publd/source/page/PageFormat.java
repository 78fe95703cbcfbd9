package org.publd.source.page;

import java.util.regex.Pattern;
import org.publd.source.ErrorHandler;
import org.publd.source.RecordReader;
import org.publd.source.SourceFormat;
import org.publd.source.SourceInput;

/** The PubMed abstract page saved as text: one record, recognised by its {@code - PMID: 20724638} line. */
public final class PageFormat implements SourceFormat {
    private static final Pattern PMID_LINE = Pattern.compile("(?m)^- PMID: *\\d+[ \\t]*\\r?$");

    @Override
    public String name() {
        return "pubmed-page";
    }

    @Override
    public boolean recognises(String head) {
        return PMID_LINE.matcher(head).find();
    }

    @Override
    public RecordReader open(SourceInput input, ErrorHandler errors) {
        return new PageReader(input, errors);
    }
}
