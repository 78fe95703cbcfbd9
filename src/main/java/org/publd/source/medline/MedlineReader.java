package org.publd.source.medline;

import java.io.IOException;
import org.publd.record.Article;
import org.publd.source.ErrorHandler;
import org.publd.source.RecordReader;
import org.publd.source.SourceInput;
import org.publd.source.SourceParseException;

/**
 * Reads MEDLINE records one at a time; an unreadable record goes to the error handler and is skipped,
 * a record that may be cut short goes to it as suspect and is kept unless the handler stops the input.
 */
final class MedlineReader implements RecordReader {
    private final SourceInput input;
    private final ErrorHandler errors;
    private final TaggedRecordReader records;
    private final RecordAssembler assembler;

    MedlineReader(SourceInput input, ErrorHandler errors) {
        this.input = input;
        this.errors = errors;
        this.records = new TaggedRecordReader(new MedlineLines(input.stream(), input.name()));
        this.assembler = new RecordAssembler(input.name());
    }

    @Override
    public Article next() {
        for (TaggedRecord record; (record = read()) != null; ) {
            if (record.problem() != null) {
                errors.recordError(new SourceParseException(input.name(), record.number(), record.pmid(),
                        record.problem().line(), record.problem().message()));
                continue;
            }
            try {
                Article article = assembler.assemble(record);
                if (record.suspect() != null) {
                    errors.suspectRecord(new SourceParseException(input.name(), record.number(), record.pmid(),
                            record.suspect().line(), record.suspect().message()));
                }
                return article;
            } catch (SourceParseException e) {
                errors.recordError(e);
            }
        }
        return null;
    }

    @Override
    public void close() {
        input.close();
    }

    private TaggedRecord read() {
        try {
            return records.next();
        } catch (IOException e) {
            throw input.unreadable(records.lineNumber(), e);
        }
    }
}
