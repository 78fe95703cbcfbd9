package org.publd.source.toy;

import org.publd.source.AbstractTestSourceFormat;
import org.publd.source.SourceFormat;

/** The toy format keeps the contract of every input format. */
class TestReadingListFormat extends AbstractTestSourceFormat {
    private static final String FIRST = "<paper pmid=\"1\"><title>One</title></paper>";
    private static final String LAST = "<paper pmid=\"3\"><title>Three</title><doi>10.1/three</doi></paper>";

    @Override
    protected SourceFormat format() {
        return new ReadingListFormat();
    }

    @Override
    protected String withBadRecord() {
        return "<readingList>\n" + FIRST + "\n<paper pmid=\"x2\">\n<title>Two</title></paper>\n" + LAST + "\n</readingList>";
    }

    @Override
    protected String withoutBadRecord() {
        return "<readingList>\n" + FIRST + "\n" + LAST + "\n</readingList>";
    }

    @Override
    protected BadRecord badRecord() {
        return new BadRecord(2, null, 3);
    }
}
