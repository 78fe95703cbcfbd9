package org.publd.source.page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.publd.record.Article;
import org.publd.source.ErrorHandler;
import org.publd.source.RecordReader;
import org.publd.source.SourceInput;
import org.publd.source.SourceParseException;

/**
 * Reads the one record of a saved page; a page without a PMID goes to the error handler, and a page
 * that ends in the middle of a line goes to it as suspect.
 */
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
        String text = read();
        List<String> lines = text.lines().toList();
        if (lines.stream().allMatch(String::isBlank)) {
            return null;
        }
        try {
            Article article = new PageAssembler(input.name()).assemble(Page.of(lines));
            // A browser saves the page with a line end after its last line; text that stops mid-line was cut.
            if (!text.endsWith("\n") && !text.endsWith("\r")) {
                errors.suspectRecord(new SourceParseException(input.name(), 1, article.pmid(), lines.size(),
                        "the input ends in the middle of a line: the page may be cut short (a truncated download?)"));
            }
            return article;
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
            throw input.unreadable(-1, e);
        }
    }
}
