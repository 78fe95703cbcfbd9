package org.publd.source.page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.publd.record.Article;
import org.publd.source.ErrorHandler;
import org.publd.source.RecordReader;
import org.publd.source.SourceInput;
import org.publd.source.SourceParseException;

/** Reads the one record of a saved page; a page without a PMID goes to the error handler. */
final class PageReader implements RecordReader {
    private final SourceInput input;
    private final ErrorHandler errors;
    private boolean done;

    PageReader(SourceInput input, ErrorHandler errors) {
        this.input = input;
        this.errors = errors;
    }

    @Override
    public Article next() {
        if (done) {
            return null;
        }
        done = true;
        List<String> lines = read().lines().toList();
        if (lines.stream().allMatch(String::isBlank)) {
            return null;
        }
        try {
            return new PageAssembler(input.name()).assemble(Page.of(lines));
        } catch (SourceParseException e) {
            errors.recordError(e);
            return null;
        }
    }

    @Override
    public void close() {
        input.close();
    }

    private String read() {
        try {
            return new String(input.stream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SourceParseException(input.name(), -1, null, -1, "cannot read: " + SourceInput.describe(e), e);
        }
    }
}
