package org.publd.source.medline;

import java.util.regex.Pattern;
import org.publd.source.ErrorHandler;
import org.publd.source.RecordReader;
import org.publd.source.SourceFormat;
import org.publd.source.SourceInput;

/** MEDLINE text ({@code .nbib}, {@code .txt}): records of tagged lines such as {@code PMID- 20724638}. */
public final class MedlineFormat implements SourceFormat {
    private static final Pattern PMID_LINE = Pattern.compile("(?m)^PMID- *\\d+[ \\t]*\\r?$");

    @Override
    public String name() {
        return "medline";
    }

    /** A {@code PMID- 12345} line, and a tag line as the first line with text. */
    @Override
    public boolean recognises(String head) {
        String first = head.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        return TaggedRecordReader.isTagLine(first) && PMID_LINE.matcher(head).find();
    }

    @Override
    public RecordReader open(SourceInput input, ErrorHandler errors) {
        return new MedlineReader(input, errors);
    }
}
